import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';

let ts: TestServer;
beforeEach(async () => {
  ts = await startTestServer();
});
afterEach(async () => ts.stop());

const call = async (token: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${ts.server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any>, cookie: res.headers.get('set-cookie') };
};

it('someone removed from one consortium keeps their other consortia: /api/me moves the session, switch still works', async () => {
  const coordA = await ts.token({ userId: 'ca', consortiumId: 'alpha', partnerId: 'pa', role: 'coordinator' });
  const coordB = await ts.token({ userId: 'cb', consortiumId: 'beta', partnerId: 'pb', role: 'coordinator' });
  const eveA = await ts.token({ userId: 'eve', name: 'Eve', consortiumId: 'alpha', partnerId: 'pa', role: 'editor' });
  const eveB = await ts.token({ userId: 'eve', name: 'Eve', consortiumId: 'beta', partnerId: 'pb', role: 'commenter' });
  for (const t of [coordA, coordB, eveA, eveB]) expect((await call(t, 'GET', '/api/me')).status).toBe(200);

  expect((await call(coordA, 'DELETE', '/api/consortia/alpha/members/eve')).status).toBe(200);
  expect((await call(eveA, 'GET', '/api/consortia/alpha')).status).toBe(403);

  const me = await call(eveA, 'GET', '/api/me');
  expect(me.status).toBe(200);
  expect(me.body.identity).toMatchObject({ userId: 'eve', consortiumId: 'beta', role: 'commenter' });
  expect(me.body.memberships.map((m: { consortiumId: string }) => m.consortiumId)).toEqual(['beta']);
  expect(me.cookie).toContain('jointly_session=');

  const back = await call(eveA, 'POST', '/api/session/switch', { consortiumId: 'beta' });
  expect(back.status).toBe(200);
  expect((await call(eveA, 'POST', '/api/session/switch', { consortiumId: 'alpha' })).status).toBe(403);

  // With no consortium left, the answer stays a clear refusal.
  expect((await call(coordB, 'DELETE', '/api/consortia/beta/members/eve')).status).toBe(200);
  const none = await call(eveA, 'GET', '/api/me');
  expect(none.status).toBe(403);
  expect(none.body.error.code).toBe('removed');
});
