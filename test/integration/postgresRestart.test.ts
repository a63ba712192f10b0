/**
 * PostgreSQL stopped and started mid-session, with a PostgreSQL cluster of this test's own (the
 * shared one is never touched): two real instances (child processes) on it and on Redis, four
 * writers typing with acks. While the database is down the instances stay up, report not ready
 * (/readyz 503), close the writers' sockets with 1013 and relay nothing they could not store; when
 * it is back the clients reconnect and resend what was not acknowledged, nothing acknowledged or
 * relayed is missing, and everybody converges.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/closeCodes.ts';
import { createPostgresStorage } from '../../server/storage/postgres/storage.ts';
import { childToken, killAllServers, spawnServer, type ChildServer } from '../utils/childServer.ts';
import { watchSaved, writesSent } from '../utils/acks.ts';
import { startPrivatePostgres, type PrivatePostgres } from '../utils/privatePostgres.ts';
import { requireRedis, uniquePrefix } from '../utils/redis.ts';
import { rotatingWebSocket } from '../utils/rotatingSocket.ts';
import { connectClient, connectClientWith, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';
import { socketOf, tokensIn, type Writer } from '../utils/tokenWriters.ts';

const ROOM = 'c1/dossier';
let pg: PrivatePostgres;
let redisUrl: string;
const clients: SyncClient[] = [];
const dirs: { remove(): void }[] = [];

beforeAll(async () => {
  redisUrl = await requireRedis();
  pg = await startPrivatePostgres();
}, 60_000);
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await killAllServers();
});
afterAll(async () => {
  await pg?.destroy();
  for (const d of dirs.splice(0)) d.remove();
});

async function storedTokens(): Promise<Set<string>> {
  const storage = await createPostgresStorage({ connectionString: pg.url, maxConnections: 1 });
  try {
    const doc = new Y.Doc();
    for (const update of (await storage.documents.load(ROOM)).updates) Y.applyUpdate(doc, update);
    return new Set(tokensIn(doc));
  } finally {
    await storage.close();
  }
}

async function readyz(server: ChildServer): Promise<{ status: number; body: { ready: boolean; storage: string; redis?: string } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/readyz`);
  return { status: res.status, body: (await res.json()) as { ready: boolean; storage: string; redis?: string } };
}

describe('PostgreSQL stopped and started mid-session', () => {
  it(
    'closes with 1013 and relays nothing unstored while it is down; clients resend and converge when it is back',
    { timeout: 120_000 },
    async () => {
      const env = { DATABASE_URL: pg.url, REDIS_URL: redisUrl, REDIS_PREFIX: uniquePrefix('pg-restart') };
      const servers: ChildServer[] = [];
      for (let i = 0; i < 2; i++) {
        const dir = tempDir(`pg-restart${i}`);
        dirs.push(dir);
        servers.push(await spawnServer(dir.path, env));
      }

      const writers: Writer[] = [];
      for (let i = 0; i < 4; i++) {
        const server = servers[i % 2]!;
        const Socket = rotatingWebSocket(() => [`http://127.0.0.1:${server.port}`]);
        const client = connectClientWith(server.wsUrl, ROOM, await childToken({ userId: `w${i}`, partnerId: `p${i}` }), {
          params: { acks: '1' },
          WebSocketClass: Socket,
          maxBackoffTime: 300,
        });
        clients.push(client);
        const writer: Writer = { client, prefix: `w${i}:`, written: [], saved: new Map() };
        watchSaved(client.provider, (count) =>
          writer.saved.set(socketOf(client), Math.max(count, writer.saved.get(socketOf(client)) ?? 0)),
        );
        writers.push(writer);
      }
      await Promise.all(writers.map((w) => waitSynced(w.client, 20_000)));

      let next = 0;
      let typing = true;
      const timers = new Set<NodeJS.Timeout>();
      const type = (w: Writer) => {
        if (!typing) return;
        const token = `${w.prefix}${next++};`;
        const before = writesSent(w.client.provider);
        w.client.doc.getText('t').insert(0, token);
        const after = writesSent(w.client.provider);
        w.written.push({ token, socket: socketOf(w.client), write: after > before ? after : 0 });
        const timer = setTimeout(() => {
          timers.delete(timer);
          type(w);
        }, 20);
        timers.add(timer);
      };
      for (const w of writers) type(w);
      await waitFor(() => writers.every((w) => w.saved.size > 0 && w.written.length >= 10), {
        message: 'no acknowledgements before the stop',
      });

      await pg.stop();
      // Every writer's socket is closed with 1013 (its room's append failed, or the reopened socket could not read its membership).
      await waitFor(() => writers.every((w) => w.client.closes.some((c) => c.code === CloseCode.tryAgainLater)), {
        timeout: 20_000,
        message: 'not every socket was closed with 1013',
      });
      for (const server of servers) {
        const { status, body } = await readyz(server);
        expect(status).toBe(503);
        expect(body.storage).not.toBe('ok');
        expect(body.redis).toBe('ok');
      }
      // Typing goes on while the database is down; nothing of it can be stored, so nothing of it may reach another client.
      const counts = writers.map((w) => w.written.length);
      await waitFor(() => writers.every((w, i) => w.written.length >= counts[i]! + 10));
      for (const server of servers) expect(server.proc.exitCode, server.output()).toBeNull();
      for (const w of writers) w.client.provider.disconnect(); // held off until storage was checked: their resends could hide a loss
      typing = false;
      for (const timer of timers) clearTimeout(timer);

      // Required: every token acknowledged to its author and every token another client received.
      const required = new Set<string>();
      for (const w of writers) {
        for (const { token, socket, write } of w.written) if (write > 0 && write <= (w.saved.get(socket) ?? 0)) required.add(token);
        for (const token of tokensIn(w.client.doc)) if (!token.startsWith(w.prefix)) required.add(token);
      }
      expect(required.size).toBeGreaterThan(0);
      await pg.start();
      const stored = await storedTokens();
      const missing = [...required].filter((t) => !stored.has(t));
      expect(missing, `${missing.length} of ${required.size} acknowledged or relayed tokens not stored`).toEqual([]);
      const typedDuringOutage = writers.flatMap((w, i) => w.written.slice(counts[i]!).map((x) => x.token));
      expect(typedDuringOutage.length).toBeGreaterThanOrEqual(40);
      expect(typedDuringOutage.filter((t) => stored.has(t))).toEqual([]);

      for (const server of servers) await waitFor(async () => (await readyz(server)).status === 200, { message: 'readyz did not recover' });
      for (const w of writers) w.client.provider.connect();
      const everything = new Set(writers.flatMap((w) => w.written.map((x) => x.token)));
      await waitFor(() => writers.every((w) => tokensIn(w.client.doc).length === everything.size), {
        timeout: 30_000,
        message: `no convergence on all ${everything.size} tokens after the restart`,
      });
      const fresh = connectClient(servers[1]!.wsUrl, ROOM, await childToken({ userId: 'checker' }));
      clients.push(fresh);
      await waitSynced(fresh, 20_000);
      await waitFor(() => tokensIn(fresh.doc).length === everything.size, { message: 'a fresh client lacks tokens' });
      expect(new Set(tokensIn(fresh.doc))).toEqual(everything);
      expect(await storedTokens()).toEqual(everything);
      for (const server of servers) expect(server.proc.exitCode, server.output()).toBeNull();
      if (process.env.SHOW_SERVER_OUTPUT) for (const server of servers) console.log(server.output());
    },
  );
});
