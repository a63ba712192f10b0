import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SignJWT, UnsecuredJWT } from 'jose';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, connectClientWith, waitClosed, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { TcpWebSocket } from '../utils/hostileSocket.ts';
import { loadStoredDoc } from '../utils/stored.ts';
import { waitFor } from '../utils/waitFor.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { SESSION_COOKIE } from '../../server/auth/cookies.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import * as awarenessProtocol from 'y-protocols/awareness';

/**
 * Every refused sync connection: the close code from shared/closeCodes.ts, and nothing stored: no
 * consortium or membership provisioned, no document changed, even though the client sent an edit
 * right after the upgrade (before the server had decided).
 */
let ts: TestServer;
const clients: SyncClient[] = [];
let baselineSeq = 0;
const MARKER = 'REFUSED-WRITE';

const claims = (consortium: string) => ({ name: 'Mallory', consortium, partner: 'p1', role: 'coordinator' });
const forged = (consortium: string) =>
  new SignJWT(claims(consortium))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('mallory')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('another-secret-that-is-also-32-bytes-long!'));
const unsigned = (consortium: string) =>
  new UnsecuredJWT(claims(consortium)).setSubject('mallory').setIssuedAt().setExpirationTime('1h').encode();
const expired = (consortium: string) => ts.token({ userId: 'mallory', consortiumId: consortium, role: 'coordinator' }, -60);
const valid = (consortium: string) => ts.token({ userId: 'mallory', consortiumId: consortium, role: 'coordinator' });

/** What a client sends first: its step 1, an edit, its presence. */
function attackMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, MARKER);
  doc.getXmlFragment('content').insert(0, [new Y.XmlText(MARKER)]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Mallory' } });
  const messages = [
    encodeSyncStep1(new Uint8Array([0])),
    encodeSyncUpdate(Y.encodeStateAsUpdate(doc)),
    encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
  ];
  awareness.destroy();
  return messages;
}

async function rawAttempt(path: string, headers: Record<string, string> = {}): Promise<number | undefined> {
  const socket = await TcpWebSocket.open(ts.server.port, path, headers);
  try {
    expect(socket.status, `${path}: the upgrade itself is accepted, the refusal is a close code`).toBe(101);
    for (const message of attackMessages()) socket.send(message);
    await waitFor(() => socket.closeCode !== undefined || socket.ended, { message: `${path} was not closed` });
    // Not one sync or awareness message before the refusal.
    expect(socket.frames.filter((f) => f.opcode === 0x2)).toEqual([]);
    return socket.closeCode;
  } finally {
    socket.destroy();
  }
}

async function expectNothingStored(newConsortium?: string): Promise<void> {
  expect((await ts.server.storage.consortia.list()).map((c) => c.id)).toEqual(['c1']);
  expect((await ts.server.storage.members.list('c1')).map((m) => m.userId)).toEqual(['owner']);
  const dossier = await ts.server.storage.documents.load('c1/dossier');
  expect(dossier.lastSeq).toBe(baselineSeq);
  expect((await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString()).toBe('baseline');
  if (newConsortium) {
    expect(await ts.server.storage.consortia.get(newConsortium)).toBeUndefined();
    expect(await ts.server.storage.members.list(newConsortium)).toEqual([]);
    expect(await ts.server.storage.documents.load(`${newConsortium}/dossier`)).toEqual({ updates: [], lastSeq: 0, bytes: 0, seqs: [] });
  }
}

beforeAll(async () => {
  ts = await startTestServer();
  const owner = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'owner', role: 'coordinator' }));
  clients.push(owner);
  await waitSynced(owner);
  owner.doc.getText('t').insert(0, 'baseline');
  await waitFor(async () => (await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString() === 'baseline');
  baselineSeq = (await ts.server.storage.documents.load('c1/dossier')).lastSeq;
});

afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

interface Refusal {
  name: string;
  /** Path and query exactly as sent. */
  path: () => Promise<string>;
  code: number;
  /** Room for a stock provider, when the path can be expressed as one. */
  room?: string;
  /** A consortium the attempt must not provision. */
  provisions?: string;
}

const withToken = async (path: string, token: string | Promise<string>) => `${path}?token=${encodeURIComponent(await token)}`;

const refusals: Refusal[] = [
  { name: 'no token', path: async () => '/sync/c1/dossier', code: CloseCode.unauthenticated, room: 'c1/dossier' },
  { name: 'empty token', path: async () => '/sync/c1/dossier?token=', code: CloseCode.unauthenticated },
  { name: 'garbage token', path: () => withToken('/sync/c1/dossier', 'not.a.jwt'), code: CloseCode.unauthenticated },
  {
    name: 'token signed with another secret',
    path: () => withToken('/sync/forged/dossier', forged('forged')),
    code: CloseCode.unauthenticated,
    room: 'forged/dossier',
    provisions: 'forged',
  },
  {
    name: 'expired token',
    path: () => withToken('/sync/late/dossier', expired('late')),
    code: CloseCode.unauthenticated,
    room: 'late/dossier',
    provisions: 'late',
  },
  {
    name: 'expired token for an existing consortium',
    path: () => withToken('/sync/c1/dossier', expired('c1')),
    code: CloseCode.unauthenticated,
    room: 'c1/dossier',
  },
  {
    name: 'alg none token',
    path: () => withToken('/sync/nosig/dossier', unsigned('nosig')),
    code: CloseCode.unauthenticated,
    room: 'nosig/dossier',
    provisions: 'nosig',
  },
  {
    name: 'token for another consortium than the path',
    path: () => withToken('/sync/c1/dossier', valid('c2')),
    code: CloseCode.forbidden,
    room: 'c1/dossier',
    provisions: 'c2',
  },
  { name: 'path traversal', path: () => withToken('/sync/../c1/dossier', valid('c1')), code: CloseCode.malformed },
  { name: 'encoded path traversal', path: () => withToken('/sync/%2e%2e/c1/dossier', valid('c1')), code: CloseCode.malformed },
  { name: 'traversal inside the document name', path: () => withToken('/sync/c1/../dossier', valid('c1')), code: CloseCode.malformed },
  {
    name: 'upper-case consortium id',
    path: () => withToken('/sync/UPPER/dossier', valid('c1')),
    code: CloseCode.malformed,
    room: 'UPPER/dossier',
  },
  {
    name: 'overlong consortium id (64 characters)',
    path: () => withToken(`/sync/${'a'.repeat(64)}/dossier`, valid('c1')),
    code: CloseCode.malformed,
    room: `${'a'.repeat(64)}/dossier`,
  },
  {
    name: 'extra path segment',
    path: () => withToken('/sync/c1/dossier/extra', valid('c1')),
    code: CloseCode.malformed,
    room: 'c1/dossier/extra',
  },
  { name: 'no document name', path: () => withToken('/sync/c1', valid('c1')), code: CloseCode.malformed, room: 'c1' },
  { name: 'unknown document name', path: () => withToken('/sync/c1/nope', valid('c1')), code: CloseCode.unknown, room: 'c1/nope' },
];

describe('refused sync connections', () => {
  it.each(refusals)('$name: closed with $code, nothing stored', async (refusal) => {
    const path = await refusal.path();
    expect(await rawAttempt(path)).toBe(refusal.code);
    await expectNothingStored(refusal.provisions);

    if (refusal.room) {
      // The stock provider sees the same code and, since 44xx means "permanent", stops retrying.
      const token = new URL(path, 'http://x').searchParams.get('token');
      const client = connectClientWith(ts.wsUrl, refusal.room, token ?? '', { connect: false });
      if (token === null) client.provider.params = {};
      clients.push(client);
      let closedEvent: { code: number } | undefined;
      client.provider.on('closed', (event) => (closedEvent = event));
      client.doc.getText('t').insert(0, MARKER);
      client.provider.connect();
      expect((await waitClosed(client)).code).toBe(refusal.code);
      await waitFor(() => closedEvent !== undefined);
      expect(closedEvent!.code).toBe(refusal.code);
      expect(client.provider.shouldConnect).toBe(false);
      expect(client.provider.synced).toBe(false);
      await expectNothingStored(refusal.provisions);
    }
  });

  it('refuses a session cookie sent from another site (4403), but takes it from our own origin', async () => {
    const token = await ts.token({ userId: 'owner', role: 'coordinator' });
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
    const host = `127.0.0.1:${ts.server.port}`;
    expect(await rawAttempt('/sync/c1/dossier', { Cookie: cookie, Origin: 'https://evil.example' })).toBe(CloseCode.forbidden);
    await expectNothingStored();

    const socket = await TcpWebSocket.open(ts.server.port, '/sync/c1/dossier', { Cookie: cookie, Origin: `http://${host}` });
    try {
      expect(socket.status).toBe(101);
      socket.send(encodeSyncStep1(new Uint8Array([0])));
      // Admitted: the server opens with its own sync step 1 (type 0, step 0).
      await waitFor(() => socket.frames.some((f) => f.opcode === 0x2 && f.payload[0] === 0 && f.payload[1] === 0));
      expect(socket.closeCode).toBeUndefined();
    } finally {
      socket.destroy();
    }
  });

  it('leaves the document untouched for an authorised client after all those attempts', async () => {
    const fresh = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'owner', role: 'coordinator' }));
    clients.push(fresh);
    await waitSynced(fresh);
    expect(fresh.doc.getText('t').toString()).toBe('baseline');
    expect(fresh.doc.getXmlFragment('content').toString()).not.toContain(MARKER);
    expect(fresh.doc.getXmlFragment('content').length).toBe(19);
  });
});
