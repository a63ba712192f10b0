import pg from 'pg';
import { createLogger } from '../../logger.ts';
import type { Storage } from '../types.ts';
import { postgresConsortia } from './consortia.ts';
import { postgresDocuments } from './documents.ts';
import { postgresChallenges, postgresOidcSubjects, postgresPasskeys } from './signInMethods.ts';
import { postgresAccounts, postgresSessions, postgresSignInLinks } from './accounts.ts';
import { migrate } from './migrations.ts';
import { postgresNotifications } from './notifications.ts';
import { postgresVersions } from './versions.ts';
import { postgresExecutions } from './executions.ts';
import { postgresActivity, postgresInvites, postgresMembers } from './people.ts';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database; a `?options=-c search_path=…` query picks the schema. */
  connectionString: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /** Errors of idle pooled connections (e.g. the server restarted); the pool replaces them. */
  onError?: (error: Error) => void;
}

/** Connection strings in messages: never show a password. */
export function redactUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** PostgreSQL storage for several instances sharing one database; the schema is migrated before it resolves. */
export async function createPostgresStorage(options: PostgresOptions): Promise<Storage> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    application_name: 'jointly',
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', options.onError ?? ((error) => createLogger('info').error({ err: error }, 'postgres connection error')));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${redactUrl(options.connectionString)}: ${reason}`, { cause: error });
  }
  const documents = postgresDocuments(pool);
  let closing: Promise<void> | undefined;
  return {
    documents,
    versions: postgresVersions(pool),
    consortia: postgresConsortia(pool, documents),
    members: postgresMembers(pool),
    invites: postgresInvites(pool),
    activity: postgresActivity(pool),
    async ping() {
      await pool.query('SELECT 1');
    },
    accounts: postgresAccounts(pool),
    sessions: postgresSessions(pool),
    signInLinks: postgresSignInLinks(pool),
    notifications: postgresNotifications(pool),
    executions: postgresExecutions(pool),
    oidcSubjects: postgresOidcSubjects(pool),
    passkeys: postgresPasskeys(pool),
    challenges: postgresChallenges(pool),
    close() {
      closing ??= (async () => {
        await documents.drain();
        await pool.end();
      })();
      return closing;
    },
  };
}
