/**
 * Sign-in attempt limits as they work in production: per client address as a trusted proxy forwards
 * it (X-Forwarded-For), per account whatever the address, and, with REDIS_URL, one limit shared by
 * every instance (counted locally while Redis is away).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startOidcProvider, type TestOidcProvider } from '../utils/oidcProvider.ts';
import { CookieJar } from '../utils/cookieJar.ts';
import { startCluster, type Cluster } from '../utils/cluster.ts';
import { freshSchema, type PostgresSchema } from '../utils/postgres.ts';
import { requireRedis, startOwnRedis, uniquePrefix, type OwnRedis } from '../utils/redis.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

/** Asks for a sign-in link, as the sign-in page does, from `from` (through the proxy) or directly. */
async function askForLink(base: string, email: string, from?: string): Promise<number> {
  const res = await fetch(`${base}/api/signin/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ email }),
  });
  return res.status;
}

describe('sign-in attempt limits', () => {
  it('count per client address that a trusted proxy forwards, and ignore the header from anyone else', async () => {
    const behindProxy = await startTestServer({ trustProxy: ['127.0.0.1'], signInAttemptsPerHour: 2 });
    cleanup.push(() => behindProxy.stop());
    const base = behindProxy.server.url;
    expect(await askForLink(base, 'a1@uni-a.example', '203.0.113.7')).toBe(202);
    expect(await askForLink(base, 'a2@uni-a.example', '203.0.113.7')).toBe(202);
    expect(await askForLink(base, 'a3@uni-a.example', '203.0.113.7')).toBe(429);
    // Another person behind the same load balancer has a budget of their own.
    expect(await askForLink(base, 'b1@uni-b.example', '198.51.100.20')).toBe(202);
    // The address the proxy appended counts, not what the client wrote before it.
    expect(await askForLink(base, 'a4@uni-a.example', '10.9.9.9, 203.0.113.7')).toBe(429);

    // Without TRUST_PROXY the header is the client's own words: changing it does not buy more attempts.
    const direct = await startTestServer({ signInAttemptsPerHour: 2 });
    cleanup.push(() => direct.stop());
    expect(await askForLink(direct.server.url, 'c1@uni-c.example', '192.0.2.1')).toBe(202);
    expect(await askForLink(direct.server.url, 'c2@uni-c.example', '192.0.2.2')).toBe(202);
    expect(await askForLink(direct.server.url, 'c3@uni-c.example', '192.0.2.3')).toBe(429);
  });

  it('count sign-ins per account, whichever address they come from', async () => {
    const provider: TestOidcProvider = await startOidcProvider();
    cleanup.push(() => provider.stop());
    const ts: TestServer = await startTestServer({
      oidcIssuer: provider.issuer,
      oidcClientId: provider.clientId,
      oidcClientSecret: provider.clientSecret,
      trustProxy: true,
      signInAttemptsPerHour: 2,
    });
    cleanup.push(() => ts.stop());
    provider.allowRedirect(`${ts.server.url}/api/signin/oidc/callback`);
    const base = ts.server.url;
    /** The whole single-sign-on round trip of one browser at `from`: where the callback sends it. */
    const signIn = async (from: string) => {
      const jar = new CookieJar();
      const start = await jar.get_(`${base}/api/signin/oidc`, { 'x-forwarded-for': from });
      expect(start.status).toBe(303);
      const { location } = await jar.follow(start.headers.get('location')!, base);
      return (await jar.get_(location, { 'x-forwarded-for': from })).headers.get('location');
    };
    provider.signInAs({ sub: 'sso-busy', name: 'Busy Person', email: 'busy@uni-a.example', email_verified: true });
    expect(await signIn('203.0.113.1')).toBe('/');
    expect(await signIn('203.0.113.2')).toBe('/');
    // A third address, within its own budget, but the account has used up its sign-ins.
    expect(await signIn('203.0.113.3')).toBe('/signin?error=rate-limited');
    // Someone else's account is not held back by it.
    provider.signInAs({ sub: 'sso-calm', name: 'Calm Person', email: 'calm@uni-a.example', email_verified: true });
    expect(await signIn('203.0.113.4')).toBe('/');
  });

  it('with Redis, two instances share one limit; while Redis is away each counts on its own', async () => {
    const schema: PostgresSchema = await freshSchema();
    cleanup.push(() => schema.drop());
    const cluster: Cluster = await startCluster(2, {
      databaseUrl: schema.url,
      redisUrl: await requireRedis(),
      redisPrefix: uniquePrefix('limits'),
      signInAttemptsPerHour: 3,
    });
    cleanup.push(() => cluster.stop());
    const [a, b] = cluster.instances;
    expect(await askForLink(a!.url, 'x1@uni-a.example')).toBe(202);
    expect(await askForLink(b!.url, 'x2@uni-a.example')).toBe(202);
    expect(await askForLink(a!.url, 'x3@uni-a.example')).toBe(202);
    // The fourth attempt from this address is refused on either instance.
    expect(await askForLink(b!.url, 'x4@uni-a.example')).toBe(429);
    expect(await askForLink(a!.url, 'x5@uni-a.example')).toBe(429);

    // Redis goes away: the instance keeps limiting, counting its own attempts.
    const redis: OwnRedis = await startOwnRedis();
    cleanup.push(() => redis.kill());
    const alone = await startCluster(1, {
      databaseUrl: schema.url,
      redisUrl: redis.url,
      redisPrefix: uniquePrefix('limits-away'),
      signInAttemptsPerHour: 2,
    });
    cleanup.push(() => alone.stop());
    await redis.kill();
    const url = alone.instances[0]!.url;
    expect(await askForLink(url, 'y1@uni-a.example')).toBe(202);
    expect(await askForLink(url, 'y2@uni-a.example')).toBe(202);
    expect(await askForLink(url, 'y3@uni-a.example')).toBe(429);
  });
});
