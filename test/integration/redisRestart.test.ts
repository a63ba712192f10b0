/**
 * Redis going away mid-session, with a redis-server of this test's own (the shared one is never
 * touched): instances keep serving their own clients and report not ready (/readyz 503); when Redis
 * is back each reloads its documents from storage and tells the others to, so every client ends up
 * with everything typed anywhere, and nothing is lost.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { startCluster, type Cluster } from '../utils/cluster.ts';
import { freshSchema, type PostgresSchema } from '../utils/postgres.ts';
import { startOwnRedis, uniquePrefix, type OwnRedis } from '../utils/redis.ts';
import { rest } from '../utils/review.ts';
import { connectClientWith, waitClosed, waitSynced, type SyncClient } from '../utils/syncClient.ts';
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

  it('a membership change made while Redis is down reaches the other instance when it is back', { timeout: 60_000 }, async () => {
    schema = await freshSchema();
    cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl: redis.url, redisPrefix: uniquePrefix('recheck') });
    const [a, b] = cluster.instances;
    const coordinator = await cluster.token({ userId: 'anna', name: 'Anna', partnerId: 'pa', role: 'coordinator' });
    const leaving = await cluster.token({ userId: 'mo', name: 'Mo', partnerId: 'pb', role: 'editor' });
    const demoted = await cluster.token({ userId: 'li', name: 'Li', partnerId: 'pb', role: 'editor' });
    const staying = await cluster.token({ userId: 'kim', name: 'Kim', partnerId: 'pb', role: 'editor' });
    for (const t of [coordinator, leaving, demoted, staying]) expect((await rest(a!.url, 'GET', '/api/me', t)).status).toBe(200);
    const open = (token: string) => {
      const c = connectClientWith(b!.wsUrl, 'c1/dossier', token, { maxBackoffTime: 300 });
      clients.push(c);
      return c;
    };
    const [moOnB, liOnB, kimOnB] = [open(leaving), open(demoted), open(staying)];
    await Promise.all([moOnB, liOnB, kimOnB].map((c) => waitSynced(c)));

    await redis.kill();
    await waitFor(async () => (await readyz(a!.url)).status === 503 && (await readyz(b!.url)).status === 503);
    expect((await rest(a!.url, 'DELETE', '/api/consortia/c1/members/mo', coordinator)).status).toBe(200);
    expect((await rest(a!.url, 'PATCH', '/api/consortia/c1/members/li', coordinator, { role: 'commenter' })).status).toBe(200);
    // B cannot hear it now: its sockets stay open until Redis is back (a round trip through A proves the change is stored).
    const roundTrip = await rest(a!.url, 'GET', '/api/consortia/c1/members', coordinator);
    expect(JSON.stringify(roundTrip.body)).not.toContain('"mo"');
    expect([moOnB, liOnB, kimOnB].every((c) => c.closes.length === 0)).toBe(true);

    await redis.start();
    const [moClosed, liClosed] = await Promise.all([waitClosed(moOnB, 15_000), waitClosed(liOnB, 15_000)]);
    expect(moClosed.code).toBe(CloseCode.forbidden);
    expect(liClosed.code).toBe(CloseCode.membershipChanged);
    // Kim's membership did not change: her socket stays.
    expect(kimOnB.closes).toEqual([]);
    expect(kimOnB.provider.wsconnected).toBe(true);
  });
});
