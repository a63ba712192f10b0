/** DELETE of a partner over REST: 409 partner-in-use while members or open invitations belong to it (docs/API.md). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';

let ts: TestServer;
let coord: string;

async function call(method: string, path: string, body?: unknown, token = coord) {
  const res = await fetch(`${ts.server.url}/api/consortia/c1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  ts = await startTestServer();
  coord = await ts.token({ userId: 'coord', consortiumId: 'c1', partnerId: 'home', role: 'coordinator' });
  expect((await call('GET', '')).status).toBe(200); // provisions c1 with its coordinator
});

afterAll(async () => {
  await ts?.stop();
});

it('refuses while an open invitation is for the partner, and deletes it once that is revoked', async () => {
  const added = await call('POST', '/partners', { name: 'Invited College' });
  const partnerId = (added.body.partner as { id: string }).id;
  const invite = await call('POST', '/invites', { role: 'editor', partnerId });
  expect(invite.status).toBe(201);

  const refused = await call('DELETE', `/partners/${partnerId}`);
  expect(refused).toEqual({
    status: 409,
    body: {
      error: {
        code: 'partner-in-use',
        message: 'An open invitation is for this partner: revoke them on the People page first.',
        details: { invites: 1 },
      },
    } satisfies ErrorBody,
  });

  expect((await call('DELETE', `/invites/${(invite.body.invite as { id: string }).id}`)).status).toBe(200);
  expect(await call('DELETE', `/partners/${partnerId}`)).toEqual({ status: 200, body: { ok: true } });
  expect(((await call('GET', '')).body.consortium as { partners: { id: string }[] }).partners.map((p) => p.id)).toEqual(['home']);
});

it('refuses while a member belongs to the partner, and says how many', async () => {
  const refused = await call('DELETE', '/partners/home');
  expect(refused).toEqual({
    status: 409,
    body: {
      error: {
        code: 'partner-in-use',
        message: 'One person still belongs to this partner: move them to another partner on the People page, or remove them, first.',
        details: { members: 1 },
      },
    },
  });
});

it('an unknown partner is 404, and only the coordinator may delete partners', async () => {
  const unknown = await call('DELETE', '/partners/nowhere');
  expect([unknown.status, (unknown.body as unknown as ErrorBody).error.code]).toEqual([404, 'unknown-partner']);
  const editor = await ts.token({ userId: 'ed', consortiumId: 'c1', partnerId: 'home', role: 'editor' });
  const forbidden = await call('DELETE', '/partners/home', undefined, editor);
  expect([forbidden.status, (forbidden.body as unknown as ErrorBody).error.code]).toEqual([403, 'forbidden']);
});
