/**
 * kill -9 of one of three instances (real processes on one PostgreSQL schema and Redis) while five
 * clients spread over them type. Whatever any instance acknowledged or relayed before the kill is in
 * storage at that moment; the clients of the dead instance then reconnect to the others (each
 * client rotates through the instance URLs, as behind a load balancer), everybody converges, and
 * nothing anyone typed is missing. Reproduce a run with CRASH_SEED=<seed> (the seed is printed).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPostgresStorage } from '../../server/storage/postgres/storage.ts';
import { childToken, killAllServers, spawnServer, type ChildServer } from '../utils/childServer.ts';
import { watchSaved, writesSent } from '../utils/acks.ts';
import { freshSchema, type PostgresSchema } from '../utils/postgres.ts';
import { createRandom } from '../utils/random.ts';
import { requireRedis, uniquePrefix } from '../utils/redis.ts';
import { rotatingWebSocket } from '../utils/rotatingSocket.ts';
import { connectClient, connectClientWith, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';
import { socketOf, tokensIn, type Writer } from '../utils/tokenWriters.ts';

const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1_000_000));
const ROOM = 'c1/dossier';
const clients: SyncClient[] = [];
const dirs: { remove(): void }[] = [];
let schema: PostgresSchema | undefined;
let redisUrl: string;

beforeAll(async () => {
  redisUrl = await requireRedis();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await killAllServers();
  await schema?.drop();
  schema = undefined;
});
afterAll(() => {
  for (const d of dirs.splice(0)) d.remove();
});

async function storedTokens(schemaUrl: string): Promise<Set<string>> {
  const storage = await createPostgresStorage({ connectionString: schemaUrl, maxConnections: 1 });
  try {
    const doc = new Y.Doc();
    for (const update of (await storage.documents.load(ROOM)).updates) Y.applyUpdate(doc, update);
    return new Set(tokensIn(doc));
  } finally {
    await storage.close();
  }
}

describe('kill -9 of one of three instances', () => {
  it('loses nothing acknowledged or relayed, and its clients carry on on the other instances', { timeout: 120_000 }, async () => {
    console.log(`[scale-out crash] seed ${SEED} (reproduce with CRASH_SEED=${SEED})`);
    const random = createRandom(SEED);
    schema = await freshSchema();
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl, REDIS_PREFIX: uniquePrefix('crash') };
    const servers: ChildServer[] = [];
    for (let i = 0; i < 3; i++) {
      const dir = tempDir(`scaleout-crash${i}`);
      dirs.push(dir);
      servers.push(await spawnServer(dir.path, env));
    }
    const victim = servers[1]!;
    let alive = servers;
    const httpBases = () => alive.map((s) => `http://127.0.0.1:${s.port}`);

    const writers: Writer[] = [];
    for (let i = 0; i < 5; i++) {
      // Writers 1 and 4 start on the victim; rotation then takes them through the others.
      const first = servers[i % 3]!;
      const RotatingSocket = rotatingWebSocket(() => (alive === servers ? [`http://127.0.0.1:${first.port}`] : httpBases()));
      const client = connectClientWith(first.wsUrl, ROOM, await childToken({ userId: `w${i}`, partnerId: `p${i}` }), {
        params: { acks: '1' },
        WebSocketClass: RotatingSocket,
        maxBackoffTime: 300,
      });
      clients.push(client);
      const writer: Writer = { client, prefix: `w${i}:`, written: [], saved: new Map() };
      watchSaved(client.provider, (count) => writer.saved.set(socketOf(client), Math.max(count, writer.saved.get(socketOf(client)) ?? 0)));
      writers.push(writer);
    }
    await Promise.all(writers.map((w) => waitSynced(w.client, 20_000)));

    let next = 0;
    let typing = true;
    const timers = new Set<NodeJS.Timeout>();
    const type = (w: Writer) => {
      if (!typing) return;
      const text = w.client.doc.getText('t');
      const boundaries = [0, ...[...text.toString()].flatMap((ch, i) => (ch === ';' ? [i + 1] : []))];
      const token = `${w.prefix}${next++};`;
      const before = writesSent(w.client.provider);
      text.insert(random.pick(boundaries), token);
      const after = writesSent(w.client.provider);
      w.written.push({ token, socket: socketOf(w.client), write: after > before ? after : 0 });
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          type(w);
        },
        random.int(5, 30),
      );
      timers.add(timer);
    };
    for (const w of writers) type(w);

    await waitFor(() => writers.every((w) => w.saved.size > 0), { message: 'no acknowledgements before the kill' });
    // The random moment of the crash: after a random number of tokens.
    const killAt = random.int(40, 200);
    const typedSoFar = () => writers.reduce((n, w) => n + w.written.length, 0);
    await waitFor(() => typedSoFar() >= killAt, { timeout: 20_000 });
    // The victim's clients hold off reconnecting until storage was checked, so that their resends cannot hide a loss.
    const victims = writers.filter((w) => w.client.provider.url.includes(`:${victim.port}/`));
    for (const w of victims) w.client.provider.once('connection-close', () => (w.client.provider.shouldConnect = false));
    process.kill(victim.pid, 'SIGKILL');
    expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
    alive = servers.slice(1);
    await waitFor(() => victims.every((w) => !w.client.provider.wsconnected));

    // What must be durable now: every token acknowledged to its author and every token another client received.
    const required = new Set<string>();
    for (const w of writers) {
      for (const { token, socket, write } of w.written) if (write > 0 && write <= (w.saved.get(socket) ?? 0)) required.add(token);
      for (const token of tokensIn(w.client.doc)) if (!token.startsWith(w.prefix)) required.add(token);
    }
    const stored = await storedTokens(schema.url);
    const missing = [...required].filter((t) => !stored.has(t));
    expect(
      missing,
      `seed ${SEED}: ${missing.length} of ${required.size} acknowledged or relayed tokens not in storage after the kill`,
    ).toEqual([]);

    // The victim's clients come back through the other instances and keep typing.
    for (const w of victims) w.client.provider.connect();
    await waitFor(() => writers.every((w) => w.client.provider.synced && w.client.provider.wsconnected), {
      timeout: 20_000,
      message: 'clients did not reconnect',
    });
    // More typing, now on two instances: ten more tokens from each writer.
    const counts = writers.map((w) => w.written.length);
    await waitFor(() => writers.every((w, i) => w.written.length >= counts[i]! + 10), { timeout: 20_000 });
    typing = false;
    for (const timer of timers) clearTimeout(timer);

    const everything = new Set(writers.flatMap((w) => w.written.map((x) => x.token)));
    await waitFor(() => writers.every((w) => tokensIn(w.client.doc).length === everything.size), {
      timeout: 20_000,
      message: `seed ${SEED}: the clients did not converge on all ${everything.size} tokens`,
    });
    const fresh = connectClient(servers[2]!.wsUrl, ROOM, await childToken({ userId: 'checker' }));
    clients.push(fresh);
    await waitSynced(fresh, 20_000);
    await waitFor(() => tokensIn(fresh.doc).length === everything.size, { message: `seed ${SEED}: a fresh client lacks tokens` });
    expect(new Set(tokensIn(fresh.doc))).toEqual(everything);
    console.log(
      `[scale-out crash] seed ${SEED}: ${everything.size} tokens typed, ${required.size} acknowledged or relayed before the kill, all stored; ${victims.length} clients moved`,
    );
  });
});
