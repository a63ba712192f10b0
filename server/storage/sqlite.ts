import Database from 'better-sqlite3';
import type { Storage } from './types.ts';
import { CONSORTIA_SCHEMA, sqliteConsortia } from './sqlite/consortia.ts';
import { DOCUMENTS_SCHEMA, sqliteDocuments } from './sqlite/documents.ts';
import { PEOPLE_SCHEMA, sqliteActivity, sqliteInvites, sqliteMembers } from './sqlite/people.ts';
import { ACCOUNTS_SCHEMA, sqliteAccounts, sqliteSessions, sqliteSignInLinks } from './sqlite/accounts.ts';
import { SIGN_IN_METHODS_SCHEMA, sqliteChallenges, sqliteOidcSubjects, sqlitePasskeys } from './sqlite/signInMethods.ts';
import { startCheckpointer } from './sqlite/checkpointer.ts';
import { VERSIONS_SCHEMA, sqliteVersions } from './sqlite/versions.ts';
import { NOTIFICATIONS_SCHEMA, sqliteNotifications } from './sqlite/notifications.ts';
import { EXECUTIONS_SCHEMA, sqliteExecutions } from './sqlite/executions.ts';
import { createLogger, type Logger } from '../logger.ts';

export interface SqliteOptions {
  file: string;
  /** 'normal' survives a process crash (kill -9); 'full' also survives power loss, at an fsync per write. */
  synchronous?: 'normal' | 'full';
  /** How often the worker checkpoints the WAL (tests shorten it). */
  checkpointIntervalMs?: number;
  /** Where checkpoint failures are reported (the server's logger). */
  log?: Logger;
}

/** The embedded default: one SQLite file in WAL mode holding documents, consortia and people. */
export function createSqliteStorage(options: SqliteOptions): Storage {
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.exec(
    DOCUMENTS_SCHEMA +
      CONSORTIA_SCHEMA +
      PEOPLE_SCHEMA +
      ACCOUNTS_SCHEMA +
      VERSIONS_SCHEMA +
      NOTIFICATIONS_SCHEMA +
      SIGN_IN_METHODS_SCHEMA +
      EXECUTIONS_SCHEMA,
  );
  // Checkpoints happen in a worker (see checkpointer.ts); the main connection only steps in, as a
  // safety net, if the WAL ever grows past ~80 MB.
  db.pragma('wal_autocheckpoint = 20000');
  // Under load the WAL is reset (rewritten from its start) after each complete checkpoint; this cuts
  // it back to 4 MiB at each reset instead of keeping its largest size for good.
  db.pragma('journal_size_limit = 4194304');
  const checkpointer = startCheckpointer(options.file, options.checkpointIntervalMs ?? 2_000, (message) =>
    (options.log ?? createLogger('info')).error(`sqlite checkpoint: ${message}`),
  );
  const documents = sqliteDocuments(db);
  return {
    documents,
    versions: sqliteVersions(db),
    consortia: sqliteConsortia(db, documents.insertInitial),
    members: sqliteMembers(db),
    invites: sqliteInvites(db),
    activity: sqliteActivity(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    accounts: sqliteAccounts(db),
    sessions: sqliteSessions(db),
    signInLinks: sqliteSignInLinks(db),
    notifications: sqliteNotifications(db),
    executions: sqliteExecutions(db),
    oidcSubjects: sqliteOidcSubjects(db),
    passkeys: sqlitePasskeys(db),
    challenges: sqliteChallenges(db),
    async close() {
      if (!db.open) return;
      await checkpointer.stop();
      documents.flush();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
