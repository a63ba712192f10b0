import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy } from './http/forwarded.ts';

const MiB = 1024 * 1024;

interface Setting<S extends z.ZodType> {
  /** The environment variable. */
  env: string;
  /** Parses the variable's text; its `.default()` is the value when the variable is unset. */
  schema: S;
  /** One line for the README table. */
  meaning: string;
  /** The README's default column when the default is not a fixed value (worked out at start-up). */
  shownDefault?: string;
}

const setting = <S extends z.ZodType>(env: string, schema: S, meaning: string, shownDefault?: string): Setting<S> => ({
  env,
  schema,
  meaning,
  shownDefault,
});

/**
 * Every setting, declared once: `configFromEnv`, the `Config` type and the README's configuration
 * table (scripts/configTable.ts; a unit test keeps the README current) all come from here.
 */
export const SETTINGS = {
  port: setting(
    'PORT',
    z.coerce.number().int().min(0).max(65535).default(8080),
    'HTTP and WebSocket port (`0` picks a free one; the server prints `JOINTLY_LISTENING <port>`)',
  ),
  host: setting('HOST', z.string().default('0.0.0.0'), 'interface to listen on'),
  dataDir: setting(
    'DATA_DIR',
    z
      .string()
      .default('./data')
      .transform((dir) => resolve(dir)),
    'where the SQLite database (`jointly.db`) and the generated secret live',
  ),
  clientDir: setting(
    'CLIENT_DIR',
    z
      .string()
      .optional()
      .transform((dir) => (dir ? resolve(dir) : undefined)),
    'folder of the built client the server sends (another build, e.g. to compare two in a benchmark)',
    '`dist/` of this checkout',
  ),
  authSecret: setting(
    'AUTH_SECRET',
    z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    'HS256 secret for session tokens, at least 32 characters',
    'random, kept in `DATA_DIR/auth-secret`',
  ),
  publicUrl: setting(
    'PUBLIC_URL',
    z.url().optional(),
    'base of printed links; `https://…` makes cookies `Secure`',
    '`http://localhost:PORT`',
  ),
  maxMessageBytes: setting(
    'MAX_MESSAGE_BYTES',
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(4 * MiB),
    'largest sync message; larger ones close the socket with 1009',
  ),
  maxBufferedBytes: setting(
    'MAX_BUFFERED_BYTES',
    z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .default(16 * MiB),
    'outgoing bytes a slow reader may have queued before it is disconnected (4408)',
  ),
  maxConnectionsPerIp: setting(
    'MAX_CONNECTIONS_PER_IP',
    z.coerce.number().int().min(1).default(100),
    'open sync sockets per client address; more are closed with 4429',
  ),
  maxConnectionsPerRoom: setting(
    'MAX_CONNECTIONS_PER_ROOM',
    z.coerce.number().int().min(1).default(200),
    'open sync sockets per document; more are closed with 4429',
  ),
  maxMessagesPerSecond: setting(
    'MAX_MESSAGES_PER_SECOND',
    z.coerce.number().int().min(1).default(200),
    'per socket, with bursts of twice that; a flood closes that socket with 4429',
  ),
  maxJsonBytes: setting(
    'MAX_JSON_BYTES',
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(64 * 1024),
    'largest REST request body (413 beyond)',
  ),
  roomUnloadMs: setting(
    'ROOM_UNLOAD_MS',
    z.coerce.number().int().min(0).default(10_000),
    'how long a document stays in memory after its last client left',
  ),
  compactAfterUpdates: setting(
    'COMPACT_AFTER_UPDATES',
    z.coerce.number().int().min(2).default(500),
    "fold a document's update log into one snapshot after this many updates…",
  ),
  compactAfterBytes: setting(
    'COMPACT_AFTER_BYTES',
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(4 * MiB),
    '…or this many bytes',
  ),
  historyIdleMs: setting(
    'HISTORY_IDLE_MS',
    z.coerce.number().int().min(50).default(180_000),
    'an automatic version of the dossier is taken once nobody edited it for this long (see docs/ARCHITECTURE.md, "History")',
  ),
  sqliteSynchronous: setting(
    'SQLITE_SYNCHRONOUS',
    z.enum(['normal', 'full']).default('normal'),
    '`normal` survives a crash of the process (`kill -9`); `full` also survives power loss, at an fsync per write',
  ),
  databaseUrl: setting(
    'DATABASE_URL',
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
    'PostgreSQL connection string: documents and records live there instead of SQLite (docs/OPERATIONS.md)',
    'unset (SQLite)',
  ),
  redisUrl: setting(
    'REDIS_URL',
    z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
      .optional(),
    'links instances: updates, awareness, membership changes and resyncs travel through this Redis (docs/OPERATIONS.md)',
    'unset (one instance)',
  ),
  redisPrefix: setting(
    'REDIS_PREFIX',
    z
      .string()
      .regex(/^[A-Za-z0-9_:.-]{0,64}$/, 'REDIS_PREFIX: up to 64 letters, digits, _ : . -')
      .default('jointly:'),
    'prefix of every Redis channel, so deployments sharing one Redis stay apart',
  ),
  trustProxy: setting(
    'TRUST_PROXY',
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        try {
          return parseTrustProxy(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    '`true` (the immediate peer) or a list of proxy addresses/CIDR ranges whose `X-Forwarded-For`/`-Proto` are believed: per-address limits use the client address, cookies follow the forwarded protocol',
    'off',
  ),
  sessionIdleSeconds: setting(
    'SESSION_IDLE_SECONDS',
    z.coerce
      .number()
      .int()
      .min(60)
      .default(14 * 24 * 3600),
    'a sign-in session nobody used for this long ends (default 14 days)',
  ),
  sessionMaxSeconds: setting(
    'SESSION_MAX_SECONDS',
    z.coerce
      .number()
      .int()
      .min(60)
      .default(90 * 24 * 3600),
    'every sign-in session ends this long after its sign-in, used or not (default 90 days)',
  ),
  smtpUrl: setting(
    'SMTP_URL',
    z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
    'SMTP server for sign-in e-mails and notifications (`smtp://user:password@host:587`); unset: sign-in links are written to the log instead, and no notifications are sent',
    'unset (links in the log)',
  ),
  mailFrom: setting('MAIL_FROM', z.string().min(3).default('Jointly <jointly@localhost>'), 'sender of the e-mails Jointly sends'),
  signInLinkMinutes: setting(
    'SIGN_IN_LINK_MINUTES',
    z.coerce.number().positive().max(1440).default(15),
    'how long an e-mailed sign-in link works (once)',
  ),
  signInEmailsPerHour: setting(
    'SIGN_IN_EMAILS_PER_HOUR',
    z.coerce.number().int().min(1).default(5),
    'sign-in e-mails per e-mail address and hour; more are refused with 429',
  ),
  signInAttemptsPerHour: setting(
    'SIGN_IN_ATTEMPTS_PER_HOUR',
    z.coerce.number().int().min(1).default(30),
    'sign-in attempts (e-mail requests, link uses, single sign-on, passkeys) per client address and per account and hour, shared by all instances with REDIS_URL; more are refused with 429',
  ),
  notifyDigestHour: setting(
    'NOTIFY_DIGEST_HOUR',
    z.coerce.number().int().min(0).max(23).default(7),
    'hour of the day (UTC, 0–23) when daily notification digests and due-date reminders are sent',
  ),
  oidcIssuer: setting(
    'OIDC_ISSUER',
    z.url().optional(),
    'OpenID Connect provider for institutional single sign-on (its issuer URL, https); unset: no single sign-on. Register `PUBLIC_URL/api/signin/oidc/callback` as the redirect URI',
    'unset (off)',
  ),
  oidcClientId: setting(
    'OIDC_CLIENT_ID',
    z.string().min(1).optional(),
    'client id Jointly has at that provider (needed with `OIDC_ISSUER`)',
    'unset',
  ),
  oidcClientSecret: setting(
    'OIDC_CLIENT_SECRET',
    z.string().min(1).optional(),
    'client secret Jointly has at that provider (needed with `OIDC_ISSUER`)',
    'unset',
  ),
  oidcName: setting('OIDC_NAME', z.string().min(1).max(60).default('your institution'), 'the single-sign-on button reads "Sign in with …"'),
  logLevel: setting(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'pino log level (`silent` … `trace`)',
  ),
  demo: setting(
    'DEMO',
    z
      .enum(['0', '1'])
      .default('1')
      .transform((flag) => flag === '1'),
    'create the demo consortium on first start (`0` to skip)',
  ),
};

/** A setting has a value it cannot take: the message says which and why, no stack needed. */
export class ConfigError extends Error {}

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

/** Reads the environment (see the configuration table in README.md); a bad value stops the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, { env: name, schema }] of Object.entries(SETTINGS)) {
    const parsed = schema.safeParse(env[name]);
    if (parsed.success) config[key] = parsed.data;
    else problems.push(...parsed.error.issues.map((i) => `  ${name}: ${i.message}`));
  }
  if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET))
    problems.push('  OIDC_ISSUER: single sign-on also needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return config as Config;
}

/** The value a schema falls back to, looking through transforms (`.default(x).transform(f)` shows x). */
function declaredDefault(schema: z.ZodType): unknown {
  const def = schema.def as { type: string; in?: z.ZodType; defaultValue?: unknown };
  if (def.type === 'default') return def.defaultValue;
  if (def.type === 'pipe' && def.in) return declaredDefault(def.in);
  return undefined;
}

function shownDefault(s: Setting<z.ZodType>): string {
  if (s.shownDefault) return s.shownDefault;
  const value = declaredDefault(s.schema);
  const mib = typeof value === 'number' && value >= MiB && value % MiB === 0 ? ` (${value / MiB} MiB)` : '';
  return `\`${String(value)}\`${mib}`;
}

/** The README's configuration table, generated from SETTINGS. */
export function configTable(): string {
  const rows = Object.values(SETTINGS).map((s: Setting<z.ZodType>) => `| \`${s.env}\` | ${shownDefault(s)} | ${s.meaning} |`);
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
