import type { Pool } from 'pg';
import { inTransaction } from './transaction.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, as an append-only list: a released migration is never edited, a change is a new entry.
 * Records are jsonb (the same shapes as server/storage/types.ts); the columns beside them are the
 * keys the queries look things up by.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, consortia, members, invites, activity',
    sql: `
CREATE SEQUENCE doc_update_seq;
CREATE TABLE doc_updates (
  doc  text   NOT NULL,
  seq  bigint NOT NULL DEFAULT nextval('doc_update_seq'),
  data bytea  NOT NULL,
  PRIMARY KEY (doc, seq)
);
ALTER SEQUENCE doc_update_seq OWNED BY doc_updates.seq;
CREATE TABLE consortia (
  id         text  PRIMARY KEY,
  record     jsonb NOT NULL,
  created_at text  NOT NULL
);
CREATE TABLE members (
  consortium_id text    NOT NULL,
  user_id       text    NOT NULL,
  record        jsonb   NOT NULL,
  removed       boolean NOT NULL DEFAULT false,
  PRIMARY KEY (consortium_id, user_id)
);
CREATE INDEX members_user ON members (user_id);
CREATE TABLE invites (
  code_hash     text  PRIMARY KEY,
  consortium_id text  NOT NULL,
  id            text  NOT NULL,
  record        jsonb NOT NULL
);
CREATE INDEX invites_consortium ON invites (consortium_id, id);
CREATE TABLE activity (
  id            bigserial PRIMARY KEY,
  consortium_id text      NOT NULL,
  record        jsonb     NOT NULL
);
CREATE INDEX activity_consortium ON activity (consortium_id, id);
`,
  },
  {
    version: 2,
    name: 'accounts, sessions, sign-in links',
    sql: `
CREATE TABLE accounts (
  id     text  PRIMARY KEY,
  email  text  UNIQUE,
  record jsonb NOT NULL
);
CREATE TABLE sessions (
  id_hash    text    PRIMARY KEY,
  account_id text    NOT NULL,
  ended      boolean NOT NULL DEFAULT false,
  record     jsonb   NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id, ended);
CREATE TABLE sign_in_links (
  code_hash text  PRIMARY KEY,
  record    jsonb NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'versions (history)',
    sql: `
CREATE TABLE versions (
  seq           bigserial PRIMARY KEY,
  consortium_id text      NOT NULL,
  id            text      NOT NULL,
  record        jsonb     NOT NULL,
  UNIQUE (consortium_id, id)
);
CREATE INDEX versions_consortium ON versions (consortium_id, seq);
CREATE TABLE version_contents (
  consortium_id text  NOT NULL,
  hash          text  NOT NULL,
  data          bytea NOT NULL,
  PRIMARY KEY (consortium_id, hash)
);
`,
  },
  {
    version: 4,
    name: 'notification outbox',
    sql: `
CREATE TABLE notifications (
  seq    bigserial PRIMARY KEY,
  id     text      NOT NULL UNIQUE,
  sent   boolean   NOT NULL DEFAULT false,
  record jsonb     NOT NULL
);
CREATE INDEX notifications_pending ON notifications (sent, seq);
`,
  },
  {
    version: 5,
    name: 'single-sign-on subjects, passkeys, sign-in challenges',
    sql: `
CREATE TABLE oidc_subjects (
  issuer     text NOT NULL,
  subject    text NOT NULL,
  account_id text NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE TABLE passkeys (
  seq        bigserial,
  id         text  PRIMARY KEY,
  account_id text  NOT NULL,
  record     jsonb NOT NULL
);
CREATE INDEX passkeys_account ON passkeys (account_id);
CREATE TABLE sign_in_challenges (
  id_hash    text  PRIMARY KEY,
  expires_at text  NOT NULL,
  record     jsonb NOT NULL
);
`,
  },
  {
    version: 6,
    name: 'executed agreements and signed copies',
    sql: `
CREATE TABLE executions (
  consortium_id text    NOT NULL,
  number        integer NOT NULL,
  record        jsonb   NOT NULL,
  docx          bytea   NOT NULL,
  pdf           bytea   NOT NULL,
  PRIMARY KEY (consortium_id, number)
);
CREATE TABLE execution_signatures (
  consortium_id text    NOT NULL,
  number        integer NOT NULL,
  partner_id    text    NOT NULL,
  record        jsonb   NOT NULL,
  pdf           bytea   NOT NULL,
  PRIMARY KEY (consortium_id, number, partner_id)
);
`,
  },
  {
    version: 7,
    name: 'authors of edits not yet in a version',
    sql: `
CREATE TABLE version_pending_authors (
  seq           bigserial PRIMARY KEY,
  consortium_id text      NOT NULL,
  user_id       text      NOT NULL,
  record        jsonb     NOT NULL,
  UNIQUE (consortium_id, user_id)
);
`,
  },
];

/** Every table the migrations create, for the migration tool's emptiness check and --force. */
export const DATA_TABLES = [
  'doc_updates',
  'consortia',
  'members',
  'invites',
  'activity',
  'accounts',
  'sessions',
  'sign_in_links',
  'versions',
  'version_contents',
  'notifications',
  'oidc_subjects',
  'passkeys',
  'sign_in_challenges',
  'version_pending_authors',
  'executions',
  'execution_signatures',
] as const;

/**
 * Brings the schema (the first schema on the connection's search_path) up to date and returns the
 * versions it applied. Everything happens in one transaction under an advisory lock taken first,
 * so instances starting together queue up: the first applies the migrations, the others then find
 * nothing left to do. A failing migration rolls back completely and stops the start.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    // The lock is per schema, so separate installations in one database do not wait on each other.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('jointly schema_migrations ' || coalesce(current_schema(), '')))`);
    const {
      rows: [where],
    } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    if (!where?.schema)
      throw new Error('no schema to create tables in: the first schema on search_path does not exist (see options= in DATABASE_URL)');
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer     PRIMARY KEY,
      name       text        NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new Error(`PostgreSQL schema is at version ${newest}, newer than this build knows (${known}): run a newer Jointly`);
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
