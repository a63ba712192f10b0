import type { Pool, PoolClient } from 'pg';
import { DATA_TABLES } from '../migrations.ts';
import { inTransaction } from '../transaction.ts';
import type { SqliteSource } from './source.ts';

export interface CopyCounts {
  consortia: number;
  members: number;
  invites: number;
  activity: number;
  versions: number;
  pendingAuthors: number;
  accounts: number;
  sessions: number;
  signInLinks: number;
  oidcSubjects: number;
  passkeys: number;
  notifications: number;
  executions: number;
  signedCopies: number;
  documents: number;
  updates: number;
  bytes: number;
}

/** Rows in each Jointly table of the target; all zero means it is safe to copy into. */
export async function targetRowCounts(pool: Pool): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of DATA_TABLES) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/**
 * SQLite tables the copy leaves behind on purpose, and why. Every other table is copied and
 * verified (the migration test checks that this list and the copy together cover the schema).
 */
export const NOT_COPIED: Record<string, string> = {
  sign_in_challenges:
    'passkey challenges live for a few minutes; the service is stopped while it moves, so a passkey sign-in under way is simply tried again',
};

// Rows go out in multi-row INSERTs of at most this many rows / bytes: few round trips, bounded memory.
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

async function insertUpdates(client: PoolClient, key: string, rows: { seq: number; data: Uint8Array }[]): Promise<void> {
  for (let start = 0; start < rows.length;) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && end - start < BATCH_ROWS && (end === start || bytes + rows[end]!.data.byteLength <= BATCH_BYTES)) {
      bytes += rows[end]!.data.byteLength;
      end++;
    }
    const batch = rows.slice(start, end);
    await client.query('INSERT INTO doc_updates (doc, seq, data) SELECT $1, * FROM unnest($2::bigint[], $3::bytea[])', [
      key,
      batch.map((r) => r.seq),
      batch.map((r) => asBuffer(r.data)),
    ]);
    start = end;
  }
}

const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

async function insertRows(client: PoolClient, sql: string, columns: unknown[][]): Promise<void> {
  const length = columns[0]?.length ?? 0;
  for (let start = 0; start < length; start += BATCH_ROWS) {
    await client.query(
      sql,
      columns.map((c) => c.slice(start, start + BATCH_ROWS)),
    );
  }
}

/**
 * Copies everything in one transaction: the target ends up with all of it or, on any error, none
 * of it. Sequence numbers and activity ids are kept, and the target's sequences continue after
 * them. The tables are locked for the copy, so an instance started on the target too early waits.
 */
export async function copySqliteToPostgres(source: SqliteSource, pool: Pool, options: { replace: boolean }): Promise<CopyCounts> {
  return inTransaction(pool, async (client) => {
    await client.query(`LOCK TABLE ${DATA_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    if (options.replace) await client.query(`TRUNCATE ${DATA_TABLES.join(', ')}`);

    const consortia = source.consortia();
    await insertRows(client, 'INSERT INTO consortia (id, record, created_at) SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[])', [
      consortia.map((c) => c.id),
      consortia.map((c) => c.record),
      consortia.map((c) => c.createdAt),
    ]);
    const members = source.members();
    await insertRows(
      client,
      'INSERT INTO members (consortium_id, user_id, record, removed) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::boolean[])',
      [members.map((m) => m.consortiumId), members.map((m) => m.userId), members.map((m) => m.record), members.map((m) => m.removed)],
    );
    const invites = source.invites();
    await insertRows(
      client,
      'INSERT INTO invites (code_hash, consortium_id, id, record) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])',
      [invites.map((i) => i.codeHash), invites.map((i) => i.consortiumId), invites.map((i) => i.id), invites.map((i) => i.record)],
    );
    const activity = source.activity();
    await insertRows(
      client,
      'INSERT INTO activity (id, consortium_id, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::jsonb[])',
      [activity.map((a) => a.id), activity.map((a) => a.consortiumId), activity.map((a) => a.record)],
    );

    const versions = source.versions();
    await insertRows(
      client,
      'INSERT INTO versions (seq, consortium_id, id, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::jsonb[])',
      [versions.map((v) => v.seq), versions.map((v) => v.consortiumId), versions.map((v) => v.id), versions.map((v) => v.record)],
    );
    const contents = source.versionContents();
    await insertRows(
      client,
      'INSERT INTO version_contents (consortium_id, hash, data) SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])',
      [
        contents.map((c) => c.consortiumId),
        contents.map((c) => c.hash),
        contents.map((c) => Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength)),
      ],
    );

    const authors = source.pendingAuthors();
    await insertRows(
      client,
      'INSERT INTO version_pending_authors (seq, consortium_id, user_id, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::jsonb[])',
      [authors.map((a) => a.seq), authors.map((a) => a.consortiumId), authors.map((a) => a.userId), authors.map((a) => a.record)],
    );

    // People keep their accounts and stay signed in; unused sign-in links and queued notifications still work.
    const accounts = source.accounts();
    await insertRows(client, 'INSERT INTO accounts (id, email, record) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])', [
      accounts.map((a) => a.id),
      accounts.map((a) => a.email),
      accounts.map((a) => a.record),
    ]);
    const sessions = source.sessions();
    await insertRows(
      client,
      'INSERT INTO sessions (id_hash, account_id, ended, record) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::jsonb[])',
      [sessions.map((x) => x.idHash), sessions.map((x) => x.accountId), sessions.map((x) => x.ended), sessions.map((x) => x.record)],
    );
    const links = source.signInLinks();
    await insertRows(client, 'INSERT INTO sign_in_links (code_hash, record) SELECT * FROM unnest($1::text[], $2::jsonb[])', [
      links.map((l) => l.codeHash),
      links.map((l) => l.record),
    ]);
    // Single sign-on and passkeys keep working: the same subject finds the same account, passkeys keep their order and counters.
    const subjects = source.oidcSubjects();
    await insertRows(
      client,
      'INSERT INTO oidc_subjects (issuer, subject, account_id, created_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])',
      [subjects.map((x) => x.issuer), subjects.map((x) => x.subject), subjects.map((x) => x.accountId), subjects.map((x) => x.createdAt)],
    );
    const passkeys = source.passkeys();
    await insertRows(
      client,
      'INSERT INTO passkeys (seq, id, account_id, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::jsonb[])',
      [passkeys.map((x) => x.seq), passkeys.map((x) => x.id), passkeys.map((x) => x.accountId), passkeys.map((x) => x.record)],
    );
    const notifications = source.notifications();
    await insertRows(
      client,
      'INSERT INTO notifications (seq, id, sent, record) SELECT * FROM unnest($1::bigint[], $2::text[], $3::boolean[], $4::jsonb[])',
      [
        notifications.map((n) => n.seq),
        notifications.map((n) => n.id),
        notifications.map((n) => n.sent),
        notifications.map((n) => n.record),
      ],
    );

    // Executed agreements and signed copies, one row per statement: each holds documents of up to 20 MB.
    const executions = source.executions();
    for (const e of executions)
      await client.query('INSERT INTO executions (consortium_id, number, record, docx, pdf) VALUES ($1, $2, $3, $4, $5)', [
        e.consortiumId,
        e.number,
        e.record,
        asBuffer(e.docx),
        asBuffer(e.pdf),
      ]);
    const signedCopies = source.executionSignatures();
    for (const s of signedCopies)
      await client.query('INSERT INTO execution_signatures (consortium_id, number, partner_id, record, pdf) VALUES ($1, $2, $3, $4, $5)', [
        s.consortiumId,
        s.number,
        s.partnerId,
        s.record,
        asBuffer(s.pdf),
      ]);

    const counts: CopyCounts = {
      consortia: consortia.length,
      members: members.length,
      invites: invites.length,
      activity: activity.length,
      versions: versions.length,
      pendingAuthors: authors.length,
      accounts: accounts.length,
      sessions: sessions.length,
      signInLinks: links.length,
      oidcSubjects: subjects.length,
      passkeys: passkeys.length,
      notifications: notifications.length,
      executions: executions.length,
      signedCopies: signedCopies.length,
      documents: 0,
      updates: 0,
      bytes: 0,
    };
    for (const key of source.docKeys()) {
      const rows = source.docUpdates(key);
      await insertUpdates(client, key, rows);
      counts.documents++;
      counts.updates += rows.length;
      counts.bytes += rows.reduce((n, r) => n + r.data.byteLength, 0);
    }

    // New appends and activity entries must number after everything copied.
    await client.query(`SELECT setval('doc_update_seq', (SELECT coalesce(max(seq), 0) + 1 FROM doc_updates), false)`);
    await client.query(`SELECT setval(pg_get_serial_sequence('activity', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM activity), false)`);
    await client.query(`SELECT setval(pg_get_serial_sequence('versions', 'seq'), (SELECT coalesce(max(seq), 0) + 1 FROM versions), false)`);
    await client.query(
      `SELECT setval(pg_get_serial_sequence('version_pending_authors', 'seq'), (SELECT coalesce(max(seq), 0) + 1 FROM version_pending_authors), false)`,
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('passkeys', 'seq'), (SELECT coalesce(max(seq), 0) + 1 FROM passkeys), false)`);
    await client.query(
      `SELECT setval(pg_get_serial_sequence('notifications', 'seq'), (SELECT coalesce(max(seq), 0) + 1 FROM notifications), false)`,
    );
    return counts;
  });
}
