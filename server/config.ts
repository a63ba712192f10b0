import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './http/forwarded.ts';

const MiB = 1024 * 1024;

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  PUBLIC_URL: z.string().url().optional(),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(4 * MiB),
  MAX_BUFFERED_BYTES: z.coerce.number().int().min(64 * 1024).default(16 * MiB),
  MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(100),
  MAX_CONNECTIONS_PER_ROOM: z.coerce.number().int().min(1).default(200),
  MAX_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(200),
  MAX_JSON_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
  ROOM_UNLOAD_MS: z.coerce.number().int().min(0).default(10_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(2).default(500),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(1024).default(4 * MiB),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  // PostgreSQL storage instead of SQLite (server/storage/open.ts).
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://').optional(),
  // Fan-out between instances (server/fanout/); the prefix keeps deployments sharing a Redis apart.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional(),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_:.-]{0,64}$/, 'REDIS_PREFIX: up to 64 letters, digits, _ : . -').default('jointly:'),
  TRUST_PROXY: z.string().optional().superRefine((value, ctx) => {
    try {
      parseTrustProxy(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: z.enum(['0', '1']).default('1'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  authSecret?: string;
  publicUrl?: string;
  maxMessageBytes: number;
  maxBufferedBytes: number;
  maxConnectionsPerIp: number;
  maxConnectionsPerRoom: number;
  maxMessagesPerSecond: number;
  maxJsonBytes: number;
  roomUnloadMs: number;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  sqliteSynchronous: 'normal' | 'full';
  /** When set, documents and records live in this PostgreSQL database instead of SQLite. */
  databaseUrl?: string;
  /** When set, instances sharing this Redis relay updates, awareness and membership changes to each other. */
  redisUrl?: string;
  redisPrefix: string;
  /** Whether X-Forwarded-For/-Proto are believed, and from whom (server/http/forwarded.ts). */
  trustProxy: TrustProxy;
  logLevel: string;
  demo: boolean;
}

/** Reads the environment (see the configuration table in README.md); a bad value stops the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    authSecret: e.AUTH_SECRET,
    publicUrl: e.PUBLIC_URL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
    maxConnectionsPerRoom: e.MAX_CONNECTIONS_PER_ROOM,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    maxJsonBytes: e.MAX_JSON_BYTES,
    roomUnloadMs: e.ROOM_UNLOAD_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO === '1',
  };
}

export function testConfig(overrides: Partial<Config> & { dataDir: string }): Config {
  return { ...configFromEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO: '0' }), ...overrides };
}
