import type { ServerResponse } from 'node:http';
import type { Metrics } from '../metrics.ts';

/** How long /readyz waits for storage or Redis to answer before it calls them unreachable. */
const CHECK_TIMEOUT_MS = 2_000;

export interface HealthDeps {
  /** Resolves when storage answers a trivial query. */
  pingStorage(): Promise<void>;
  /** With REDIS_URL: resolves when Redis answers a PING. */
  pingRedis?: (timeoutMs: number) => Promise<void>;
  metrics: Metrics;
}

async function check(run: () => Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer in time')), CHECK_TIMEOUT_MS))),
    ]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The load balancer's and the monitoring's endpoints: GET /healthz (the process answers), /readyz
 * (storage and, with REDIS_URL, Redis answer: 503 otherwise, so the balancer sends new clients
 * elsewhere) and /metrics (Prometheus text). Returns false for any other path.
 */
export async function serveHealth(pathname: string, res: ServerResponse, deps: HealthDeps): Promise<boolean> {
  if (pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('ok');
    return true;
  }
  if (pathname === '/readyz') {
    const [storage, redis] = await Promise.all([
      check(() => deps.pingStorage()),
      deps.pingRedis ? check(() => deps.pingRedis!(CHECK_TIMEOUT_MS)) : Promise.resolve(undefined),
    ]);
    const ready = storage === 'ok' && (redis === undefined || redis === 'ok');
    const body = { ready, storage, ...(redis === undefined ? {} : { redis }) };
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    return true;
  }
  if (pathname === '/metrics') {
    const text = await deps.metrics.text();
    res.writeHead(200, { 'content-type': deps.metrics.contentType, 'cache-control': 'no-store' }).end(text);
    return true;
  }
  return false;
}
