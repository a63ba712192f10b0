import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { childToken, killAllServers, spawnServer, type ChildServer } from '../utils/childServer.ts';
import { connectClient, connectClientWith, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { watchSaved, writesSent, WriteCountingWebSocket } from '../utils/acks.ts';
import { createRandom, type Random } from '../utils/random.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';
import { CloseCode } from '../../shared/closeCodes.ts';

/**
 * The durability promise: zero acknowledged edits lost across kill -9 of the server at a random moment.
 * The real server runs as a child process. Five stock providers type distinct tokens at random places
 * while an observer watches; at a random moment the server gets SIGKILL. Every token that reached a
 * client other than its author (so it went through the server), and every token the server
 * acknowledged with `saved`, must be in the document a fresh client gets from the restarted server.
 * Reproduce a run with CRASH_SEED=<seed> (the seed is printed).
 */
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1_000_000));
const WRITERS = 5;
const ROOM = 'c1/dossier';
const TOKEN_SHAPE = /^r\d+\.\d+:\d+;$/;

const clients: SyncClient[] = [];
const dirs: { remove(): void }[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await killAllServers();
});
afterAll(() => {
  for (const d of dirs.splice(0)) d.remove();
});

interface Writer {
  client: SyncClient;
  /** Tokens this writer authored start with this. */
  prefix: string;
  written: { token: string; write: number }[];
  saved: number[];
  next: number;
  timer?: NodeJS.Timeout;
}

const tokensIn = (doc: Y.Doc) =>
  doc
    .getText('t')
    .toString()
    .split(';')
    .filter(Boolean)
    .map((t) => `${t};`);

async function openClients(server: ChildServer, round: number): Promise<{ observer: SyncClient; writers: Writer[] }> {
  const observer = connectClient(server.wsUrl, ROOM, await childToken({ userId: 'observer', role: 'viewer' }));
  clients.push(observer);
  const writers: Writer[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const client = connectClientWith(server.wsUrl, ROOM, await childToken({ userId: `writer${i}`, partnerId: `p${i}` }), {
      params: { acks: '1' },
      WebSocketClass: WriteCountingWebSocket,
    });
    clients.push(client);
    const writer: Writer = { client, prefix: `r${round}.${i}:`, written: [], saved: [], next: 0 };
    writer.saved = watchSaved(client.provider);
    writers.push(writer);
  }
  await Promise.all([observer, ...writers.map((w) => w.client)].map((c) => waitSynced(c, 20_000)));
  return { observer, writers };
}

/** Each writer inserts its next token at a random token boundary, every 5-30 ms; `burst` makes each type a few at once. */
function startTyping(writers: Writer[], random: Random): { stop: () => void; burst: () => void } {
  let stopped = false;
  const insert = (w: Writer) => {
    const text = w.client.doc.getText('t');
    const current = text.toString();
    const boundaries = [0];
    for (let i = 0; i < current.length; i++) if (current[i] === ';') boundaries.push(i + 1);
    const token = `${w.prefix}${w.next++};`;
    const before = writesSent(w.client.provider);
    text.insert(random.pick(boundaries), token);
    const after = writesSent(w.client.provider);
    // 0: not sent, e.g. typed while the socket was already closing.
    w.written.push({ token, write: after > before ? after : 0 });
  };
  const type = (w: Writer) => {
    if (stopped) return;
    insert(w);
    w.timer = setTimeout(() => type(w), random.int(5, 30));
  };
  for (const w of writers) w.timer = setTimeout(() => type(w), random.int(0, 20));
  return {
    stop: () => {
      stopped = true;
      for (const w of writers) clearTimeout(w.timer);
    },
    burst: () => {
      for (let i = 0; i < 3; i++) for (const w of writers) insert(w);
    },
  };
}

/**
 * What must survive: tokens a client holds that another client wrote (they came from the server, which
 * relays only what it stored) and tokens the server acknowledged to their author. Call this once
 * every client has lost its connection, so that nothing more can arrive.
 */
function mustSurvive(observer: SyncClient, writers: Writer[]): { received: Set<string>; acked: Set<string> } {
  const received = new Set<string>();
  for (const token of tokensIn(observer.doc)) received.add(token);
  for (const w of writers) for (const token of tokensIn(w.client.doc)) if (!token.startsWith(w.prefix)) received.add(token);
  const acked = new Set<string>();
  for (const w of writers) {
    const saved = Math.max(0, ...w.saved);
    for (const { token, write } of w.written) if (write > 0 && write <= saved) acked.add(token);
  }
  return { received, acked };
}

async function freshClient(server: ChildServer): Promise<SyncClient> {
  const fresh = connectClient(server.wsUrl, ROOM, await childToken({ userId: 'checker' }));
  clients.push(fresh);
  await waitSynced(fresh, 20_000);
  return fresh;
}

function expectAllPresent(doc: Y.Doc, required: Set<string>, context: string): void {
  const present = tokensIn(doc);
  const malformed = present.filter((t) => !TOKEN_SHAPE.test(t));
  expect(malformed, `${context}: malformed tokens`).toEqual([]);
  expect(present.length, `${context}: duplicated tokens`).toBe(new Set(present).size);
  const have = new Set(present);
  const missing = [...required].filter((t) => !have.has(t));
  expect(missing, `${context}: ${missing.length} of ${required.size} tokens lost`).toEqual([]);
}

describe('durability of the real server process', () => {
  it('loses no relayed or acknowledged edit across kill -9 at 3 random moments', { timeout: 180_000 }, async () => {
    console.log(`[crash] seed ${SEED} (reproduce with CRASH_SEED=${SEED})`);
    const random = createRandom(SEED);
    const dir = tempDir('crash');
    dirs.push(dir);
    let server = await spawnServer(dir.path);
    const required = new Set<string>();
    const timings: number[] = [];

    for (let round = 1; round <= 3; round++) {
      const context = `seed ${SEED}, round ${round}`;
      const { observer, writers } = await openClients(server, round);
      const { stop, burst } = startTyping(writers, random);
      const killAfter = random.int(150, 1500);
      await new Promise((r) => setTimeout(r, killAfter)); // the random moment of the crash
      burst(); // so that the kill lands while the server has edits to handle
      process.kill(server.pid, 'SIGKILL');
      stop();
      expect(await server.exited, context).toEqual({ code: null, signal: 'SIGKILL' });

      // Wait until every socket is gone: after that nothing more can arrive from the dead server.
      const all = [observer, ...writers.map((w) => w.client)];
      await waitFor(() => all.every((c) => !c.provider.wsconnected), { message: `${context}: clients still connected` });
      const { received, acked } = mustSurvive(observer, writers);
      const typed = writers.reduce((n, w) => n + w.written.length, 0);
      expect(received.size, `${context}: the observer saw nothing before the kill`).toBeGreaterThan(0);
      for (const token of [...received, ...acked]) required.add(token);
      // The old clients go before the new server starts: they could otherwise reconnect (the port may be
      // reused) and upload what the dead server never stored, hiding a loss.
      for (const c of clients.splice(0)) c.destroy();

      const started = performance.now();
      server = await spawnServer(dir.path);
      const listening = performance.now();
      const fresh = await freshClient(server);
      const synced = performance.now();
      timings.push(synced - started);
      console.log(
        `[crash] ${context}: killed after ${killAfter} ms; typed ${typed} tokens, ${received.size} relayed and ${acked.size} acknowledged ` +
          `(${required.size} must survive so far); restart: listening after ${Math.round(listening - started)} ms, ` +
          `fresh client synced after ${Math.round(synced - started)} ms`,
      );
      expectAllPresent(fresh.doc, required, context);
    }
    console.log(`[crash] restart times (spawn → listening → fresh client synced): ${timings.map((t) => `${Math.round(t)} ms`).join(', ')}`);
  });

  it('exits 0 on SIGTERM, closing clients with 1001, and keeps everything across the restart', { timeout: 60_000 }, async () => {
    const random = createRandom(SEED + 1);
    const dir = tempDir('sigterm');
    dirs.push(dir);
    const server = await spawnServer(dir.path);
    const { observer, writers } = await openClients(server, 1);
    const { stop } = startTyping(writers, random);
    await new Promise((r) => setTimeout(r, random.int(200, 800)));
    process.kill(server.pid, 'SIGTERM');
    const exit = await server.exited;
    stop();
    expect(exit, `exit status; output:\n${server.output()}`).toEqual({ code: 0, signal: null });

    const all = [observer, ...writers.map((w) => w.client)];
    await waitFor(() => all.every((c) => !c.provider.wsconnected));
    for (const c of all) expect(c.closes[0]?.code).toBe(CloseCode.goingAway);
    const { received, acked } = mustSurvive(observer, writers);
    expect(received.size).toBeGreaterThan(0);
    const required = new Set([...received, ...acked]);
    for (const c of clients.splice(0)) c.destroy();

    const restarted = await spawnServer(dir.path);
    const fresh = await freshClient(restarted);
    expectAllPresent(fresh.doc, required, `SIGTERM, seed ${SEED + 1}`);
    // A clean stop wrote the log down: the restarted server loaded it without trouble.
    expect(restarted.output()).not.toMatch(/"level":(50|60)/);
  });
});
