/**
 * Coming back (issue 10), in Chromium against the real server: single sign-on with a real OpenID
 * provider, passkeys with the DevTools protocol's virtual authenticator, and the journey that
 * failed before — join by invitation, comment, sign out, sign in on another browser, still the
 * author of one's comment, and one member, not two.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../utils/browser.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startOidcProvider, type TestOidcProvider } from '../utils/oidcProvider.ts';
import {
  ANNA,
  dossierPath,
  newConsortium,
  paragraph,
  poll,
  requireBuiltClient,
  screenshot,
  selectPhrase,
  typeInto,
  waitLoaded,
} from '../utils/e2e.ts';

let provider: TestOidcProvider;
let ts: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireBuiltClient();
  provider = await startOidcProvider();
  // localhost, not 127.0.0.1: a passkey's relying party must be a domain name, never an IP address.
  ts = await startTestServer({
    host: 'localhost',
    oidcIssuer: provider.issuer,
    oidcClientId: provider.clientId,
    oidcClientSecret: provider.clientSecret,
    oidcName: 'Northbridge account',
  });
  provider.allowRedirect(`${ts.server.url}/api/signin/oidc/callback`);
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ts?.stop();
  await provider?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

/** A platform authenticator with user verification (a laptop's fingerprint reader), as the DevTools protocol offers. */
async function virtualAuthenticator(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { cdp, authenticatorId };
}

/** An invitation link made by the coordinator (through the real service, as the People page does). */
async function inviteLink(cid: string, partnerId: string): Promise<string> {
  const anna = { ...ANNA, consortiumId: cid };
  const { code } = await ts.server.services.invites.create(anna, cid, { role: 'editor', partnerId, label: '', maxUses: 10 });
  return `${ts.server.url}/join/${code}`;
}

const memberNames = async (cid: string) => (await ts.server.storage.members.list(cid)).filter((m) => !m.removedAt).map((m) => m.name);

describe('single sign-on', () => {
  it('signs in with the institution, comes back on a new browser, and accepts an invitation into the same account', async () => {
    const cid = await newConsortium(ts.server, 'sso');
    provider.signInAs({ sub: 'nb-0042', name: 'Inês Costa', email: 'ines@northbridge.example', email_verified: true });

    const first = await newPage();
    await first.page.goto(`${ts.server.url}/signin`);
    await first.page.getByRole('link', { name: 'Sign in with Northbridge account' }).click();
    await poll(() => new URL(first.page.url()).pathname).toBe('/');
    const accountId = (await ts.server.storage.accounts.findByEmail('ines@northbridge.example'))!.id;

    // Another day, another browser: the invitation first, then "sign in" on the invitation page.
    const second = await newPage();
    await second.page.goto(await inviteLink(cid, 'mar'));
    const offer = second.page.getByTestId('join-sign-in');
    await offer.getByRole('link', { name: 'Sign in with Northbridge account' }).waitFor();
    await screenshot(second.page, 'sign-in-join-offers-sso');
    await offer.getByRole('link', { name: 'Sign in with Northbridge account' }).click();
    // Back on the invitation, signed in: the name is filled in and the hint says so.
    await poll(() => second.page.getByLabel('Your name').inputValue()).toBe('Inês Costa');
    await poll(() => second.page.locator('.join-form').innerText()).toContain('You are signed in as Inês Costa');
    await screenshot(second.page, 'sign-in-join-signed-in');
    await second.page.getByRole('button', { name: 'Join' }).click();
    await poll(() => new URL(second.page.url()).pathname).toBe(`/c/${cid}`);

    const member = (await ts.server.storage.members.list(cid)).find((m) => m.name === 'Inês Costa');
    expect(member?.userId).toBe(accountId);
    expect((await memberNames(cid)).filter((n) => n === 'Inês Costa')).toHaveLength(1);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe('linking the institution account', () => {
  it('someone who joined by invitation links single sign-on on the account page, then signs in with it on another browser', async () => {
    const cid = await newConsortium(ts.server, 'link');
    const a = await newPage();
    await a.page.goto(await inviteLink(cid, 'mar'));
    await a.page.getByLabel('Your name').fill('Tomas Lind');
    await a.page.getByRole('button', { name: 'Join' }).click();
    await poll(() => new URL(a.page.url()).pathname).toBe(`/c/${cid}`);
    const memberId = (await ts.server.storage.members.list(cid)).find((m) => m.name === 'Tomas Lind')!.userId;

    await a.page.goto(`${ts.server.url}/account`);
    const section = a.page.getByTestId('account-sso');
    await poll(() => section.innerText()).toContain('Northbridge account: not linked yet');
    await screenshot(a.page, 'sign-in-account-link-sso');
    // At the provider he is someone with another address than any Jointly account: linking binds it to his account.
    provider.signInAs({ sub: 'nb-7781', name: 'T. Lind', email: 'tlind@northbridge.example', email_verified: true });
    await section.getByRole('link', { name: 'Link Northbridge account' }).click();
    await poll(() => new URL(a.page.url()).pathname).toBe('/account');
    await poll(() => a.page.getByTestId('account-sso').innerText()).toContain('Northbridge account: linked');
    expect(await a.page.getByTestId('account-sso').getByRole('link').count()).toBe(0);

    // Another browser: single sign-on brings him to the same account and consortium, no new member.
    const b = await newPage();
    await b.page.goto(`${ts.server.url}/signin`);
    await b.page.getByRole('link', { name: 'Sign in with Northbridge account' }).click();
    await poll(() => new URL(b.page.url()).pathname).toBe(`/c/${cid}`);
    const session = await (await b.page.request.get(`${ts.server.url}/api/account`)).json();
    expect(session.account.id).toBe(memberId);
    expect((await memberNames(cid)).filter((n) => n.includes('Lind'))).toEqual(['Tomas Lind']);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});

describe('the way to sign in', () => {
  it('the start page offers it to whoever has been here before', async () => {
    const { page } = await newPage();
    // Nobody signed in is no failure: nothing in the console (it once showed a failed /api/me, 401).
    const consoleLines: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') consoleLines.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${ts.server.url}/`);
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(consoleLines).toEqual([]);
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/signin');
    await page.getByRole('heading', { name: 'Sign in to Jointly' }).waitFor();
  });

  it('asking for a link by e-mail on a server that sends no e-mail says so, instead of "check your e-mail"', async () => {
    // This suite's server has no SMTP_URL: links go to its log.
    const { page } = await newPage();
    await page.goto(`${ts.server.url}/signin`);
    await page.getByLabel('Your e-mail address').fill('lena@uni.example');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'No e-mail is coming' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('the sign-in link for lena@uni.example was written to its log');
    await screenshot(page, 'sign-in-no-mail');
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/');
  });
});

describe('the journey that failed: join, comment, sign out, come back elsewhere with a passkey', () => {
  it('is still the author of their comment (edit, delete) and one member, not two', async () => {
    const cid = await newConsortium(ts.server, 'journey');
    const link = await inviteLink(cid, 'baltic');

    // 1. Joins by invitation in browser A.
    const a = await newPage();
    const authA = await virtualAuthenticator(a.context, a.page);
    await a.page.goto(link);
    await a.page.getByLabel('Your name').fill('Marta Nowak');
    await a.page.getByRole('button', { name: 'Join' }).click();
    await poll(() => new URL(a.page.url()).pathname).toBe(`/c/${cid}`);

    // 2. Writes a sentence and comments on it.
    await a.page.goto(`${ts.server.url}${dossierPath(cid)}`);
    await waitLoaded(a.page, 'editor');
    await a.page.locator('[data-chapter-link="curriculum"]').click();
    await typeInto(a.page, paragraph(a.page, 'curriculum', 0), 'Each partner teaches two modules.');
    await selectPhrase(a.page, 'curriculum', 'two modules');
    await a.page.getByTestId('add-comment').click();
    const composer = a.page.getByTestId('thread-panel').locator('form.composer');
    await composer.getByLabel('Comment').fill('Which two?');
    await composer.getByRole('button', { name: 'Comment' }).click();
    await poll(() => a.page.getByTestId('thread-panel').locator('.message-text').allInnerTexts()).toEqual(['Which two?']);

    // 3. Adds a passkey on the account page, then signs out.
    await a.page.goto(`${ts.server.url}/account`);
    await a.page.getByRole('button', { name: 'Add a passkey on this device' }).click();
    await poll(() => a.page.getByTestId('passkeys').locator('li').count()).toBe(1);
    await screenshot(a.page, 'sign-in-account-passkey');
    await a.page.goto(`${ts.server.url}/c/${cid}`);
    await a.page.getByTestId('account-menu').click();
    await a.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await poll(async () => (await a.context.cookies()).some((c) => c.name === 'jointly_session')).toBe(false);

    // 4. Browser B, where the passkey arrived by the platform's sync (copied between virtual authenticators).
    const { credentials } = await authA.cdp.send('WebAuthn.getCredentials', { authenticatorId: authA.authenticatorId });
    expect(credentials).toHaveLength(1);
    const b = await newPage();
    const authB = await virtualAuthenticator(b.context, b.page);
    await authB.cdp.send('WebAuthn.addCredential', { authenticatorId: authB.authenticatorId, credential: credentials[0]! });
    // She opens the consortium's address from her bookmarks: it asks her to sign in and shows the way.
    await b.page.goto(`${ts.server.url}/c/${cid}`);
    await b.page.getByRole('heading', { name: 'Please sign in first' }).waitFor();
    await b.page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await poll(() => new URL(b.page.url()).pathname).toBe('/signin');
    await screenshot(b.page, 'sign-in-page');
    const answer = b.page.waitForRequest((r) => r.url().endsWith('/api/signin/passkey') && r.method() === 'POST');
    await b.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await poll(() => new URL(b.page.url()).pathname).toBe(`/c/${cid}`);
    // The same signed answer sent again (replayed by whoever caught it): its challenge was single-use.
    const replay = await fetch(`${ts.server.url}/api/signin/passkey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ts.server.url },
      body: (await answer).postData(),
    });
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('unknown-challenge');

    // 5. Still the author: edits, then deletes the comment.
    await b.page.goto(`${ts.server.url}${dossierPath(cid)}`);
    await waitLoaded(b.page, 'editor');
    await b.page.locator('[data-chapter-link="curriculum"]').click();
    const card = b.page.getByTestId('thread-panel').locator('[data-thread-card]').first();
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Edit message').fill('Which two modules, exactly?');
    await card.getByRole('button', { name: 'Save' }).click();
    await poll(() => card.locator('.message-text').innerText()).toContain('Which two modules, exactly?');
    await card.getByRole('button', { name: 'Delete' }).click();
    await poll(() => card.locator('.message-text').innerText()).toContain('Message deleted');

    // 6. The people page lists her once.
    await b.page.goto(`${ts.server.url}/c/${cid}/people`);
    const table = b.page.getByTestId('members-table');
    await poll(() => table.innerText()).toContain('Marta Nowak');
    expect((await table.innerText()).match(/Marta Nowak/g)).toHaveLength(1);
    await screenshot(b.page, 'sign-in-people-once');
    expect((await memberNames(cid)).filter((n) => n === 'Marta Nowak')).toHaveLength(1);

    // 7. The passkey shows its use on the account page, and can be removed there.
    await b.page.goto(`${ts.server.url}/account`);
    const passkeys = b.page.getByTestId('passkeys');
    await poll(() => passkeys.locator('li').innerText()).toContain('last used');
    await passkeys.getByRole('button', { name: 'Remove' }).click();
    await poll(() => passkeys.locator('li').count()).toBe(0);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
