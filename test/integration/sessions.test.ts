import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { TcpWebSocket } from '../utils/hostileSocket.ts';
import { waitFor } from '../utils/waitFor.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { SIGNED_OUT_ANSWER } from '../../shared/names.ts';
import { hashSecret, newSessionId } from '../../server/accounts/signInSessions.ts';

/** Server-side sessions: listing and ending them, forged and ended cookies, removal, lifetimes, tokens. */
let ts: TestServer;
beforeEach(async () => {
  ts = await startTestServer();
});
afterEach(async () => ts.stop());

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';

async function call(path: string, init: { method?: string; cookie?: string; ua?: string } = {}) {
  const res = await fetch(`${ts.server.url}${path}`, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: { ...(init.cookie ? { cookie: `jointly_session=${init.cookie}` } : {}), ...(init.ua ? { 'user-agent': init.ua } : {}) },
  });
  const text = await res.text();
  const cookie = /jointly_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  return { status: res.status, body: (text.startsWith('{') ? JSON.parse(text) : undefined) as Record<string, any>, cookie };
}

/** Signs in through /auth with a token, as a portal's link would: the cookie is a session id, not the token. */
async function signIn(identity: Parameters<TestServer['token']>[0], ua = CHROME) {
  const token = await ts.token(identity);
  const res = await call(`/auth?token=${token}`, { ua });
  expect(res.status).toBe(303);
  expect(res.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return res.cookie!;
}

it('a token attaches to the account of its subject; the person lists their sessions by device and ends one or all', async () => {
  const laptop = await signIn({ userId: 'eva', name: 'Eva', consortiumId: 'c1', role: 'editor' });
  const phone = await signIn({ userId: 'eva', name: 'Eva', consortiumId: 'c1', role: 'editor' }, FIREFOX);
  expect(await ts.server.storage.accounts.get('eva')).toMatchObject({ id: 'eva', name: 'Eva' });
  expect((await call('/api/me', { cookie: phone })).body.identity).toMatchObject({ userId: 'eva', consortiumId: 'c1' });

  const listed = await call('/api/account', { cookie: laptop });
  expect(listed.body.account).toMatchObject({ id: 'eva', email: null });
  expect(listed.body.sessions.map((s: any) => [s.device, s.current]).sort()).toEqual([
    ['Chrome on Linux', true],
    ['Firefox on Windows', false],
  ]);
  const other = listed.body.sessions.find((s: any) => !s.current).id;
  expect(other).toBe(hashSecret(phone));

  expect((await call(`/api/account/sessions/${other}`, { method: 'DELETE', cookie: laptop })).status).toBe(200);
  expect((await call('/api/me', { cookie: phone })).status).toBe(401);
  expect((await call('/api/me', { cookie: laptop })).status).toBe(200);
  expect((await call(`/api/account/sessions/${other}`, { method: 'DELETE', cookie: laptop })).status).toBe(404);

  const third = await signIn({ userId: 'eva', name: 'Eva', consortiumId: 'c1', role: 'editor' });
  const all = await call('/api/account/sessions', { method: 'DELETE', cookie: laptop });
  expect([all.status, all.body.ended, all.cookie]).toEqual([200, 2, '']);
  for (const cookie of [laptop, third]) expect((await call('/api/me', { cookie })).status).toBe(401);
});

it('refuses forged, ended and malformed session cookies, in REST and on sync sockets', async () => {
  const real = await signIn({ userId: 'eva', consortiumId: 'c1' });
  expect((await call('/api/session', { method: 'DELETE', cookie: real })).status).toBe(200);
  for (const cookie of [real, newSessionId(), 'not-a-session', 'a.b.c', hashSecret(real)]) {
    const res = await call('/api/me', { cookie });
    expect([cookie, res.status, res.body.error.code]).toEqual([cookie, 401, 'unauthenticated']);
    const socket = await TcpWebSocket.open(ts.server.port, '/sync/c1/dossier', { Cookie: `jointly_session=${encodeURIComponent(cookie)}` });
    await waitFor(() => socket.closeCode !== undefined || socket.ended);
    expect(socket.closeCode).toBe(CloseCode.unauthenticated);
    socket.destroy();
  }
  // Nobody can end someone else's session by naming its hash.
  const eva = await signIn({ userId: 'eva', consortiumId: 'c1' });
  const mallory = await signIn({ userId: 'mallory', consortiumId: 'c1' });
  expect((await call(`/api/account/sessions/${hashSecret(eva)}`, { method: 'DELETE', cookie: mallory })).status).toBe(404);
  expect((await call('/api/me', { cookie: eva })).status).toBe(200);
});

it('a page asking whether anyone is signed in hears "nobody" as an answer, not a 401; the plain question keeps its 401', async () => {
  const quiet = `/api/me?${SIGNED_OUT_ANSWER}`;
  const ended = await signIn({ userId: 'eva', consortiumId: 'c1' });
  expect((await call('/api/session', { method: 'DELETE', cookie: ended })).status).toBe(200);
  for (const cookie of [undefined, ended, 'not-a-session']) {
    const res = await call(quiet, { cookie });
    expect([cookie, res.status, res.body]).toEqual([
      cookie,
      200,
      { identity: null, refused: { status: 401, code: 'unauthenticated', message: expect.any(String) } },
    ]);
    expect((await call('/api/me', { cookie })).status).toBe(401);
  }
  const live = await signIn({ userId: 'eva', name: 'Eva', consortiumId: 'c1' });
  const me = await call(quiet, { cookie: live });
  expect([me.status, me.body.identity?.userId]).toEqual([200, 'eva']);
});

it('a coordinator removing a member ends that member’s sessions at that consortium, not elsewhere', async () => {
  const coordinator = await ts.token({ userId: 'ana', consortiumId: 'c1', role: 'coordinator' });
  await fetch(`${ts.server.url}/api/me`, { headers: { authorization: `Bearer ${coordinator}` } });
  const atC1 = await signIn({ userId: 'eva', consortiumId: 'c1' });
  const atC2 = await signIn({ userId: 'eva', consortiumId: 'c2' });
  const removed = await fetch(`${ts.server.url}/api/consortia/c1/members/eva`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${coordinator}` },
  });
  expect(removed.status).toBe(200);
  expect(await ts.server.storage.sessions.get(hashSecret(atC1))).toMatchObject({ endReason: 'removed' });
  expect((await call('/api/consortia/c1', { cookie: atC1 })).status).toBe(403);
  expect((await call('/api/me', { cookie: atC2 })).body.identity).toMatchObject({ consortiumId: 'c2' });
  // The ended session may still move on to the person's other consortium, as a new session.
  const moved = await call('/api/me', { cookie: atC1 });
  expect(moved.body.identity).toMatchObject({ consortiumId: 'c2' });
  expect(moved.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((await call('/api/consortia/c1', { cookie: moved.cookie })).status).toBe(403);
});

it('ends a session at its absolute lifetime, however busy', async () => {
  await ts.stop();
  ts = await startTestServer({ sessionMaxSeconds: 1 });
  const cookie = await signIn({ userId: 'eva', consortiumId: 'c1' });
  expect((await call('/api/me', { cookie })).status).toBe(200);
  await waitFor(async () => (await call('/api/me', { cookie })).status === 401, { timeout: 5_000 });
  expect(await ts.server.storage.sessions.get(hashSecret(cookie))).toMatchObject({ endReason: 'ended' });
});

it('a live session cookie opens the sync socket of its consortium', async () => {
  const cookie = await signIn({ userId: 'eva', consortiumId: 'c1' });
  const socket = await TcpWebSocket.open(ts.server.port, '/sync/c1/dossier', { Cookie: `jointly_session=${cookie}` });
  await waitFor(() => socket.frames.some((f) => f.opcode === 0x2), { message: 'no sync message from the server' });
  expect(socket.closeCode).toBeUndefined();
  const elsewhere = await TcpWebSocket.open(ts.server.port, '/sync/c2/dossier', { Cookie: `jointly_session=${cookie}` });
  await waitFor(() => elsewhere.closeCode !== undefined);
  expect(elsewhere.closeCode).toBe(CloseCode.forbidden);
  socket.destroy();
  elsewhere.destroy();
});

it('rotates the cookie at sign-in: the id from before stops working', async () => {
  const before = await signIn({ userId: 'eva', consortiumId: 'c1' });
  const token = await ts.token({ userId: 'eva', consortiumId: 'c2' });
  const res = await fetch(`${ts.server.url}/auth?token=${token}`, { redirect: 'manual', headers: { cookie: `jointly_session=${before}` } });
  const after = /jointly_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(after).toBeTruthy();
  expect(after).not.toBe(before);
  expect((await call('/api/me', { cookie: before })).status).toBe(401);
  expect(await ts.server.storage.sessions.get(hashSecret(before))).toMatchObject({ endReason: 'rotated' });
});
