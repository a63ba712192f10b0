/**
 * Hostile requests against the REST API (docs/API.md). Each case checks the status and JSON
 * `error.code`, that nothing was changed (state snapshot before/after), and that the server keeps
 * serving: an honest sync client in the consortium's dossier stays connected throughout, and the
 * last test restarts the server and finds the dossier exactly as the honest clients wrote it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { hashCode } from '../../server/consortia/inviteService.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { HonestRoom } from '../utils/hostile.ts';
import { rawHttp } from '../utils/hostileSocket.ts';
import { forgedTokens } from '../utils/forgedTokens.ts';
import type { Role } from '../../shared/roles.ts';

let ts: TestServer;
let honest: HonestRoom;
const C = 'c1';
const CHAPTER = CHAPTER_KEYS[0];
const EVIL = 'http://evil.example';

interface Reply {
  status: number;
  body: { error?: { code: string; message: string; details?: { path: string; message: string }[] } } & Record<string, unknown>;
  headers: Headers;
}

interface CallOptions {
  token?: string;
  cookie?: string;
  origin?: string;
  body?: unknown;
  /** Sent as is (with `contentType`). */
  raw?: string | ReadableStream<Uint8Array>;
  contentType?: string | null;
  headers?: Record<string, string>;
}

async function call(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = `jointly_session=${encodeURIComponent(options.cookie)}`;
  if (options.origin) headers.origin = options.origin;
  let body: string | ReadableStream<Uint8Array> | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  const type = options.contentType === undefined ? (body !== undefined ? 'application/json' : null) : options.contentType;
  if (type) headers['content-type'] = type;
  const res = await fetch(`${ts.server.url}${path}`, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  let parsed: Reply['body'];
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { text } as Reply['body'];
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

const tokens = {} as Record<'coord' | 'editor' | 'commenter' | 'commenter2' | 'viewer' | 'outsider', string>;
const ids = { inviteId: '', code: '', threadId: '', messageId: '' };

type Access = 'public' | 'signed-in' | 'member' | 'coordinator' | 'commenter' | 'author';
interface Endpoint {
  method: string;
  path: () => string;
  access: Access;
  body?: unknown;
}

const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: () => '/api/consortia', access: 'public', body: { name: 'X', coordinatorName: 'Y', partner: { name: 'P' } } },
  { method: 'GET', path: () => '/api/me', access: 'signed-in' },
  { method: 'POST', path: () => '/api/session/switch', access: 'signed-in', body: { consortiumId: C } },
  { method: 'DELETE', path: () => '/api/session', access: 'public' },
  { method: 'GET', path: () => `/api/consortia/${C}`, access: 'member' },
  { method: 'PATCH', path: () => `/api/consortia/${C}`, access: 'coordinator', body: { name: 'Taken over' } },
  { method: 'POST', path: () => `/api/consortia/${C}/partners`, access: 'coordinator', body: { name: 'Rogue University' } },
  { method: 'PATCH', path: () => `/api/consortia/${C}/partners/pb`, access: 'coordinator', body: { name: 'Renamed' } },
  { method: 'DELETE', path: () => `/api/consortia/${C}/partners/pc`, access: 'coordinator' },
  { method: 'GET', path: () => `/api/consortia/${C}/members`, access: 'member' },
  { method: 'PATCH', path: () => `/api/consortia/${C}/members/editor-1`, access: 'coordinator', body: { role: 'coordinator' } },
  { method: 'DELETE', path: () => `/api/consortia/${C}/members/coord`, access: 'coordinator' },
  { method: 'GET', path: () => `/api/consortia/${C}/invites`, access: 'coordinator' },
  { method: 'POST', path: () => `/api/consortia/${C}/invites`, access: 'coordinator', body: { role: 'coordinator', partnerId: 'pb' } },
  { method: 'DELETE', path: () => `/api/consortia/${C}/invites/${ids.inviteId}`, access: 'coordinator' },
  { method: 'GET', path: () => `/api/invites/${ids.code}`, access: 'public' },
  { method: 'POST', path: () => `/api/invites/${ids.code}/accept`, access: 'public', body: { name: 'Joiner' } },
  {
    method: 'POST',
    path: () => `/api/consortia/${C}/threads`,
    access: 'commenter',
    body: { chapter: CHAPTER, anchor: { from: {}, to: {} }, text: 'hi' },
  },
  { method: 'POST', path: () => `/api/consortia/${C}/threads/${ids.threadId}/messages`, access: 'commenter', body: { text: 'reply' } },
  {
    method: 'PATCH',
    path: () => `/api/consortia/${C}/threads/${ids.threadId}/messages/${ids.messageId}`,
    access: 'author',
    body: { text: 'edited' },
  },
  { method: 'DELETE', path: () => `/api/consortia/${C}/threads/${ids.threadId}/messages/${ids.messageId}`, access: 'author' },
  { method: 'POST', path: () => `/api/consortia/${C}/threads/${ids.threadId}/resolve`, access: 'commenter', body: { resolved: true } },
  { method: 'POST', path: () => `/api/consortia/${C}/threads/${ids.threadId}/read`, access: 'member' },
  { method: 'PATCH', path: () => `/api/consortia/${C}/chapters/${CHAPTER}`, access: 'coordinator', body: { status: 'agreed' } },
  { method: 'POST', path: () => `/api/consortia/${C}/chapters/${CHAPTER}/signoff`, access: 'commenter' },
  { method: 'DELETE', path: () => `/api/consortia/${C}/chapters/${CHAPTER}/signoff`, access: 'commenter' },
  { method: 'GET', path: () => `/api/consortia/${C}/export?format=md`, access: 'member' },
  { method: 'GET', path: () => `/api/consortia/${C}/activity`, access: 'member' },
];
const name = (e: Endpoint) => `${e.method} ${e.path()}`;

/** Everything a refused request could have changed. */
async function state() {
  const s = ts.server.storage;
  const members = await s.members.list(C);
  return {
    consortium: await s.consortia.get(C),
    consortia: (await s.consortia.list()).map((r) => r.id),
    members,
    removed: await Promise.all(['coord', 'editor-1', 'commenter-1', 'viewer-1'].map((u) => s.members.get(C, u))),
    invites: await s.invites.list(C),
    dossier: (await s.documents.load(`${C}/dossier`)).lastSeq,
    discussion: (await s.documents.load(`${C}/discussion`)).lastSeq,
  };
}

beforeAll(async () => {
  ts = await startTestServer({ maxJsonBytes: 64 * 1024 });
  const person = (userId: string, role: Role, consortiumId = C, partnerId = 'pb') =>
    ts.token({ userId, name: userId, consortiumId, partnerId, role });
  tokens.coord = await person('coord', 'coordinator', C, 'pa');
  tokens.editor = await person('editor-1', 'editor');
  tokens.commenter = await person('commenter-1', 'commenter');
  tokens.commenter2 = await person('commenter-2', 'commenter');
  tokens.viewer = await person('viewer-1', 'viewer');
  tokens.outsider = await person('outsider', 'coordinator', 'other', 'po');
  // First use provisions each membership (and the consortia c1 and other).
  for (const t of Object.values(tokens)) expect((await call('GET', '/api/me', { token: t })).status).toBe(200);
  expect((await call('POST', `/api/consortia/${C}/partners`, { token: tokens.coord, body: { name: 'Partner C' } })).status).toBe(201);
  await ts.server.storage.consortia.mutate(C, (r) => ({
    ...r,
    partners: r.partners.map((p) => (p.name === 'Partner C' ? { ...p, id: 'pc' } : p)),
  }));
  const invite = await call('POST', `/api/consortia/${C}/invites`, { token: tokens.coord, body: { role: 'editor', partnerId: 'pb' } });
  expect(invite.status).toBe(201);
  ids.inviteId = (invite.body.invite as { id: string }).id;
  ids.code = String(invite.body.url).split('/join/')[1]!;
  const thread = await call('POST', `/api/consortia/${C}/threads`, {
    token: tokens.coord,
    body: { chapter: CHAPTER, anchor: { from: {}, to: {} }, text: 'first' },
  });
  expect(thread.status).toBe(201);
  ids.threadId = thread.body.threadId as string;
  ids.messageId = thread.body.messageId as string;
  honest = await HonestRoom.start(ts, `${C}/dossier`);
});

afterEach(async () => {
  // The server keeps serving: health check, an honest member's read, and the honest socket untouched.
  expect((await fetch(`${ts.server.url}/healthz`)).status).toBe(200);
  expect((await call('GET', `/api/consortia/${C}`, { token: tokens.viewer })).status).toBe(200);
  expect(honest.a.closes).toEqual([]);
});

afterAll(async () => {
  honest?.destroy();
  await ts?.stop();
});

describe('authentication and authorisation', () => {
  it('every non-public endpoint without a session → 401 unauthenticated; nothing changes', async () => {
    const before = await state();
    const seen: string[] = [];
    for (const e of ENDPOINTS.filter((x) => x.access !== 'public')) {
      for (const options of [
        {},
        { headers: { authorization: 'Basic Y29vcmQ6Y29vcmQ=' } },
        { headers: { authorization: 'Bearer ' } },
        { cookie: '' },
      ]) {
        const r = await call(e.method, e.path(), { ...options, body: e.body });
        expect(r.status, name(e)).toBe(401);
        expect(r.body.error?.code, name(e)).toBe('unauthenticated');
      }
      seen.push(name(e));
    }
    expect(seen.length).toBe(ENDPOINTS.filter((x) => x.access !== 'public').length);
    expect(await state()).toEqual(before);
  });

  it('forged, tampered and expired tokens (Bearer or cookie) → 401; nothing provisioned', async () => {
    const before = await state();
    for (const [label, token] of await forgedTokens(ts, C)) {
      for (const e of ENDPOINTS.filter((x) => ['member', 'coordinator', 'signed-in'].includes(x.access)).slice(0, 6)) {
        for (const auth of [{ token }, { cookie: token }]) {
          const r = await call(e.method, e.path(), { ...auth, body: e.body });
          expect(r.status, `${label}: ${name(e)}`).toBe(401);
          expect(r.body.error?.code).toBe('unauthenticated');
        }
      }
    }
    const malformedCookie = await call('GET', '/api/me', { headers: { cookie: 'jointly_session=%E0%A4%A' } });
    expect(malformedCookie.status).toBe(401);
    expect(await ts.server.storage.members.get(C, 'forger')).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  it("a member of another consortium → 403 on every one of this consortium's endpoints", async () => {
    const before = await state();
    const scoped = ENDPOINTS.filter((e) => e.path().startsWith(`/api/consortia/${C}`));
    expect(scoped.length).toBeGreaterThan(15);
    for (const e of scoped) {
      const r = await call(e.method, e.path(), { token: tokens.outsider, body: e.body });
      expect(r.status, name(e)).toBe(403);
      expect(r.body.error?.code, name(e)).toBe('forbidden');
    }
    const sw = await call('POST', '/api/session/switch', { token: tokens.outsider, body: { consortiumId: C } });
    expect([sw.status, sw.body.error?.code]).toEqual([403, 'forbidden']);
    // Path normalisation does not get round it either.
    const dotted = await call('GET', `/api/consortia/other/../${C}/members`, { token: tokens.outsider });
    expect([dotted.status, dotted.body.error?.code]).toEqual([403, 'forbidden']);
    expect(await state()).toEqual(before);
  });

  it('editors, commenters and viewers → 403 on coordinator endpoints; viewers on commenter endpoints; others on author endpoints', async () => {
    const before = await state();
    const refusals: string[] = [];
    const check = async (who: keyof typeof tokens, e: Endpoint) => {
      const r = await call(e.method, e.path(), { token: tokens[who], body: e.body });
      refusals.push(`${who} ${name(e)} → ${r.status} ${r.body.error?.code}`);
      expect(r.status, `${who}: ${name(e)}`).toBe(403);
      expect(r.body.error?.code).toBe('forbidden');
    };
    for (const e of ENDPOINTS.filter((x) => x.access === 'coordinator')) {
      for (const who of ['editor', 'commenter', 'viewer'] as const) await check(who, e);
    }
    for (const e of ENDPOINTS.filter((x) => x.access === 'commenter' || x.access === 'author')) await check('viewer', e);
    for (const e of ENDPOINTS.filter((x) => x.access === 'author')) {
      for (const who of ['editor', 'commenter', 'commenter2'] as const) await check(who, e);
    }
    expect(refusals.length).toBeGreaterThan(35);
    expect(await state()).toEqual(before);
  });

  it('the last coordinator cannot be removed or demoted, even by themself (409)', async () => {
    const before = await state();
    const demote = await call('PATCH', `/api/consortia/${C}/members/coord`, { token: tokens.coord, body: { role: 'editor' } });
    expect([demote.status, demote.body.error?.code]).toEqual([409, 'last-coordinator']);
    const remove = await call('DELETE', `/api/consortia/${C}/members/coord`, { token: tokens.coord });
    expect([remove.status, remove.body.error?.code]).toEqual([409, 'last-coordinator']);
    expect(await state()).toEqual(before);
  });
});

describe('cross-site requests', () => {
  it('cookie-authenticated writes from a foreign Origin → 403 cross-origin, on every write endpoint', async () => {
    const before = await state();
    // DELETE /api/session only clears the cookie and needs no session: not a CSRF target (see docs/SECURITY.md).
    const writes = ENDPOINTS.filter((e) => e.method !== 'GET' && name(e) !== 'DELETE /api/session');
    for (const e of writes) {
      for (const origin of [
        EVIL,
        'null',
        `http://127.0.0.1:${ts.server.port}.evil.example`,
        `http://127.0.0.1:${ts.server.port + 1}`,
        'not a url',
      ]) {
        const r = await call(e.method, e.path(), { cookie: tokens.coord, origin, body: e.body });
        expect(r.status, `${name(e)} from ${origin}`).toBe(403);
        expect(r.body.error?.code).toBe('cross-origin');
      }
    }
    // The public writes check it too, with no cookie at all (they sign the caller in).
    for (const e of writes.filter((x) => x.access === 'public')) {
      const r = await call(e.method, e.path(), { origin: EVIL, body: e.body });
      expect([r.status, r.body.error?.code], name(e)).toEqual([403, 'cross-origin']);
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    expect(await state()).toEqual(before);
  });

  it('the same cookie from our own Origin works, and a Bearer token is not subject to the Origin check', async () => {
    const own = await call('PATCH', `/api/consortia/${C}`, {
      cookie: tokens.coord,
      origin: ts.server.url,
      body: { programmeTitle: 'Set from our page' },
    });
    expect(own.status).toBe(200);
    const bearer = await call('PATCH', `/api/consortia/${C}`, {
      token: tokens.coord,
      origin: EVIL,
      body: { programmeTitle: 'Set by a script' },
    });
    expect(bearer.status).toBe(200);
    expect((await ts.server.storage.consortia.get(C))?.programmeTitle).toBe('Set by a script');
  });
});

describe('request bodies', () => {
  const targets = () => [
    { method: 'PATCH', path: `/api/consortia/${C}`, token: tokens.coord as string | undefined },
    { method: 'POST', path: '/api/consortia', token: undefined },
    { method: 'POST', path: `/api/invites/${ids.code}/accept`, token: undefined },
  ];

  it('bodies over maxJsonBytes → 413 too-large (declared, streamed without a length, or lying about it)', async () => {
    const before = await state();
    const big = JSON.stringify({ name: 'x'.repeat(70 * 1024) });
    for (const t of targets()) {
      const declared = await call(t.method, t.path, { token: t.token, raw: big });
      expect([declared.status, declared.body.error?.code], `${t.path} declared`).toEqual([413, 'too-large']);
      const chunks = [big.slice(0, 40_000), big.slice(40_000)];
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      });
      const streamed = await call(t.method, t.path, { token: t.token, raw: stream });
      expect([streamed.status, streamed.body.error?.code], `${t.path} streamed`).toEqual([413, 'too-large']);
      // Declares 10 MiB, sends 2 bytes: refused on the header alone, nothing is awaited.
      const lying = await rawHttp(
        ts.server.port,
        [
          `${t.method} ${t.path} HTTP/1.1`,
          `Host: 127.0.0.1:${ts.server.port}`,
          'Content-Type: application/json',
          ...(t.token ? [`Authorization: Bearer ${t.token}`] : []),
          `Content-Length: ${10 * 1024 * 1024}`,
          'Connection: close',
          '',
          '{}',
        ].join('\r\n'),
        3_000,
      );
      expect(lying.status, `${t.path} lying`).toBe(413);
      expect(lying.text).toContain('"too-large"');
    }
    expect(await state()).toEqual(before);
  });

  it('a wrong or missing content type → 415', async () => {
    const before = await state();
    for (const t of targets()) {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/html', null]) {
        const r = await call(t.method, t.path, { token: t.token, raw: '{"name":"x"}', contentType });
        expect([r.status, r.body.error?.code], `${t.path} as ${contentType}`).toEqual([415, 'unsupported-media-type']);
      }
    }
    expect(await state()).toEqual(before);
  });

  it('malformed JSON → 400 malformed-json', async () => {
    const before = await state();
    for (const t of targets()) {
      for (const raw of ['{', '{"name": }', "{'name': 'x'}", 'NaN', '{"name":"x"}}', '\u0000', '{"name":"\\ud800"']) {
        const r = await call(t.method, t.path, { token: t.token, raw });
        expect([r.status, r.body.error?.code], `${t.path}: ${raw}`).toEqual([400, 'malformed-json']);
      }
    }
    expect(await state()).toEqual(before);
  });

  it('schema violations → 400 invalid, with details naming each bad field', async () => {
    const before = await state();
    const cases: [string, string, string | undefined, unknown, string[]][] = [
      ['POST', '/api/consortia', undefined, {}, ['name', 'coordinatorName', 'partner']],
      [
        'POST',
        '/api/consortia',
        undefined,
        { name: 'X', coordinatorName: 'Y', id: 'UPPER', partner: { name: 'P', country: 'NLD', contactEmail: 'nope' } },
        ['id', 'partner.country', 'partner.contactEmail'],
      ],
      ['POST', '/api/consortia', undefined, { name: 123, coordinatorName: ['x'], partner: 'P' }, ['name', 'coordinatorName', 'partner']],
      ['POST', '/api/consortia', undefined, null, ['']],
      // 20 000 levels deep: JSON.parse copes (and JSON.stringify would not), the schema refuses it.
      ['POST', '/api/consortia', undefined, '['.repeat(20_000) + ']'.repeat(20_000), ['']],
      [
        'POST',
        `/api/consortia/${C}/invites`,
        tokens.coord,
        { role: 'admin', partnerId: '../pb', maxUses: 0, expiresInDays: 1000 },
        ['role', 'partnerId', 'maxUses', 'expiresInDays'],
      ],
      ['PATCH', `/api/consortia/${C}/members/editor-1`, tokens.coord, { role: 'superuser', partnerId: 'PB' }, ['role', 'partnerId']],
      ['PATCH', `/api/consortia/${C}`, tokens.coord, { name: '' }, ['name']],
      ['POST', `/api/invites/${ids.code}/accept`, undefined, { name: '   ' }, ['name']],
      [
        'POST',
        `/api/consortia/${C}/threads`,
        tokens.commenter,
        { chapter: 'nope', anchor: { from: { x: 'y'.repeat(500) }, to: {} }, text: '' },
        ['chapter', 'anchor.from', 'text'],
      ],
    ];
    for (const [method, path, token, body, fields] of cases) {
      const r = await call(method, path, typeof body === 'string' ? { token, raw: body } : { token, body });
      expect([r.status, r.body.error?.code], `${method} ${path} ${String(JSON.stringify(body)).slice(0, 60)}`).toEqual([400, 'invalid']);
      const paths = r.body.error!.details!.map((d) => d.path);
      for (const f of fields) expect(paths, `${path}: ${f}`).toContain(f);
      for (const d of r.body.error!.details!) expect(typeof d.message).toBe('string');
    }
    expect(await state()).toEqual(before);
  });

  it('prototype-pollution keys are dropped, not merged', async () => {
    const r = await call('PATCH', `/api/consortia/${C}`, {
      token: tokens.coord,
      raw: '{"programmeTitle":"Proto","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"id":"hijack","partners":[]}',
    });
    expect(r.status).toBe(200);
    const record = (await ts.server.storage.consortia.get(C))!;
    expect(record.id).toBe(C);
    expect(record.partners.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(record)).not.toContain('__proto__');
  });
});

describe('hostile names', () => {
  const HTML = '<script>alert(1)</script><img src=x onerror=alert(1)>';
  const RTL = 'Univ\u202Efdp.exe';
  const CTRL = 'A\u0000B\u0007C\u001b[31mD\u007f\u0085E';
  const INVISIBLE = 'Z\u200bW\u200d\u2066X\u2069';

  it('HTML is stored as inert text; control, zero-width and bidi characters are stripped; lengths are bounded', async () => {
    const r = await call('POST', '/api/consortia', {
      body: {
        name: `${HTML} ${RTL}`,
        programmeTitle: CTRL,
        coordinatorName: `${RTL} ${CTRL}`,
        partner: { name: INVISIBLE, contactName: CTRL, signatoryName: RTL },
      },
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const { consortium, identity } = r.body as unknown as {
      consortium: {
        id: string;
        name: string;
        programmeTitle: string;
        partners: { id: string; name: string; contactName: string; signatoryName: string }[];
      };
      identity: { name: string };
    };
    expect(consortium.name).toBe(`${HTML} Univfdp.exe`);
    expect(consortium.programmeTitle).toBe('ABC[31mDE');
    expect(identity.name).toBe('Univfdp.exe ABC[31mDE');
    expect(consortium.partners[0]).toMatchObject({ name: 'ZWX', contactName: 'ABC[31mDE', signatoryName: 'Univfdp.exe' });
    expect(consortium.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    const stored = JSON.stringify(await ts.server.storage.consortia.get(consortium.id));
    // eslint-disable-next-line no-control-regex
    expect(stored).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]|\\u00/);
  });

  it('10 kB strings and names made only of invisible characters → 400 invalid', async () => {
    const before = await state();
    const long = 'x'.repeat(10_000);
    for (const body of [
      { name: long, coordinatorName: 'Y', partner: { name: 'P' } },
      { name: 'X', coordinatorName: long, partner: { name: 'P' } },
      { name: 'X', coordinatorName: 'Y', partner: { name: 'P', contactName: long } },
      { name: '\u202e\u200b\u0000', coordinatorName: 'Y', partner: { name: 'P' } },
    ]) {
      const r = await call('POST', '/api/consortia', { body });
      expect([r.status, r.body.error?.code]).toEqual([400, 'invalid']);
    }
    const patch = await call('PATCH', `/api/consortia/${C}/partners/pb`, { token: tokens.coord, body: { name: '\u202a\u202b' } });
    expect([patch.status, patch.body.error?.code]).toEqual([400, 'invalid']);
    expect(await state()).toEqual(before);
  });

  it('partner edits and invite acceptances are cleaned the same way', async () => {
    const patch = await call('PATCH', `/api/consortia/${C}/partners/pc`, {
      token: tokens.coord,
      body: { name: `Partner ${RTL}`, contactName: CTRL },
    });
    expect(patch.status).toBe(200);
    expect(patch.body.partner).toMatchObject({ id: 'pc', name: 'Partner Univfdp.exe', contactName: 'ABC[31mDE' });
    const invite = await call('POST', `/api/consortia/${C}/invites`, {
      token: tokens.coord,
      body: { role: 'viewer', partnerId: 'pc', label: RTL, maxUses: 1 },
    });
    expect(invite.status).toBe(201);
    expect((invite.body.invite as { label: string }).label).toBe('Univfdp.exe');
    const code = String(invite.body.url).split('/join/')[1]!;
    const accepted = await call('POST', `/api/invites/${code}/accept`, { body: { name: `${HTML}${RTL}${CTRL}` } });
    expect(accepted.status).toBe(200);
    expect((accepted.body.identity as { name: string }).name).toBe(`${HTML}Univfdp.exeABC[31mDE`.slice(0, 80));
  });
});

describe('paths', () => {
  it('malformed ids in the path → 400 bad-parameter, before any lookup', async () => {
    const before = await state();
    for (const path of [
      `/api/consortia/..%2Fother`,
      `/api/consortia/C1`,
      `/api/consortia/c1%00`,
      `/api/consortia/${'a'.repeat(64)}`,
      `/api/consortia/caf%C3%A9/members`,
      `/api/consortia/${C}/members/..%2F..%2Fother`,
      `/api/consortia/${C}/partners/%2e%2e%2fx`,
      `/api/consortia/${C}/threads/..%5c/messages`,
      `/api/invites/..%2F..%2Fetc%2Fpasswd`,
      `/api/invites/short`,
      `/api/invites/${'A'.repeat(16)}%00`,
    ]) {
      for (const token of [tokens.coord, undefined]) {
        const method = path.includes('/members/') || path.includes('/partners/') ? 'DELETE' : path.endsWith('/messages') ? 'POST' : 'GET';
        const r = await call(method, path, { token, body: method === 'POST' ? { text: 'x' } : undefined });
        expect([r.status, r.body.error?.code], `${method} ${path}`).toEqual([400, 'bad-parameter']);
      }
    }
    // Dot segments are resolved before routing; they cannot leave /api/ or skip a check.
    expect((await call('GET', '/api/consortia/%2e%2e/me', { token: tokens.coord })).status).toBe(200);
    // Nor can they leave the built client's folder (fetch() would resolve them, so these go raw).
    for (const path of [
      '/../../../../etc/passwd',
      '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5c..%5cetc%5cpasswd',
    ]) {
      const r = await rawHttp(ts.server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(r.status, path).toBeLessThan(500);
      expect(r.text, path).not.toMatch(/root:.*:0:0:/);
    }
    const unknown = await call('GET', `/api/consortia/${C}/nothing-here`, { token: tokens.coord });
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'not-found']);
    const method = await call('PUT', `/api/consortia/${C}`, { token: tokens.coord, body: {} });
    expect([method.status, method.body.error?.code]).toEqual([405, 'method-not-allowed']);
    expect(await state()).toEqual(before);
  });
});

describe('invitations', () => {
  const create = async (body: Record<string, unknown>) => {
    const r = await call('POST', `/api/consortia/${C}/invites`, {
      token: tokens.coord,
      body: { role: 'editor', partnerId: 'pb', ...body },
    });
    expect(r.status).toBe(201);
    return { id: (r.body.invite as { id: string }).id, code: String(r.body.url).split('/join/')[1]! };
  };
  const accept = (code: string, who = 'Someone') => call('POST', `/api/invites/${code}/accept`, { body: { name: who } });

  it('unknown → 404; used up, revoked and expired → 410; nobody joins', async () => {
    const unknown = 'A'.repeat(43);
    for (const r of [await call('GET', `/api/invites/${unknown}`), await accept(unknown)])
      expect([r.status, r.body.error?.code]).toEqual([404, 'unknown-invite']);

    const once = await create({ maxUses: 1 });
    expect((await accept(once.code, 'First')).status).toBe(200);
    const membersAfterFirst = (await ts.server.storage.members.list(C)).length;
    for (const r of [await call('GET', `/api/invites/${once.code}`), await accept(once.code, 'Second')]) {
      expect([r.status, r.body.error?.code]).toEqual([410, 'invite-used-up']);
    }

    const revoked = await create({});
    const revoke = await call('DELETE', `/api/consortia/${C}/invites/${revoked.id}`, { token: tokens.coord });
    expect(revoke.status).toBe(200);
    for (const r of [await call('GET', `/api/invites/${revoked.code}`), await accept(revoked.code)]) {
      expect([r.status, r.body.error?.code]).toEqual([410, 'invite-revoked']);
    }
    // Another consortium's coordinator cannot revoke (or even see) it.
    const foreign = await call('DELETE', `/api/consortia/other/invites/${once.id}`, { token: tokens.outsider });
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, 'unknown-invite']);

    const expiredCode = 'E'.repeat(43);
    await ts.server.storage.invites.create({
      id: 'expired-invite',
      consortiumId: C,
      codeHash: hashCode(expiredCode),
      role: 'coordinator',
      partnerId: 'pb',
      label: '',
      createdBy: 'coord',
      createdAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
      maxUses: null,
      uses: 0,
      revokedAt: null,
    });
    for (const r of [await call('GET', `/api/invites/${expiredCode}`), await accept(expiredCode)]) {
      expect([r.status, r.body.error?.code]).toEqual([410, 'invite-expired']);
    }
    expect((await ts.server.storage.members.list(C)).length).toBe(membersAfterFirst);
  });

  it('10 concurrent accepts of a maxUses: 1 invite admit exactly one person', async () => {
    const { code } = await create({ maxUses: 1 });
    const before = (await ts.server.storage.members.list(C)).length;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => accept(code, `Racer ${i}`)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(410)]);
    for (const r of results.filter((x) => x.status === 410)) expect(r.body.error?.code).toBe('invite-used-up');
    expect((await ts.server.storage.members.list(C)).length).toBe(before + 1);
    const invite = (await ts.server.storage.invites.findByHash(hashCode(code)))!;
    expect(invite.uses).toBe(1);
  });
});

describe('after all of the above', () => {
  it('the honest sync clients kept working and the stored dossier is exactly what they wrote', async () => {
    await honest.afterAttack();
    const before = await state();
    await honest.verifyStored();
    const after = await state();
    expect(after.consortium).toEqual(before.consortium);
    expect(after.members).toEqual(before.members);
    expect(after.invites).toEqual(before.invites);
    // The API answers after the restart too.
    expect((await call('GET', `/api/consortia/${C}/members`, { token: tokens.viewer })).status).toBe(200);
    honest = await HonestRoom.start(ts, `${C}/dossier`); // for afterEach
  });
});
