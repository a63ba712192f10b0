/**
 * How a page loads (issue 9): the page's code is fetched before the first render, the dossier's
 * documents and the page's questions travel while that code arrives, and a load that cannot finish
 * says so.
 */
import { expect, it } from 'vitest';
import { en } from '../../client/i18n/messages/en.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { ANNA, browserSuite, dossierPath, expectSaved, newConsortium, poll, screenshot, signInUrl, waitLoaded } from '../utils/e2e.ts';
import { recordTextsShown, textsShown } from '../utils/textsShown.ts';

const suite = browserSuite();

async function signedIn(cid: string) {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  suite.open.push({ person: ANNA, context, page, errors });
  await page.goto(await signInUrl(suite.ts.server, cid, ANNA), { waitUntil: 'commit' });
  return { page, errors };
}

it("asks who is signed in and opens the dossier's document before the page has drawn anything, the comments' once the text is there, and shows no 'Opening Jointly…' on the way", async () => {
  const cid = await newConsortium(suite.ts.server, 'early-sync');
  const { page, errors } = await signedIn(cid);
  const order: string[] = [];
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) order.push(`ask ${path}`);
  });
  page.on('requestfinished', (request) => {
    if (/\/assets\/DossierPage-[^/]*\.js$/.test(new URL(request.url()).pathname)) order.push('page code arrived');
  });
  // What the page showed at the moment each socket was opened.
  await page.addInitScript(() => {
    const w = window as unknown as { __socketsOpened: string[] };
    w.__socketsOpened = [];
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        w.__socketsOpened.push(`${new URL(String(url)).pathname.split('/').pop()}: ${document.body?.innerText.trim() ?? ''}`);
      }
    };
  });
  await recordTextsShown(page);
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page, ANNA.role);

  // Both questions go out with the request for the page's code, not after it has arrived and drawn.
  const arrived = order.indexOf('page code arrived');
  expect(arrived, order.join('\n')).toBeGreaterThan(0);
  expect(order.indexOf('ask /api/me'), order.join('\n')).toBeLessThan(arrived);
  expect(order.indexOf(`ask /api/consortia/${cid}`), order.join('\n')).toBeLessThan(arrived);
  // The dossier's text is on its way before the page shows anything at all; the comments' document
  // is asked for only once that text is on screen, so it does not compete with it.
  await poll(() => page.evaluate(() => (window as unknown as { __socketsOpened: string[] }).__socketsOpened.length)).toBe(2);
  const opened = await page.evaluate(() => (window as unknown as { __socketsOpened: string[] }).__socketsOpened);
  expect(opened[0]).toBe('dossier: ');
  expect(opened[1]).toMatch(/^discussion: /);
  expect(opened[1]).toContain(chapterTitle('vision', 'en'));
  // The page's chunk arrives before the first render: no generic "Opening Jointly…" fallback first.
  // Nothing was typed, so the pill never says anything is being saved on the way to "saved" (the
  // empty answer to the server's sync step 1 once made it read "Saving…" for most of a second).
  await expectSaved(page);
  const seen = await textsShown(page);
  expect(seen.filter((text) => text.includes(en['app.opening']))).toEqual([]);
  expect(seen.filter((text) => text.includes(en['save.saving']))).toEqual([]);
  // Nothing for a developer to wonder about in the console either.
  expect(consoleLines).toEqual([]);
  expect(errors).toEqual([]);
});

it("sets off the dossier's text and the code that opens it while the HTML is read, before the first script has even arrived, and asks for each once", async () => {
  const cid = await newConsortium(suite.ts.server, 'from-the-head');
  const { page, errors } = await signedIn(cid);
  // The page that signing in lands on must have finished asking for its own files: its late requests
  // (reported after the next navigation had started) were once counted as this load's, twice.
  await page.waitForLoadState('load');
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) asked.splice(0); // from here on, this address's load only
    asked.push(new URL(request.url()).pathname);
  });
  // The first script is held back: whatever is asked meanwhile, index.html asked by itself.
  let release = () => {};
  const firstScriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await firstScriptHeld;
    await route.continue();
  });
  const stateUrl = `/api/consortia/${cid}/documents/dossier/state`;
  const loading = page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await poll(() => asked.includes(stateUrl), { message: 'index.html did not ask for the text itself' }).toBe(true);
  await poll(() => asked.some((path) => /\/assets\/dossierFirst-[^/]*\.js$/.test(path)), {
    message: 'index.html did not ask for the code that opens the text',
  }).toBe(true);
  release();
  await loading;
  await waitLoaded(page, ANNA.role);
  expect(asked.filter((path) => path === stateUrl)).toHaveLength(1);
  const scripts = asked.filter((path) => path.startsWith('/assets/') && path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  expect(scripts).toEqual([...new Set(scripts)]);
  expect(errors).toEqual([]);
});

it("the dossier of a consortium one is not in: says so, offers a way on, and keeps no connection to that consortium's documents", async () => {
  const cid = await newConsortium(suite.ts.server, 'mine');
  const { page, errors } = await signedIn(cid);
  const sockets: { url: string; closed: boolean }[] = [];
  page.on('websocket', (ws) => {
    const entry = { url: ws.url(), closed: false };
    sockets.push(entry);
    ws.on('close', () => (entry.closed = true));
  });
  await page.goto(`${suite.ts.server.url}${dossierPath('someone-elses-consortium')}`);
  await poll(() => page.getByRole('heading').first().innerText()).toBe(en['dossier.cannotOpen']);
  await poll(() => page.locator('body').innerText()).toContain(en['dossier.otherConsortium']);
  await poll(() => page.getByRole('link', { name: en['dossier.openOverview'] }).count()).toBe(1);
  // The dossier was asked for early (from the address alone): the server refused it, nothing keeps
  // trying once the page knows this person is not a member, and the comments were never asked for.
  expect(sockets.map((s) => new URL(s.url).pathname)).toEqual(['/sync/someone-elses-consortium/dossier']);
  await poll(() => sockets.every((s) => s.closed)).toBe(true);
  const count = sockets.length;
  await page.waitForTimeout(1_500); // an absence of retries can only be checked over a span of time
  expect(sockets.length).toBe(count);
  await screenshot(page, 'dossier-not-member');
  expect(errors).toEqual([]);
});

it("a load cut off before the page's code arrived says so and what to do", async () => {
  const cid = await newConsortium(suite.ts.server, 'cut-off');
  const { page } = await signedIn(cid);
  await page.route(/\/assets\/DossierPage-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await poll(() => page.getByRole('heading').first().innerText()).toBe(en['app.loadFailed.title']);
  expect(await page.locator('body').innerText()).toContain(en['app.loadFailed.body']);
  await screenshot(page, 'load-failed');
  // Reloading once the connection is back opens the dossier.
  await page.unroute(/\/assets\/DossierPage-[^/]+\.js$/);
  await page.getByRole('button', { name: en['app.loadFailed.reload'] }).click();
  await waitLoaded(page, ANNA.role);
});
