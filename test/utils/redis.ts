import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { waitFor } from './waitFor.ts';

/** The Redis the tests use; TEST_REDIS_URL overrides it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Channel prefix of one test run: parallel test files (and other runs on the same Redis) never hear each other. */
export function uniquePrefix(label: string): string {
  return `jointly-test:${label}:${randomBytes(6).toString('hex')}:`;
}

async function ping(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

/** Never a silent skip: these tests are about Redis, so without it they fail, in CI and locally. */
export async function requireRedis(url = TEST_REDIS_URL): Promise<string> {
  try {
    await ping(url);
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${url} (${(error as Error).message}). ` +
        'Start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no), or point TEST_REDIS_URL at one.',
      { cause: error },
    );
  }
  return url;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  readonly url: string;
  /** SIGKILL, as a crash would: the instances see their connections drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: it keeps nothing, as the shared one is run). */
  start(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, so that a test can stop and restart Redis
 * without touching the shared one that other test files use.
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let proc: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    output = '';
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.once('error', (error) => (output += `\nspawn failed: ${error.message} (is redis-server installed?)`));
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc = child;
    await waitFor(() => ping(url).then(() => true), { timeout: 10_000, message: `redis-server on port ${port} did not start:\n${output}` });
  };
  const kill = async () => {
    const child = proc;
    proc = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await gone;
  };
  process.once('exit', () => proc?.kill('SIGKILL'));
  await start();
  return { url, kill, start };
}
