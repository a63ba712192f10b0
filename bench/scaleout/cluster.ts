import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { BenchConfig } from '../config.ts';
import type { Child } from '../procs.ts';
import { startTarget, type Target } from '../targets.ts';

/**
 * Jointly as several instances for the scale-out scenarios: each instance its own child process
 * (`scripts/start.mjs`, as `npm start`), all on one fresh PostgreSQL schema and one Redis channel
 * prefix, so a run never touches anyone else's data or hears anyone else's messages.
 */

export interface BenchSchema {
  url: string;
  drop(): Promise<void>;
}

async function admin(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${databaseUrl} (${(error as Error).message}); set BENCH_DATABASE_URL`, {
      cause: error,
    });
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new schema `jointly_bench_<random>`; `url` carries it as the only search_path entry, as DATABASE_URL would. */
export async function benchSchema(databaseUrl: string): Promise<BenchSchema> {
  const name = `jointly_bench_${randomBytes(6).toString('hex')}`;
  await admin(databaseUrl, `CREATE SCHEMA ${name}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { url: url.toString(), drop: () => admin(databaseUrl, `DROP SCHEMA IF EXISTS ${name} CASCADE`) };
}

export type Setup = 'sqlite' | 'postgres' | 'postgres+redis';

/**
 * `count` instances of our server, started one after the other (the first applies the migrations),
 * as one target: client `user` of any room goes to instance `user % count`, so each room's clients
 * are spread over every instance, and CPU is summed over all of them.
 */
export async function startInstances(config: BenchConfig, count: number, setup: Setup): Promise<Target & { stop(): Promise<void> }> {
  const schema = setup === 'sqlite' ? undefined : await benchSchema(config.databaseUrl);
  const env: Record<string, string> = {};
  if (schema) env.DATABASE_URL = schema.url;
  if (setup === 'postgres+redis') {
    env.REDIS_URL = config.redisUrl;
    env.REDIS_PREFIX = `jointly-bench:${randomBytes(6).toString('hex')}:`;
  }
  const targets: Target[] = [];
  const stop = async () => {
    await Promise.allSettled(targets.map((t) => t.child.stop()));
    await schema?.drop();
  };
  try {
    for (let i = 0; i < count; i++) targets.push(await startTarget('ours', { env }));
  } catch (error) {
    await stop();
    throw error;
  }
  const children: Child[] = targets.map((t) => t.child);
  return {
    kind: 'ours',
    child: children[0]!,
    children,
    yjs: true,
    url: (room, user, options) => targets[user % count]!.url(room, user, options),
    stop,
  };
}
