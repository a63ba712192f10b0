/**
 * How a page loads (issue 9): the page's code is fetched before the first render, the dossier's
 * documents travel while the page asks who is signed in, and a load that cannot finish says so.
 */
import { expect, it } from 'vitest';
import { en } from '../../client/i18n/messages/en.ts';
import { ANNA, browserSuite, dossierPath, newConsortium, poll, screenshot, signInUrl, waitLoaded } from '../utils/e2e.ts';
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

it("opens the dossier's document before asking who is signed in, and shows no 'Opening Jointly…' on the way", async () => {
  const cid = await newConsortium(suite.ts.server, 'early-sync');
  const { page, errors } = await signedIn(cid);
  const order: string[] = [];
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  page.on('websocket', (ws) => order.push(`socket ${new URL(ws.url()).pathname.split('/').pop()}`));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) order.push(`ask ${path}`);
  });
  await recordTextsShown(page);
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page, ANNA.role);

  // The dossier's socket is opened from the address alone, before any question to the server;
  // the discussion's follows as soon as the browser allows (Chromium opens one socket to a host at a time).
  expect(order[0], order.join('\n')).toBe('socket dossier');
  expect(order, order.join('\n')).toContain('socket discussion');
  expect(order.indexOf('ask /api/me'), order.join('\n')).toBeGreaterThan(0);
  // The page's chunk arrives before the first render: no generic "Opening Jointly…" fallback first.
  const seen = await textsShown(page);
  expect(seen.filter((text) => text.includes(en['app.opening']))).toEqual([]);
  // Nothing for a developer to wonder about in the console either.
  expect(consoleLines).toEqual([]);
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
  // The documents were asked for early (from the address alone): the server refused them, and
  // nothing keeps trying once the page knows this person is not a member.
  expect(sockets.map((s) => new URL(s.url).pathname).sort()).toEqual([
    '/sync/someone-elses-consortium/discussion',
    '/sync/someone-elses-consortium/dossier',
  ]);
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
