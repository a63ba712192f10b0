import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { rest } from '../utils/review.ts';

/** The interface language kept with the account: set, read back on /api/account and /api/me, refused when not a language. */
let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => ts.stop());

it('keeps the chosen language with the account and hands it back on every device', async () => {
  const token = await ts.token({ userId: 'amelie', name: 'Amélie', consortiumId: 'c-locale', role: 'editor' });
  const before = await rest<{ account: { locale: string | null } }>(ts.server.url, 'GET', '/api/account', token);
  expect(before.status).toBe(200);
  expect(before.body.account.locale).toBeNull();

  const set = await rest(ts.server.url, 'PUT', '/api/account/locale', token, { locale: 'fr' });
  expect([set.status, set.body]).toEqual([200, { locale: 'fr' }]);
  expect((await rest<{ account: { locale: string } }>(ts.server.url, 'GET', '/api/account', token)).body.account.locale).toBe('fr');
  expect(await ts.server.storage.accounts.get('amelie')).toMatchObject({ locale: 'fr', name: 'Amélie' });

  // Another token of the same person (another device) reads the same choice.
  const other = await ts.token({ userId: 'amelie', name: 'Amélie', consortiumId: 'c-locale', role: 'editor' });
  expect((await rest<{ locale: string }>(ts.server.url, 'GET', '/api/me', other)).body.locale).toBe('fr');

  expect((await rest(ts.server.url, 'PUT', '/api/account/locale', other, { locale: 'nl' })).status).toBe(200);
  expect((await rest<{ locale: string }>(ts.server.url, 'GET', '/api/me', token)).body.locale).toBe('nl');
});

it('refuses a value that is not an interface language, and keeps the previous choice', async () => {
  const token = await ts.token({ userId: 'jan', name: 'Jan', consortiumId: 'c-locale', role: 'editor' });
  expect((await rest(ts.server.url, 'PUT', '/api/account/locale', token, { locale: 'de' })).status).toBe(200);
  for (const locale of ['pt', 'DE', 'de-DE', '', 42, null]) {
    const refused = await rest<{ error: { code: string; message: string } }>(ts.server.url, 'PUT', '/api/account/locale', token, {
      locale,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid');
    expect(refused.body.error.message).toMatch(/en, fr, de, es, nl/);
  }
  expect((await rest<{ locale: string }>(ts.server.url, 'GET', '/api/me', token)).body.locale).toBe('de');
});

it('asks to sign in first', async () => {
  const res = await fetch(`${ts.server.url}/api/account/locale`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'fr' }),
  });
  expect(res.status).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
});
