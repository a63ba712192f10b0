/**
 * What a load balancer and a monitoring system see: /healthz, /readyz (503 when storage or Redis
 * does not answer), /metrics in Prometheus format, and TRUST_PROXY (forwarded client addresses for
 * the per-address limit, forwarded https for Secure cookies), off by default.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CloseCode } from '../../shared/closeCodes.ts';
import { parseTrustProxy } from '../../server/http/forwarded.ts';
import { configFromEnv } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { requireRedis, uniquePrefix } from '../utils/redis.ts';
import { waitFor } from '../utils/waitFor.ts';

let ts: TestServer | undefined;
const clients: SyncClient[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of sockets.splice(0)) s.terminate();
  await ts?.stop();
  ts = undefined;
});

/** Opens a raw sync socket with the given headers; resolves 'open' or the close code it got first. */
async function openSocket(headers: Record<string, string>): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${ts!.wsUrl}/c1/dossier?token=${await ts!.token()}`, { headers });
  sockets.push(ws);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed };
}

/** Whether the server keeps a socket: it is either refused at once (4429) or answers our sync step 1. */
async function admitted(headers: Record<string, string>): Promise<boolean> {
  const { ws, closed } = await openSocket(headers);
  const answered = new Promise<boolean>((resolve) => ws.once('message', () => resolve(true)));
  return Promise.race([
    answered,
    closed.then((code) => (code === CloseCode.tooMany ? false : Promise.reject(new Error(`closed with ${code}`)))),
  ]);
}

/** The value of an unlabelled metric. */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.split(' ')[0] === name);
  if (!line) throw new Error(`no metric ${name} in:\n${text.slice(0, 2000)}`);
  return Number(line.split(' ').at(-1));
}

describe('health, readiness and metrics', () => {
  it('/healthz answers, /readyz checks storage (503 once it is gone), /metrics counts what happened', async () => {
    ts = await startTestServer({ maxConnectionsPerIp: 3 });
    const health = await fetch(`${ts.server.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    const ready = await fetch(`${ts.server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, storage: 'ok' }]);

    const a = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'a' }));
    const b = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'b' }));
    clients.push(a, b);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    for (let i = 0; i < 5; i++) a.doc.getText('t').insert(0, `x${i}`);
    await waitFor(() => b.doc.getText('t').length === 10);
    // Two more sockets from this address: the fourth is over the limit of 3.
    expect(await admitted({})).toBe(true);
    expect(await admitted({})).toBe(false);

    const res = await fetch(`${ts.server.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(metric(text, 'jointly_connections')).toBe(3);
    expect(metric(text, 'jointly_rooms')).toBe(1);
    expect(text).toMatch(/^jointly_updates_received_total\{source="client"\} (\d+)$/m);
    expect(Number(/^jointly_updates_received_total\{source="client"\} (\d+)$/m.exec(text)![1])).toBeGreaterThanOrEqual(5);
    expect(metric(text, 'jointly_updates_sent_total')).toBeGreaterThanOrEqual(5); // to b
    expect(Number(/^jointly_append_seconds_count (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/^jointly_relay_seconds_count (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(metric(text, 'jointly_stored_bytes_total')).toBeGreaterThan(0);
    expect(text).toMatch(/^jointly_rate_limit_closes_total\{limit="address"\} 1$/m);
    expect(text).toMatch(/^jointly_process_resident_memory_bytes \d+/m);

    // Storage gone: not ready (the load balancer sends new clients elsewhere), still alive.
    await ts.server.storage.close();
    const notReady = await fetch(`${ts.server.url}/readyz`);
    const body = (await notReady.json()) as { ready: boolean; storage: string };
    expect(notReady.status).toBe(503);
    expect(body.ready).toBe(false);
    expect(body.storage).not.toBe('ok');
    expect((await fetch(`${ts.server.url}/healthz`)).status).toBe(200);
  });

  it('with REDIS_URL, /readyz checks Redis too and /metrics says it is linked', async () => {
    ts = await startTestServer({ redisUrl: await requireRedis(), redisPrefix: uniquePrefix('ops') });
    const ready = await fetch(`${ts.server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, storage: 'ok', redis: 'ok' }]);
    expect(metric(await (await fetch(`${ts.server.url}/metrics`)).text(), 'jointly_redis_linked')).toBe(1);
  });
});

describe('TRUST_PROXY', () => {
  it('parses off, on and lists of addresses and ranges, and refuses anything else', () => {
    expect(configFromEnv({}).trustProxy).toBe(false);
    expect(parseTrustProxy('1')).toBe(true);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(() => configFromEnv({ TRUST_PROXY: 'lb.internal' })).toThrow(/TRUST_PROXY: "lb.internal" is not an IP address/);
    expect(() => configFromEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/bad prefix length/);
  });

  it('off: X-Forwarded-For and X-Forwarded-Proto are ignored', async () => {
    ts = await startTestServer({ maxConnectionsPerIp: 1 });
    expect(await admitted({ 'x-forwarded-for': '203.0.113.1' })).toBe(true);
    expect(await admitted({ 'x-forwarded-for': '203.0.113.2' })).toBe(false); // both are 127.0.0.1
    const signIn = await fetch(`${ts.server.url}/auth?token=${await ts.token()}`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(signIn.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('on: the limit counts forwarded client addresses, and cookies are Secure when the proxy saw https', async () => {
    ts = await startTestServer({ maxConnectionsPerIp: 1, trustProxy: true });
    expect(await admitted({ 'x-forwarded-for': '203.0.113.1' })).toBe(true);
    expect(await admitted({ 'x-forwarded-for': '203.0.113.2' })).toBe(true);
    // The client may write anything left of what our proxy appended: the last hop counts.
    expect(await admitted({ 'x-forwarded-for': '198.51.100.7, 203.0.113.1' })).toBe(false);
    const https = await fetch(`${ts.server.url}/auth?token=${await ts.token()}`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    const http = await fetch(`${ts.server.url}/auth?token=${await ts.token()}`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(http.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('a list: only the proxies listed are believed, and trusted hops are skipped', async () => {
    ts = await startTestServer({ maxConnectionsPerIp: 1, trustProxy: ['127.0.0.1', '10.0.0.0/8'] });
    expect(await admitted({ 'x-forwarded-for': '203.0.113.1, 10.1.2.3' })).toBe(true); // client behind two proxies
    expect(await admitted({ 'x-forwarded-for': '203.0.113.1' })).toBe(false);
    expect(await admitted({ 'x-forwarded-for': '203.0.113.9' })).toBe(true);
  });

  it('a list without the peer: the headers of an untrusted peer are ignored', async () => {
    ts = await startTestServer({ maxConnectionsPerIp: 1, trustProxy: ['10.0.0.0/8'] });
    expect(await admitted({ 'x-forwarded-for': '203.0.113.1' })).toBe(true);
    expect(await admitted({ 'x-forwarded-for': '203.0.113.2' })).toBe(false);
  });
});
