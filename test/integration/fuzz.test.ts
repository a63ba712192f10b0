/**
 * Protocol fuzzing against the real server. For a bounded time an attacker holding a valid editor
 * token sends random and mutated y-protocol messages on several sockets (reconnecting after every
 * close), next to two honest stock providers that keep typing. Afterwards the server must be alive,
 * the honest clients must converge, and after a restart the stored document must load and equal
 * what the honest clients hold.
 *
 * The seed is printed; reproduce a run with FUZZ_SEED=<seed> (and FUZZ_MS=<duration>):
 *   FUZZ_SEED=123 npx vitest run --project integration test/integration/fuzz.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { decodeMessage } from '../../shared/protocol/decode.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectHonest, HONEST, synced, type Honest } from '../utils/hostile.ts';
import { openRaw, type RawSocket } from '../utils/hostileSocket.ts';
import { createRandom, type Random } from '../utils/random.ts';
import { waitFor } from '../utils/waitFor.ts';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const DURATION_MS = Number(process.env.FUZZ_MS ?? 8_000);
const ROOM = 'c1/dossier';
const ATTACK_SOCKETS = 4;
/** Honest clients use fixed ids far from anything the attacker writes with (see docs/SECURITY.md on client ids). */
const HONEST_IDS = [2_000_000_001, 2_000_000_002];
const CORPUS_ID = 77;

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');

let ts: TestServer;
const problems: string[] = [];
const onRejection = (reason: unknown) => problems.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
const onException = (error: unknown) => problems.push(`uncaught exception: ${error instanceof Error ? error.stack : String(error)}`);

beforeAll(async () => {
  console.log(`[fuzz] seed=${SEED} duration=${DURATION_MS}ms (pin with FUZZ_SEED=${SEED})`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  ts = await startTestServer({ maxMessageBytes: 64 * 1024, maxMessagesPerSecond: 200, maxConnectionsPerIp: 100, roomUnloadMs: 50 });
  // Anything the server logs as an error (room.fail, "unexpected error", compaction failure) is a finding.
  for (const level of ['error', 'fatal'] as const) {
    const original = ts.server.log[level].bind(ts.server.log);
    ts.server.log[level] = ((...args: unknown[]) => {
      problems.push(
        `server logged ${level}: ${JSON.stringify(args, (_k, v) => (v instanceof Error ? `${v.name}: ${v.message}\n${v.stack}` : v)).slice(0, 2000)}`,
      );
      return (original as (...a: unknown[]) => void)(...args);
    }) as typeof ts.server.log.error;
  }
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
  await ts?.stop();
});

/** Records every frame a real stock provider sends: the mutation corpus. */
function capturingWebSocket(frames: Uint8Array[]): typeof WebSocket {
  return class extends WebSocket {
    override send(data: unknown, ...rest: unknown[]): void {
      if (data instanceof Uint8Array || data instanceof ArrayBuffer) frames.push(new Uint8Array(data as ArrayBuffer).slice());
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  } as typeof WebSocket;
}

function randomBytes(r: Random, max: number): Uint8Array {
  return new Uint8Array(r.int(0, max)).map(() => (r.chance(0.3) ? r.pick([0, 1, 2, 0x7f, 0x80, 0xff]) : r.int(0, 255)));
}

function randomVarUint(r: Random): number {
  return r.pick([0, 1, 2, 3, 100, 127, 128, 255, 2 ** 14, 2 ** 21, 2 ** 28, 2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, r.int(0, 2 ** 30)]);
}

function mutate(r: Random, source: Uint8Array): Uint8Array {
  const bytes = [...source];
  for (let n = r.int(1, 4); n > 0; n--) {
    const at = r.int(0, Math.max(0, bytes.length - 1));
    switch (r.int(0, 7)) {
      case 0:
        if (bytes.length) bytes[at] = bytes[at]! ^ (1 << r.int(0, 7));
        break; // bit flip
      case 1:
        bytes.splice(at, 0, ...randomBytes(r, 4));
        break; // insert
      case 2:
        bytes.splice(at, r.int(1, 8));
        break; // delete
      case 3:
        bytes.length = r.int(0, bytes.length);
        break; // truncate
      case 4:
        if (bytes.length) bytes[at] = r.pick([0, 0x7f, 0x80, 0xff]);
        break; // boundary byte
      case 5: {
        // replace a byte by a (possibly long) varuint
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, randomVarUint(r));
        bytes.splice(at, 1, ...encoding.toUint8Array(e));
        break;
      }
      case 6:
        bytes.splice(at, 0, ...bytes.slice(r.int(0, bytes.length), r.int(0, bytes.length)));
        break; // duplicate a slice
      default:
        if (bytes.length > 1) {
          const b = r.int(0, bytes.length - 1);
          [bytes[at], bytes[b]] = [bytes[b]!, bytes[at]!];
        } // swap
    }
  }
  return new Uint8Array(bytes);
}

const JUNK_STATES = [
  '{',
  '}',
  'null',
  '1',
  '"x"',
  '[]',
  'true',
  '{"user":',
  '{"user":null}',
  '{"user":[1,2,3]}',
  '{"user":{"name":{"$gt":""}}}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"cursor":{"anchor":"\\ud800"}}',
  '{"user":{"color":"#zzzzzz","name":"<img src=x onerror=alert(1)>"}}',
  '1e999',
  '-0',
  '{"a":' + '['.repeat(2000) + ']'.repeat(2000) + '}',
  '\u0000',
  '{"user":{"name":"' + 'x'.repeat(5000) + '"}}',
];

function junkAwareness(r: Random): Uint8Array {
  const e = encoding.createEncoder();
  const count = r.chance(0.1) ? randomVarUint(r) : r.int(0, 3);
  encoding.writeVarUint(e, count);
  for (let i = 0; i < Math.min(count, 3); i++) {
    encoding.writeVarUint(e, r.chance(0.5) ? r.int(0, 1000) : randomVarUint(r)); // client id (never the honest ids)
    encoding.writeVarUint(e, r.chance(0.2) ? randomVarUint(r) : r.int(0, 50)); // clock
    encoding.writeVarString(e, r.chance(0.8) ? r.pick(JUNK_STATES) : new TextDecoder().decode(randomBytes(r, 40)));
  }
  return encodeAwareness(r.chance(0.8) ? encoding.toUint8Array(e) : mutate(r, encoding.toUint8Array(e)));
}

/** A well-formed update of random operations from a throwaway client, into the attacker's own types. */
function randomUpdate(r: Random): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = r.int(1, 5000);
  const name = r.pick(['attacker', 'evil', '__proto__', 'constructor', 'content-x', '']);
  doc.transact(() => {
    for (let n = r.int(1, 4); n > 0; n--) {
      const roll = r.int(0, 4);
      if (roll === 0) doc.getText(`${name}-t`).insert(0, r.word(1, 20));
      else if (roll === 1)
        doc
          .getMap(`${name}-m`)
          .set(r.word(), r.pick([r.word(), r.int(-1e9, 1e9), null, { nested: [1, { a: r.word() }] }, new Uint8Array([1, 2, 3])]));
      else if (roll === 2) doc.getArray(`${name}-a`).insert(0, [r.word(), r.int(0, 9)]);
      else if (roll === 3) {
        const el = new Y.XmlElement(r.pick(['paragraph', 'chapter', 'script', 'x']));
        el.setAttribute(r.pick(['key', 'onclick', 'href']), r.word());
        doc.getXmlFragment(`${name}-x`).insert(0, [el]);
      } else {
        const t = doc.getText(`${name}-t`);
        t.insert(0, 'abcdef');
        t.delete(1, 3);
        t.format(0, 2, { bold: true, link: 'javascript:alert(1)' });
      }
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Mutates an update until Yjs can still parse it, so the server applies it: the deep end of the fuzzer. */
function parseableMutation(r: Random, updates: Uint8Array[]): Uint8Array {
  const source = r.chance(0.6) && updates.length ? r.pick(updates) : randomUpdate(r);
  for (let attempt = 0; attempt < 10; attempt++) {
    const candidate = mutate(r, source);
    try {
      Y.decodeUpdate(candidate);
      return candidate;
    } catch {
      // try another mutation
    }
  }
  return source;
}

function nextMessage(r: Random, corpus: Uint8Array[], updates: Uint8Array[]): Uint8Array | string {
  const roll = r.int(0, 99);
  if (roll < 20) return mutate(r, r.pick(corpus)); // mutated real frames
  if (roll < 40) return r.pick([encodeSyncUpdate, encodeSyncStep2])(parseableMutation(r, updates));
  if (roll < 48) return r.pick(corpus); // replayed real frames
  if (roll < 54) {
    // random varuints
    const e = encoding.createEncoder();
    for (let n = r.int(1, 6); n > 0; n--) encoding.writeVarUint(e, randomVarUint(r));
    return encoding.toUint8Array(e);
  }
  if (roll < 62) {
    // sync message with a random step and a random or mutated payload
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, r.chance(0.8) ? r.int(0, 2) : randomVarUint(r));
    encoding.writeVarUint8Array(e, r.chance(0.5) ? randomBytes(r, 64) : mutate(r, randomUpdate(r)));
    return encoding.toUint8Array(e);
  }
  if (roll < 72) return junkAwareness(r);
  if (roll < 86) return r.pick([encodeSyncUpdate, encodeSyncStep2])(randomUpdate(r)); // valid writes: allowed for an editor
  if (roll < 90) return encodeSyncStep1(r.chance(0.5) ? new Uint8Array([0]) : mutate(r, new Uint8Array([1, CORPUS_ID, 5])));
  if (roll < 94) return randomBytes(r, 128);
  if (roll < 96) return r.pick([new Uint8Array([3]), new Uint8Array([2, 0]), new Uint8Array([2, 0, 3, 97, 98, 99])]);
  if (roll < 98) return r.word(0, 30); // text frames
  return new Uint8Array(0);
}

describe('protocol fuzzing', () => {
  it(`random and mutated y-protocol messages from an editor leave the server and the honest clients intact`, async () => {
    const r = createRandom(SEED);
    const token = (userId: string, role: 'editor' | 'viewer' = 'editor') => ts.token({ userId, name: userId, partnerId: 'p', role });

    // 1. A corpus of real frames, captured from a stock provider editing its own types.
    const corpus: Uint8Array[] = [];
    const corpusDoc = new Y.Doc();
    corpusDoc.clientID = CORPUS_ID;
    const { WebsocketProvider } = await import('y-websocket');
    const corpusProvider = new WebsocketProvider(ts.wsUrl, ROOM, corpusDoc, {
      params: { token: await token('corpus') },
      disableBc: true,
      WebSocketPolyfill: capturingWebSocket(corpus) as unknown as typeof globalThis.WebSocket,
    });
    corpusProvider.awareness.setLocalStateField('user', { name: 'corpus', color: '#123456' });
    await waitFor(() => corpusProvider.synced);
    for (let i = 0; i < 40; i++) {
      corpusDoc.getText('attacker').insert(r.int(0, corpusDoc.getText('attacker').length), r.word(1, 8));
      if (i % 3 === 0) corpusDoc.getMap('attacker-map').set(r.word(), { n: i, s: r.word() });
      if (i % 5 === 0) corpusDoc.getText('attacker').delete(0, 1);
      if (i % 7 === 0) corpusProvider.awareness.setLocalStateField('cursor', { anchor: i });
      await tick(2);
    }
    await waitFor(() => ts.server.registry.get(ROOM)!.doc.getText('attacker').toString() === corpusDoc.getText('attacker').toString());
    corpusProvider.destroy(); // its client id now belongs to the attacker alone
    expect(corpus.length).toBeGreaterThan(40);
    const updates = corpus.flatMap((frame) => {
      try {
        const m = decodeMessage(frame);
        return m.kind === 'sync-update' && m.update.length > 3 ? [m.update] : [];
      } catch {
        return [];
      }
    });
    expect(updates.length).toBeGreaterThan(20);

    // 2. Two honest people who keep typing; every token they type is unique.
    const honest: Honest[] = [];
    for (const [i, id] of HONEST_IDS.entries()) {
      honest.push(connectHonest(ts.wsUrl, ROOM, await token(`honest-${i}`), { clientID: id }));
    }
    await Promise.all(honest.map((h) => synced(h)));
    const typed: string[] = [];
    let stop = false;
    const typing = honest.map(async (h, i) => {
      const hr = createRandom(SEED + i + 1);
      for (let n = 0; !stop; n++) {
        const token = `<h${i}.${n}>`;
        typed.push(token);
        const text = h.doc.getText(HONEST);
        // Insert at a token boundary, so no token is split by another.
        const bounds = [0, ...[...text.toString().matchAll(/>/g)].map((m) => m.index! + 1)];
        text.insert(hr.pick(bounds), token);
        await tick(hr.int(10, 40));
      }
    });

    // 3. The attacker: several sockets, reconnecting after each close.
    const stats = { sent: 0, sockets: 0, closes: new Map<number, number>() };
    const rooms = [ROOM, ROOM, 'c1/discussion', ROOM];
    const attackToken = await token('mallory');
    const attackers = Array.from({ length: ATTACK_SOCKETS }, async (_, k) => {
      const ar = createRandom(SEED * 31 + k);
      while (!stop) {
        const s: RawSocket = openRaw(ts.wsUrl, rooms[k % rooms.length]!, { token: attackToken, params: k === 3 ? { acks: '1' } : {} });
        stats.sockets++;
        await s.opened.catch(() => undefined);
        const burst = ar.chance(0.1);
        while (s.isOpen && !stop) {
          s.send(nextMessage(ar, corpus, updates));
          stats.sent++;
          if (ar.chance(0.01)) s.terminate();
          if (!burst) await tick(ar.int(0, 12));
          else if (stats.sent % 50 === 0) await tick(0);
        }
        const closed = await Promise.race([s.closed, tick(2_000).then(() => undefined)]);
        if (!closed) s.terminate();
        const code = closed?.code ?? -1;
        stats.closes.set(code, (stats.closes.get(code) ?? 0) + 1);
      }
    });

    await tick(DURATION_MS);
    stop = true;
    await Promise.all([...typing, ...attackers]);
    const closes = Object.fromEntries([...stats.closes].sort((a, b) => b[1] - a[1]));
    console.log(
      `[fuzz] seed=${SEED}: ${stats.sent} attack messages on ${stats.sockets} sockets; server closes by code: ${JSON.stringify(closes)}; honest tokens typed: ${typed.length}`,
    );

    // 4. The server is alive and the honest clients were never cut off.
    expect((await fetch(`${ts.server.url}/healthz`)).status).toBe(200);
    for (const h of honest) expect(h.closes, `honest client closed (seed ${SEED})`).toEqual([]);

    // 5. They converge: same text, same state vector, and the server's document agrees.
    const room = ts.server.registry.get(ROOM)!;
    try {
      await waitFor(
        () =>
          honest[0]!.text() === honest[1]!.text() &&
          hex(Y.encodeStateVector(honest[0]!.doc)) === hex(Y.encodeStateVector(honest[1]!.doc)) &&
          hex(Y.encodeStateVector(room.doc)) === hex(Y.encodeStateVector(honest[0]!.doc)),
        { timeout: 15_000, message: `honest clients did not converge (seed ${SEED})` },
      );
    } catch (error) {
      // A one-off failure under load must say enough to be understood without reproducing it.
      const sv = (doc: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))]);
      const pending = (doc: Y.Doc) => JSON.stringify({ structs: !!doc.store.pendingStructs, ds: !!doc.store.pendingDs });
      console.error(
        `[fuzz] seed=${SEED} did not converge\n` +
          `server sv ${sv(room.doc)} pending ${pending(room.doc)}\n` +
          honest
            .map(
              (h, i) =>
                `honest ${i}: sv ${sv(h.doc)} pending ${pending(h.doc)} closes ${JSON.stringify(h.closes)} text ${h.text().length} chars`,
            )
            .join('\n') +
          `\nserver text ${room.doc.getText(HONEST).toString().length} chars\nproblems:\n${problems.join('\n')}`,
      );
      throw error;
    }
    const finalText = honest[0]!.text();
    const finalSv = hex(Y.encodeStateVector(honest[0]!.doc));
    for (const t of typed) expect(finalText, `lost ${t} (seed ${SEED})`).toContain(t);
    expect(finalText.length, `foreign text in the honest type (seed ${SEED})`).toBe(typed.join('').length);
    const finalContent = honest[0]!.doc.getXmlFragment('content').toString();
    expect(problems, `seed ${SEED}`).toEqual([]);

    // 6. After a restart the stored document loads and equals what the honest clients hold.
    for (const h of honest) h.destroy();
    await ts.restart();
    const fresh = connectHonest(ts.wsUrl, ROOM, await token('reader', 'viewer'));
    try {
      await synced(fresh, 15_000);
      expect(fresh.text(), `stored honest text differs (seed ${SEED})`).toBe(finalText);
      expect(hex(Y.encodeStateVector(fresh.doc)), `stored state vector differs (seed ${SEED})`).toBe(finalSv);
      // The dossier content too (the attacker is an editor: it may have changed it, but identically for everyone).
      expect(fresh.doc.getXmlFragment('content').toString()).toBe(finalContent);
    } finally {
      fresh.destroy();
    }
    expect(problems, `seed ${SEED}`).toEqual([]);
  });
});
