/**
 * Redis going away mid-session, with a redis-server of this test's own (the shared one is never
 * touched): instances keep serving their own clients and report not ready (/readyz 503); when Redis
 * is back each reloads its documents from storage and tells the others to, so every client ends up
 * with everything typed anywhere, and nothing is lost.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../utils/cluster.ts';
import { freshSchema, type PostgresSchema } from '../utils/postgres.ts';
import { startOwnRedis, uniquePrefix, type OwnRedis } from '../utils/redis.ts';
import { connectClientWith, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';

let redis: OwnRedis;
let cluster: Cluster | undefined;
let schema: PostgresSchema | undefined;
const clients: SyncClient[] = [];

beforeAll(async () => {
  redis = await startOwnRedis();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await cluster?.stop();
  cluster = undefined;
  await schema?.drop();
  schema = undefined;
});
afterAll(async () => {
  await redis?.kill();
});

const tokensIn = (c: SyncClient) => c.doc.getText('t').toString().split(';').filter(Boolean);
const readyz = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { ready: boolean; storage: string; redis?: string } };
};

describe('Redis restarted mid-session', () => {
  it(
    'instances serve their own clients meanwhile, report not ready, and converge with no loss afterwards',
    { timeout: 90_000 },
    async () => {
      schema = await freshSchema();
      cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl: redis.url, redisPrefix: uniquePrefix('restart') });
      const [a, b] = cluster.instances;
      const open = async (url: string, userId: string) => {
        const c = connectClientWith(url, 'c1/dossier', await cluster!.token({ userId }), { maxBackoffTime: 300 });
        clients.push(c);
        return c;
      };
      const writers = [await open(a!.wsUrl, 'a1'), await open(a!.wsUrl, 'a2'), await open(b!.wsUrl, 'b1'), await open(b!.wsUrl, 'b2')];
      await Promise.all(writers.map((w) => waitSynced(w)));
      for (const instance of [a!, b!]) expect((await readyz(instance.url)).body).toEqual({ ready: true, storage: 'ok', redis: 'ok' });

      let n = 0;
      const typeRound = () => writers.forEach((w, i) => w.doc.getText('t').insert(0, `w${i}.${n++};`));
      typeRound();
      await waitFor(() => writers.every((w) => tokensIn(w).length === 4), { message: 'no convergence before the outage' });

      await redis.kill();
      for (const instance of [a!, b!]) {
        await waitFor(async () => (await readyz(instance.url)).status === 503, { message: 'readyz stayed 200 without Redis' });
        const { body } = await readyz(instance.url);
        expect(body.ready).toBe(false);
        expect(body.storage).toBe('ok');
        expect(body.redis).not.toBe('ok');
      }
      // Typing goes on; each instance still relays among its own clients.
      for (let round = 0; round < 5; round++) typeRound();
      const a1 = writers[0]!.doc.getText('t').toString();
      await waitFor(() => writers[1]!.doc.getText('t').toString().includes(a1.split(';')[0]!), {
        message: 'instance A stopped relaying to its own clients',
      });
      await waitFor(() => tokensIn(writers[3]!).includes(tokensIn(writers[2]!)[0]!), {
        message: 'instance B stopped relaying to its own clients',
      });

      await redis.start();
      for (const instance of [a!, b!])
        await waitFor(async () => (await readyz(instance.url)).status === 200, { timeout: 15_000, message: 'readyz did not recover' });
      typeRound();
      const total = 4 * 7;
      await waitFor(() => writers.every((w) => tokensIn(w).length === total), {
        timeout: 15_000,
        message: `no convergence after Redis came back: ${writers.map((w) => tokensIn(w).length).join(', ')} of ${total}`,
      });
      const texts = new Set(writers.map((w) => w.doc.getText('t').toString()));
      expect(texts.size).toBe(1);

      // Storage holds it all: a fresh client on either instance reads every token.
      for (const instance of [a!, b!]) {
        const fresh = await open(instance.wsUrl, `fresh-${instance.server.port}`);
        await waitSynced(fresh);
        await waitFor(() => tokensIn(fresh).length === total);
      }
    },
  );
});
