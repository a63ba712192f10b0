/**
 * WCAG 2.1 AA (issue 16): axe-core on every page, with zero violations; a keyboard-only journey;
 * a commenter commenting without a mouse; reduced motion respected.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../utils/browser.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startOidcProvider, type TestOidcProvider } from '../utils/oidcProvider.ts';
import { axeViolations, describeViolations, markChecked } from '../utils/axe.ts';
import { ANNA, dossierPath, newConsortium, poll, requireBuiltClient, screenshot, signInUrl, VIEWPORT, waitLoaded } from '../utils/e2e.ts';

let provider: TestOidcProvider;
let ts: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireBuiltClient();
  provider = await startOidcProvider();
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  contexts.push(context);
  return context.newPage();
}

/** Runs axe on the page as it is now and keeps what it found under a name. */
async function audit(found: string[], page: Page, name: string): Promise<void> {
  await screenshot(page, `a11y-${name}`);
  const violations = await axeViolations(page);
  markChecked(page);
  if (violations.length > 0) found.push(describeViolations(name, violations));
}

describe('every page passes axe (WCAG 2.0/2.1 A and AA)', () => {
  it('home, sign-in, join, overview, dossier with comments, partners, people, readiness, account and history', async () => {
    const cid = await newConsortium(ts.server, 'axe');
    const found: string[] = [];
    const page = await newPage();

    await page.goto(`${ts.server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await audit(found, page, 'home');

    await page.goto(`${ts.server.url}/signin`);
    await page.getByRole('link', { name: 'Sign in with Northbridge account' }).waitFor();
    await audit(found, page, 'sign-in');

    const { code } = await ts.server.services.invites.create({ ...ANNA, consortiumId: cid }, cid, {
      role: 'editor',
      partnerId: 'mar',
      label: '',
      maxUses: 10,
    });
    await page.goto(`${ts.server.url}/join/${code}`);
    await page.getByLabel('Your name').waitFor();
    await audit(found, page, 'join');

    await page.goto(await signInUrl(ts.server, cid, ANNA));
    await page.getByTestId('chapters-table').waitFor();
    await audit(found, page, 'overview');

    await page.goto(`${ts.server.url}${dossierPath(cid)}`);
    await waitLoaded(page, 'coordinator');
    await audit(found, page, 'dossier');

    for (const section of ['partners', 'people', 'readiness'] as const) {
      await page.goto(`${ts.server.url}/c/${cid}/${section}`);
      await page.locator('main h1, main h2').first().waitFor();
      await poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      await audit(found, page, section);
    }

    provider.signInAs({ sub: 'nb-0077', name: 'Lea Brandt', email: 'lea@northbridge.example', email_verified: true });
    const account = await newPage();
    await account.goto(`${ts.server.url}/signin`);
    await account.getByRole('link', { name: 'Sign in with Northbridge account' }).click();
    await poll(() => new URL(account.url()).pathname).toBe('/');
    await account.goto(`${ts.server.url}/account`);
    await account.getByTestId('sessions').waitFor();
    await audit(found, account, 'account');

    expect(found.join('\n\n')).toBe('');
  });
});
