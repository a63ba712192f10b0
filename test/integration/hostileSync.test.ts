/**
 * Hostile clients on the sync socket. Every case checks (a) the exact refusal (close code from
 * shared/closeCodes.ts), (b) that an honest stock provider connected before the attack keeps its
 * socket and can still edit, and a second honest client converges with it, and (c) after a restart
 * the stored document is exactly what the honest clients wrote (see test/utils/hostile.ts).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../../shared/closeCodes.ts';
import { decodeMessage } from '../../shared/protocol/decode.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import type { Config } from '../../server/config.ts';
import type { Connection } from '../../server/rooms/connection.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { closeCode, openRaw, TcpWebSocket, type RawOptions, type RawSocket } from '../utils/hostileSocket.ts';
import { connectHonest, dbSnapshot, HONEST, HonestRoom, loadRoom, synced, type Honest } from '../utils/hostile.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { forgedTokens } from '../utils/forgedTokens.ts';
import { createRandom } from '../utils/random.ts';
import { waitFor as waitForSlow } from '../utils/waitFor.ts';

const waitFor: typeof waitForSlow = (check, options = {}) => waitForSlow(check, { interval: 3, ...options });

const KiB = 1024;
const LIMITS: Partial<Config> = {
  maxMessageBytes: 64 * KiB,
  maxMessagesPerSecond: 50,
  maxConnectionsPerIp: 20,
  maxBufferedBytes: 256 * KiB,
  roomUnloadMs: 50,
};
const ROOM = 'c1/dossier';

let ts: TestServer;
let honest: HonestRoom | undefined;
const sockets: RawSocket[] = [];
const tcps: TcpWebSocket[] = [];
const extra: Honest[] = [];

async function setUp(limits: Partial<Config> = LIMITS): Promise<void> {
  ts = await startTestServer(limits);
}
function dropSockets(): void {
  for (const s of sockets.splice(0)) s.terminate();
  for (const t of tcps.splice(0)) t.destroy();
  for (const c of extra.splice(0)) c.destroy();
}
async function tearDown(): Promise<void> {
  dropSockets();
  honest?.destroy();
  honest = undefined;
  await ts.stop();
}

/** A server (and honest room) per test. */
function serverPerTest(limits: Partial<Config> = LIMITS): void {
  beforeEach(() => setUp(limits));
  afterEach(tearDown);
}

/**
 * One server and honest room for a list of attacks: each attack checks its refusal and that A can
 * still edit (`stillServes`); the group's last test checks convergence with B and the stored document.
 */
function sharedServer(limits: Partial<Config> = LIMITS): void {
  beforeAll(async () => {
    await setUp(limits);
    honest = await HonestRoom.start(ts, ROOM);
  });
  afterEach(dropSockets);
  afterAll(tearDown);
}

const AFTER_ALL = '(b, c) afterwards: A still edits, B converges with A, and after a restart the dossier is exactly what they wrote';

const mallory = (role: 'editor' | 'viewer' | 'commenter' = 'editor', consortiumId = 'c1') =>
  ts.token({ userId: `mallory-${role}`, name: 'Mallory', consortiumId, partnerId: 'pm', role });

function raw(room: string, options: RawOptions = {}): RawSocket {
  const s = openRaw(ts.wsUrl, room, options);
  sockets.push(s);
  return s;
}

/** The socket's room join is complete once the server's opening sync step 1 arrived. */
const admitted = (s: RawSocket) => waitFor(() => s.messages.length > 0, { message: 'socket was not admitted' });

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

/** A Yjs update from a client the honest ones never see (id 4242), writing into a type of its own. */
function evilUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 4242;
  doc.getText('evil').insert(0, 'EVIL');
  return Y.encodeStateAsUpdate(doc);
}

/** Writes into the honest text, as a client with id `clientID`. */
function updateInto(text: string, clientID: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText(HONEST).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('malformed frames → 4400', () => {
  sharedServer();

  const random = createRandom(20240611);
  const garbage: Uint8Array[] = [];
  while (garbage.length < 8) {
    const bytes = new Uint8Array(random.int(1, 48)).map(() => random.int(0, 255));
    try {
      decodeMessage(bytes);
    } catch {
      garbage.push(bytes); // keep only what the protocol cannot read (some random bytes are valid messages)
    }
  }
  const badAwareness = frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame((a) => {
        encoding.writeVarUint(a, 1); // one state
        encoding.writeVarUint(a, 12345); // client id
        encoding.writeVarUint(a, 1); // clock
        encoding.writeVarString(a, '{"user": not json');
      }),
    );
  });
  const truncatedAwareness = encodeAwareness(new Uint8Array([2, 0x80]));

  const cases: [string, Uint8Array | string][] = [
    ['unknown message type 7', new Uint8Array([7])],
    ['unknown message type 99 with payload', new Uint8Array([99, 1, 2, 3])],
    ['type 100 (saved: server → client only)', new Uint8Array([100, 1])],
    ['unknown sync step 3', new Uint8Array([0, 3, 0])],
    ['unknown sync step, huge', new Uint8Array([0, 0xff, 0xff, 0xff, 0x7f, 0])],
    ['truncated varuint (continuation bit, then nothing)', new Uint8Array([0x80])],
    ['sync message with truncated step varuint', new Uint8Array([0, 0x80])],
    ['truncated varUint8Array (length 10, 2 bytes)', new Uint8Array([0, 2, 10, 1, 2])],
    ['varUint8Array length beyond 2^32', new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['varuint over 2^53', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['trailing bytes after query-awareness', new Uint8Array([3, 0])],
    ['trailing bytes after sync step 1', new Uint8Array([...encodeSyncStep1(new Uint8Array([0])), 9, 9])],
    ['empty binary frame', new Uint8Array([])],
    ['text frame', 'hello'],
    ['text frame holding a valid message', String.fromCharCode(...encodeSyncUpdate(evilUpdate()))],
    ['sync step 1 with a garbage state vector', encodeSyncStep1(new Uint8Array([5, 1]))],
    ['awareness update with junk JSON', badAwareness],
    ['awareness update, truncated inside', truncatedAwareness],
    ...garbage.map((g, i) => [`random bytes #${i + 1} (${g.length} B)`, g] as [string, Uint8Array]),
  ];

  it.each(cases)('%s', async (_name, data) => {
    const attack = raw(ROOM, { token: await mallory() });
    await attack.opened;
    attack.send(data);
    expect(await closeCode(attack)).toBe(CloseCode.malformed);
    await honest!.stillServes();
  });

  it('a malformed frame queued while the room is still loading is refused just the same', async () => {
    // Sent as soon as the socket opens: it waits in the ClientSession queue while the room loads.
    const attack = raw('c1/discussion', { token: await mallory() });
    attack.ws.once('open', () => attack.send(new Uint8Array([7])));
    expect(await closeCode(attack)).toBe(CloseCode.malformed);
    await honest!.stillServes();
  });

  it(AFTER_ALL, async () => {
    await honest!.afterAttack();
    await honest!.verifyStored();
  });
});

describe('sync writes whose payload is not a valid Yjs update → 4400, document unchanged', () => {
  sharedServer();

  const full = evilUpdate();
  const e = (write: (e: encoding.Encoder) => void) => frame(write);
  /** One struct by client 4242 at clock 0 in the root type "evil": its info byte, then `content` as written. */
  const struct = (info: number, content: (e: encoding.Encoder) => void) =>
    e((x) => {
      for (const n of [1, 1, 4242, 0]) encoding.writeVarUint(x, n);
      encoding.writeUint8(x, info);
      encoding.writeVarUint(x, 1);
      encoding.writeVarString(x, 'evil');
      content(x);
    });
  const payloads: [string, Uint8Array][] = [
    ['huge client count, nothing after it', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])],
    ['truncated struct', full.slice(0, 8)],
    ['valid structs, truncated delete set', full.slice(0, full.length - 1)],
    ['valid structs, garbage delete set', new Uint8Array([...full.slice(0, full.length - 1), 3, 0x80])],
    // Yjs reads parts of length 0 without complaint but throws on them later, halfway through
    // applying an update: a client that held one could no longer follow the document.
    [
      'an empty string item (a struct of length 0)',
      struct(4, (x) => {
        encoding.writeVarString(x, '');
        encoding.writeVarUint(x, 0);
      }),
    ],
    ['valid structs, then a deletion of length 0', new Uint8Array([...full.slice(0, full.length - 1), 1, 0x99, 0x4e, 1, 5, 0])],
    [
      'unknown content type',
      struct(0x1f, (x) => {
        encoding.writeVarString(x, 'x');
        encoding.writeVarUint(x, 0);
      }),
    ],
    [
      'JSON content that is not JSON',
      struct(2, (x) => {
        encoding.writeVarUint(x, 1);
        encoding.writeVarString(x, '{nope');
        encoding.writeVarUint(x, 0);
      }),
    ],
    [
      'string longer than the payload',
      struct(4, (x) => {
        encoding.writeVarUint(x, 1000);
        encoding.writeUint8(x, 65);
      }),
    ],
  ];
  const cases = payloads.flatMap(
    ([name, p]) =>
      [
        [`${name} (as update)`, encodeSyncUpdate(p)],
        [`${name} (as step 2)`, encodeSyncStep2(p)],
      ] as [string, Uint8Array][],
  );

  it.each(cases)('%s', async (_name, data) => {
    const before = dbSnapshot(ts.dataDir).docs[ROOM];
    const attack = raw(ROOM, { token: await mallory() });
    await admitted(attack);
    attack.send(data);
    expect(await closeCode(attack)).toBe(CloseCode.malformed);
    expect(dbSnapshot(ts.dataDir).docs[ROOM], 'something was stored').toBe(before);
    expect(ts.server.registry.get(ROOM)!.doc.getText('evil').toString(), 'half applied on the server').toBe('');
    await honest!.stillServes();
    expect(honest!.a.doc.getText('evil').toString(), 'relayed to an honest client').toBe('');
  });

  it(AFTER_ALL, async () => {
    await honest!.afterAttack();
    const stored = await honest!.verifyStored();
    expect(Y.decodeStateVector(Y.encodeStateVector(stored)).has(4242)).toBe(false);
  });
});

describe('size and rate limits', () => {
  serverPerTest();

  it('a message over maxMessageBytes closes with 1009', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const attack = raw(ROOM, { token: await mallory() });
    await admitted(attack);
    const big = new Uint8Array(64 * KiB + 1);
    big.set(encodeSyncUpdate(new Uint8Array(0)).subarray(0, 2));
    attack.send(big);
    expect(await closeCode(attack)).toBe(CloseCode.tooBig);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('a fragmented message whose fragments add up to more than maxMessageBytes closes with 1009', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const attack = raw(ROOM, { token: await mallory() });
    await admitted(attack);
    for (let i = 0; i < 5; i++) attack.ws.send(new Uint8Array(16 * KiB), { binary: true, fin: false });
    attack.ws.send(new Uint8Array(1), { binary: true, fin: true });
    expect(await closeCode(attack)).toBe(CloseCode.tooBig);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('a message just under the limit is accepted (the limit is not off by one the wrong way)', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const attack = raw(ROOM, { token: await mallory() });
    await admitted(attack);
    const doc = new Y.Doc();
    doc.getText('big').insert(0, 'x'.repeat(60 * KiB));
    const message = encodeSyncUpdate(Y.encodeStateAsUpdate(doc));
    expect(message.length).toBeLessThanOrEqual(64 * KiB);
    attack.send(message);
    const reader = connectHonest(ts.wsUrl, ROOM, await ts.token({ userId: 'reader' }));
    extra.push(reader);
    await waitFor(() => reader.doc.getText('big').length === 60 * KiB);
    expect(attack.isOpen).toBe(true);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('a flood of messages over the rate closes with 4429; nothing is stored', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const before = dbSnapshot(ts.dataDir).docs[ROOM];
    const attack = raw(ROOM, { token: await mallory() });
    await admitted(attack);
    const started = Date.now();
    for (let i = 0; i < 300; i++) attack.send(new Uint8Array([3])); // query awareness: cheap to send, costly to answer
    expect(await closeCode(attack)).toBe(CloseCode.tooMany);
    expect(Date.now() - started, 'the flood was not cut off promptly').toBeLessThan(5_000);
    expect(dbSnapshot(ts.dataDir).docs[ROOM]).toBe(before);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('connections beyond maxConnectionsPerIp from one address get 4429; other addresses and honest sockets keep working', async () => {
    // A connects from 127.0.0.1 (the attacker's address); B from 127.0.0.2, another machine.
    honest = await HonestRoom.start(ts, ROOM, { bAddress: '127.0.0.2' });
    const token = await mallory();
    const attack = Array.from({ length: 30 }, () => raw(ROOM, { token }));
    // A holds one of the 20 slots of 127.0.0.1.
    await waitFor(
      () =>
        attack.filter((s) => s.closeInfo?.code === CloseCode.tooMany).length === 11 &&
        attack.filter((s) => s.messages.length > 0).length === 19,
      {
        message: 'expected 19 admitted and 11 refused',
      },
    );
    expect(attack.filter((s) => s.closeInfo && s.closeInfo.code !== CloseCode.tooMany)).toEqual([]);
    await honest.afterAttack();
    expect(attack.filter((s) => s.isOpen)).toHaveLength(19);
    // Still full for 127.0.0.1 …
    const one = raw(ROOM, { token });
    expect(await closeCode(one)).toBe(CloseCode.tooMany);
    // … until the attacker lets go: then the slots come back, exactly.
    for (const s of attack) s.terminate();
    await waitFor(() => ts.server.transport.clientCount === 2, { message: 'refused/dropped sockets were not released' });
    const again = Array.from({ length: 19 }, () => raw(ROOM, { token }));
    await Promise.all(again.map(admitted));
    const over = raw(ROOM, { token });
    expect(await closeCode(over)).toBe(CloseCode.tooMany);
    for (const s of again) s.terminate();
    await honest.verifyStored();
  });
});

describe('connection churn', () => {
  serverPerTest({ ...LIMITS, maxConnectionsPerIp: 64 });

  it('1500 connections opened and dropped quickly: the server keeps serving and nothing leaks', async () => {
    honest = await HonestRoom.start(ts, ROOM, { bAddress: '127.0.0.2' });
    const token = await ts.token({ userId: 'churner' });
    const started = Date.now();
    const TOTAL = 1500;
    const WAVE = 50;
    let refusedByLimit = 0;
    for (let wave = 0; wave < TOTAL / WAVE; wave++) {
      const batch: RawSocket[] = [];
      for (let i = 0; i < WAVE; i++) {
        const kind = (wave * WAVE + i) % 5;
        const s = openRaw(ts.wsUrl, 'c1/discussion', { token: kind === 4 ? 'bad' : token });
        batch.push(s);
        if (kind === 0) s.terminate(); // gone before the handshake completes
        if (kind === 1) s.ws.once('open', () => s.terminate()); // gone while being authenticated
        if (kind === 2)
          s.ws.once('open', () => {
            s.send(encodeSyncStep1(new Uint8Array([0])));
            s.ws.close();
          });
        if (kind === 3) s.ws.once('message', () => s.terminate()); // gone right after joining the room
      }
      const closes = await Promise.all(batch.map((s) => s.closed));
      refusedByLimit += closes.filter((c) => c.code === CloseCode.tooMany).length;
      expect(Date.now() - started, 'churn took too long').toBeLessThan(30_000);
    }
    const elapsed = Date.now() - started;
    console.log(`[hostileSync] churn: ${TOTAL} connections in ${elapsed} ms (${refusedByLimit} hit the per-address limit)`);
    // A kept working throughout; nothing of the churn is left behind.
    expect(honest.a.closes).toEqual([]);
    await waitFor(() => ts.server.transport.clientCount === 1, { message: `clientCount stayed at ${ts.server.transport.clientCount}` });
    await waitFor(() => !ts.server.registry.isLoaded('c1/discussion'), { message: 'churned room never unloaded' });
    expect(ts.server.registry.size).toBe(1);
    expect(ts.server.live.count('c1', 'churner')).toBe(0);
    expect(ts.server.registry.get(ROOM)!.connections.size).toBe(1);
    expect(dbSnapshot(ts.dataDir).docs['c1/discussion']).toBeUndefined();
    // The per-address counter is back to exactly A's one socket: 63 more fit, the 64th does not.
    const fill = Array.from({ length: 63 }, () => raw(ROOM, { token }));
    await Promise.all(fill.map(admitted));
    expect(await closeCode(raw(ROOM, { token }))).toBe(CloseCode.tooMany);
    for (const s of fill) s.terminate();
    await waitFor(() => ts.server.transport.clientCount === 1);
    await honest.afterAttack();
    await honest.verifyStored();
  });
});

describe('slow readers', () => {
  const MESSAGE = 1024 * KiB;
  serverPerTest({ ...LIMITS, maxMessageBytes: MESSAGE });

  it('a reader that never reads is cut loose (4408) with bounded buffering; the writer and other readers keep going', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const writer = connectHonest(ts.wsUrl, ROOM, await ts.token({ userId: 'writer', partnerId: 'pw' }));
    const reader = connectHonest(ts.wsUrl, ROOM, await ts.token({ userId: 'reader', partnerId: 'pr', role: 'viewer' }));
    extra.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);

    const slowToken = await ts.token({ userId: 'slow', partnerId: 'ps', role: 'viewer' });
    const slow = await TcpWebSocket.open(ts.server.port, `/sync/${ROOM}?token=${slowToken}`);
    tcps.push(slow);
    expect(slow.status).toBe(101);
    await waitFor(() => slow.frames.length > 0); // joined the room
    slow.pause(); // and never reads again

    const room = ts.server.registry.get(ROOM)!;
    const slowConn = [...room.connections.keys()].find((c) => c.identity.userId === 'slow')!;
    // Test-only look at the server side of that socket (WsConnection keeps its ws private).
    const serverWs = (slowConn as Connection & { ws: { bufferedAmount: number; readyState: number } }).ws;
    let maxBuffered = 0;
    const sampler = setInterval(() => (maxBuffered = Math.max(maxBuffered, serverWs.bufferedAmount)), 1);

    // Write until the server cuts the slow reader loose: how much that takes depends on the kernel's
    // socket buffers (about 4 MiB on loopback here), so the writer stops as soon as it happened.
    const CHUNK = 256 * KiB;
    const MAX_CHUNKS = 96;
    const bulk = writer.doc.getText('bulk');
    let chunks = 0;
    while (serverWs.readyState < 2 && chunks < MAX_CHUNKS) {
      bulk.insert(bulk.length, String.fromCharCode(97 + (chunks % 26)).repeat(CHUNK));
      chunks++;
      // Readers that do read keep up (a burst far above maxBufferedBytes would cut them loose too).
      const length = chunks * CHUNK;
      await waitFor(() => reader.doc.getText('bulk').length === length && honest!.a.doc.getText('bulk').length === length, {
        interval: 2,
        message: 'a reading client fell behind',
      });
    }
    await waitFor(() => serverWs.readyState >= 2, { message: 'the slow reader was never cut loose' });
    const CHUNKS = chunks;
    clearInterval(sampler);
    console.log(
      `[hostileSync] slow reader: cut loose after ${CHUNKS * CHUNK} B written; max server-side buffer ${maxBuffered} B (limit ${LIMITS.maxBufferedBytes} B + one message)`,
    );
    expect(maxBuffered).toBeLessThanOrEqual(LIMITS.maxBufferedBytes! + MESSAGE + 16);
    expect(writer.closes).toEqual([]);
    expect(reader.closes).toEqual([]);

    // When it finally reads, it finds the close code at the end of what was queued for it.
    slow.resume();
    await waitFor(() => slow.closeCode !== undefined || slow.ended, { timeout: 10_000 });
    expect(slow.closeCode).toBe(CloseCode.slowConsumer);
    slow.destroy();
    await waitFor(() => !room.connections.has(slowConn), { message: 'slow reader still in the room' });

    const b = await honest.afterAttack();
    expect(b.doc.getText('bulk').toString()).toBe(writer.doc.getText('bulk').toString());
    honest.extraWriters.push(writer);
    const stored = await honest.verifyStored();
    expect(stored.getText('bulk').length).toBe(CHUNKS * CHUNK);
  });
});

describe('room addresses', () => {
  sharedServer();

  const long = 'a'.repeat(64);
  const cases: [path: string, expected: number | 'http-404', tokenFor: string][] = [
    ['/sync/../etc/dossier', CloseCode.malformed, 'etc'],
    ['/sync/%2e%2e/dossier', CloseCode.malformed, 'c1'],
    ['/sync/c1/../c2/dossier', CloseCode.malformed, 'c2'],
    ['/sync/c1/%2e%2e/c2/dossier', CloseCode.malformed, 'c2'],
    ['/sync/c1/./dossier', CloseCode.malformed, 'c1'],
    ['/sync/UPPER/dossier', CloseCode.malformed, 'upper'],
    ['/sync/c1/DOSSIER', CloseCode.malformed, 'c1'],
    [`/sync/${long}/dossier`, CloseCode.malformed, 'c1'],
    ['/sync/caf%C3%A9/dossier', CloseCode.malformed, 'cafe'],
    ['/sync/-c1/dossier', CloseCode.malformed, 'c1'],
    ['/sync/c1%2Fdossier/x', CloseCode.malformed, 'c1'],
    ['/sync/c1/dossier%00', CloseCode.malformed, 'c1'],
    ['/sync/c1/dossier;x', CloseCode.malformed, 'c1'],
    ['/sync', CloseCode.malformed, 'c1'],
    ['/sync/', CloseCode.malformed, 'c1'],
    ['/sync//dossier', CloseCode.malformed, 'c1'],
    ['/sync/c1/', CloseCode.malformed, 'c1'],
    ['/sync/c1//dossier', CloseCode.malformed, 'c1'],
    ['/sync/c1', CloseCode.malformed, 'c1'],
    ['/sync/c1/dossier/', CloseCode.malformed, 'c1'],
    ['/sync/c1/dossier/extra', CloseCode.malformed, 'c1'],
    ['/sync/newco/dossier/extra', CloseCode.malformed, 'newco'],
    ['/sync/c1/secrets', CloseCode.unknown, 'c1'],
    ['/sync/newco/secrets', CloseCode.unknown, 'newco'],
    ['/sync/newco/content', CloseCode.unknown, 'newco'],
    ['/syncx/c1/dossier', 'http-404', 'c1'],
    ['/api/me', 'http-404', 'c1'],
  ];

  it.each(cases)('%s → %s', async (path, expected, tokenFor) => {
    const before = dbSnapshot(ts.dataDir);
    const token = await ts.token({ userId: 'mallory', consortiumId: tokenFor, partnerId: 'pm' });
    const socket = await TcpWebSocket.open(ts.server.port, `${path}?token=${token}`);
    tcps.push(socket);
    if (expected === 'http-404') {
      expect(socket.status).toBe(404);
    } else {
      expect(socket.status).toBe(101);
      await waitFor(() => socket.closeCode !== undefined, { message: 'no close frame' });
      expect(socket.closeCode).toBe(expected);
    }
    socket.destroy();
    // Nothing was provisioned or touched: no consortium, no document rows, no membership.
    for (const id of [tokenFor, 'etc', 'c2', 'upper', 'cafe', 'newco']) {
      if (id !== 'c1') expect(await ts.server.storage.consortia.get(id)).toBeUndefined();
    }
    expect(dbSnapshot(ts.dataDir)).toEqual(before);
    expect(ts.server.registry.size).toBe(1);
    await honest!.stillServes();
  });

  it(AFTER_ALL, async () => {
    await honest!.afterAttack();
    await honest!.verifyStored();
    expect(dbSnapshot(ts.dataDir).consortia).toEqual(['c1']);
  });
});

describe('tokens and origins', () => {
  serverPerTest();

  it('forged, tampered, expired and malformed tokens → 4401; nothing provisioned', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const before = dbSnapshot(ts.dataDir);
    const tokens = await forgedTokens(ts, 'forged');
    const results: string[] = [];
    for (const [name, token] of tokens) {
      for (const room of ['forged/dossier', 'c1/dossier']) {
        const s = raw(room, { token });
        const code = await closeCode(s);
        results.push(`${name} on ${room}: ${code} ${s.closeInfo?.reason}`);
        expect(code, `${name} on ${room}`).toBe(CloseCode.unauthenticated);
        expect(s.messages, 'a refused socket was sent document data').toEqual([]);
      }
    }
    const none = raw(ROOM);
    expect(await closeCode(none)).toBe(CloseCode.unauthenticated);
    const expired = raw(ROOM, { token: await ts.token({ userId: 'late' }, -1) });
    await closeCode(expired);
    expect(expired.closeInfo?.reason).toBe('token expired');
    console.log(`[hostileSync] forged tokens:\n  ${results.join('\n  ')}`);
    expect(await ts.server.storage.consortia.get('forged')).toBeUndefined();
    expect(dbSnapshot(ts.dataDir)).toEqual(before);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('a token for consortium A on /sync/B/dossier → 4403; neither A nor a membership in B is created', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const before = dbSnapshot(ts.dataDir);
    for (const role of ['coordinator', 'editor', 'viewer'] as const) {
      const s = raw(ROOM, { token: await ts.token({ userId: 'outsider', consortiumId: 'other', partnerId: 'po', role }) });
      expect(await closeCode(s)).toBe(CloseCode.forbidden);
      expect(s.messages).toEqual([]);
    }
    expect(await ts.server.storage.consortia.get('other')).toBeUndefined();
    expect(await ts.server.storage.members.get('c1', 'outsider')).toBeUndefined();
    expect(dbSnapshot(ts.dataDir)).toEqual(before);
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('a cookie-authenticated socket from another Origin → 4403; from our own Origin it is admitted', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const cookie = `jointly_session=${encodeURIComponent(await mallory())}`;
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1.evil.example:${ts.server.port}`,
      'null',
      `https://127.0.0.1:${ts.server.port}x`,
    ]) {
      const s = raw(ROOM, { headers: { cookie }, origin });
      expect(await closeCode(s), origin).toBe(CloseCode.forbidden);
      expect(s.closeInfo?.reason).toBe('cross-origin');
      expect(s.messages).toEqual([]);
    }
    const own = raw(ROOM, { headers: { cookie }, origin: `http://127.0.0.1:${ts.server.port}` });
    await admitted(own);
    // A token in the URL is not ambient authority: a foreign page cannot know it, so Origin does not matter.
    const byToken = raw(ROOM, { token: await mallory(), origin: 'http://evil.example' });
    await admitted(byToken);
    own.terminate();
    byToken.terminate();
    await honest.afterAttack();
    await honest.verifyStored();
  });
});

describe('read-only roles', () => {
  serverPerTest();

  for (const role of ['viewer', 'commenter'] as const) {
    it(`a ${role}'s writes to the dossier are refused: permission denied, nothing stored or relayed`, async () => {
      honest = await HonestRoom.start(ts, ROOM);
      const before = dbSnapshot(ts.dataDir).docs[ROOM];
      const s = raw(ROOM, { token: await mallory(role) });
      await admitted(s);
      s.send(encodeSyncUpdate(updateInto('FORGED ', 777)));
      s.send(encodeSyncStep2(updateInto('FORGED2 ', 778)));
      s.send(encodeSyncUpdate(evilUpdate()));
      await waitFor(() => s.permissionDenied().length === 3, { message: 'no permission-denied answers' });
      expect(s.permissionDenied()[0]).toMatch(/read-only/);
      expect(s.isOpen).toBe(true); // refused, not disconnected: it may keep reading
      // An empty step 2 (what a read-only provider answers on connect) is not an error and gets no
      // answer; the awareness reply to the query after it shows it was handled.
      const awarenessReplies = () => s.types().filter((t) => t === 1).length;
      const seen = awarenessReplies();
      s.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
      s.send(new Uint8Array([3]));
      await waitFor(() => awarenessReplies() > seen);
      expect(s.permissionDenied()).toHaveLength(3);

      // A stock provider with that role: edits locally, the server refuses them.
      const stock = connectHonest(ts.wsUrl, ROOM, await mallory(role));
      extra.push(stock);
      await synced(stock);
      stock.append('STOCK ');
      await waitFor(() => stock.denied.length > 0, { message: 'stock provider got no permission denied' });

      const b = await honest.afterAttack();
      for (const doc of [honest.a.doc, b.doc]) {
        expect(doc.getText(HONEST).toString()).not.toMatch(/FORGED|STOCK/);
        expect(doc.getText('evil').toString()).toBe('');
      }
      expect(s.permissionDenied()).toHaveLength(3);
      // Every stored row since the attack came from A or B.
      expect(dbSnapshot(ts.dataDir).docs[ROOM]).toBe(before! + 2);
      stock.destroy();
      const stored = await honest.verifyStored();
      const clients = Y.decodeStateVector(Y.encodeStateVector(stored));
      for (const id of [777, 778, 4242, stock.doc.clientID]) expect(clients.has(id)).toBe(false);
    });
  }

  it("a reader's answer to sync step 1 on a document where text was deleted is no write: not refused; a deletion of its own is", async () => {
    honest = await HonestRoom.start(ts, ROOM);
    honest.a.append('to be struck');
    honest.a.doc.getText(HONEST).delete(0, 3);
    const server = () => ts.server.registry.get(ROOM)!.doc;
    await waitFor(() => !server().getText(HONEST).toString().startsWith('A0;'), { message: 'the deletion did not reach the server' });
    // What a reader's page holds and answers with: nothing the server lacks, but its whole delete set.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server()));
    const answer = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server()));
    expect(Y.decodeUpdate(answer).ds.clients.size).toBeGreaterThan(0);

    const s = raw(ROOM, { token: await mallory('viewer') });
    await admitted(s);
    const awarenessReplies = () => s.types().filter((t) => t === 1).length;
    const seen = awarenessReplies();
    s.send(encodeSyncStep2(answer));
    s.send(new Uint8Array([3]));
    await waitFor(() => awarenessReplies() > seen);
    expect(s.permissionDenied()).toEqual([]);
    // A stock provider with that role connects and syncs the same way: no refusal either.
    const stock = connectHonest(ts.wsUrl, ROOM, await mallory('commenter'));
    extra.push(stock);
    await synced(stock);
    // A round trip on its own socket after its step 2: any refusal of that step would have come first.
    let replies = 0;
    const onAwareness = stock.provider.messageHandlers[1]!;
    stock.provider.messageHandlers[1] = (...args) => {
      replies++;
      onAwareness(...args);
    };
    stock.provider.ws!.send(new Uint8Array([3]));
    await waitFor(() => replies > 0, { message: 'the stock provider got no awareness reply' });
    expect(stock.denied).toEqual([]);

    // Deleting what the server still has is a change, and refused.
    copy.getText(HONEST).delete(0, 1);
    s.send(encodeSyncStep2(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server()))));
    await waitFor(() => s.permissionDenied().length === 1, { message: "a reader's deletion was not refused" });
    await honest.afterAttack();
    await honest.verifyStored();
  });

  it('nobody writes the discussion over sync (coordinator included); a commenter comments through REST, a viewer cannot', async () => {
    honest = await HonestRoom.start(ts, ROOM);
    const reader = connectHonest(ts.wsUrl, 'c1/discussion', await ts.token({ userId: 'reader' }));
    extra.push(reader);
    await synced(reader);
    const forged = new Y.Doc();
    forged.clientID = 5151;
    forged.getMap('threads').set('forged', { id: 'forged', chapter: 'x', text: 'written over sync' });
    for (const role of ['commenter', 'editor', 'coordinator', 'viewer'] as const) {
      const s = raw('c1/discussion', { token: await ts.token({ userId: `sync-${role}`, partnerId: 'pm', role }) });
      await admitted(s);
      s.send(encodeSyncUpdate(Y.encodeStateAsUpdate(forged)));
      await waitFor(() => s.permissionDenied().length === 1, { message: `${role}: no permission denied` });
      s.terminate();
    }
    const post = (token: string) =>
      fetch(`${ts.server.url}/api/consortia/c1/threads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ chapter: CHAPTER_KEYS[0], anchor: { from: {}, to: {} }, text: 'a comment' }),
      });
    const ok = await post(await mallory('commenter'));
    expect(ok.status).toBe(201);
    const { threadId } = (await ok.json()) as { threadId: string };
    await waitFor(() => reader.doc.getMap('threads').has(threadId), { message: 'the comment did not reach discussion readers' });
    const refused = await post(await mallory('viewer'));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(reader.doc.getMap('threads').has('forged')).toBe(false);
    expect([...reader.doc.getMap('threads').keys()]).toEqual([threadId]);
    await honest.afterAttack();
    await honest.verifyStored();
    const discussion = await loadRoom(ts, 'c1/discussion', await ts.token({ userId: 'reader' }));
    expect([...discussion.getMap('threads').keys()]).toEqual([threadId]);
    expect(Y.decodeStateVector(Y.encodeStateVector(discussion)).has(5151)).toBe(false);
  });
});
