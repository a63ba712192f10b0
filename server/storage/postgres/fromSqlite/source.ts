import Database from 'better-sqlite3';

/**
 * A SQLite installation read as raw rows, read-only. The migration copies rows (with their
 * sequence numbers and the removed members the Storage interface does not list), so it reads the
 * tables server/storage/sqlite/ writes rather than going through the adapter.
 */
export interface SqliteSource {
  docKeys(): string[];
  /** One document's updates, oldest first, with their sequence numbers. */
  docUpdates(key: string): { seq: number; data: Uint8Array }[];
  consortia(): { id: string; record: string; createdAt: string }[];
  members(): { consortiumId: string; userId: string; record: string; removed: boolean }[];
  invites(): { codeHash: string; consortiumId: string; id: string; record: string }[];
  activity(): { id: number; consortiumId: string; record: string }[];
  /** Version history (server/storage/sqlite/versions.ts); none in a database no history-aware server opened. */
  versions(): { seq: number; consortiumId: string; id: string; record: string }[];
  versionContents(): { consortiumId: string; hash: string; data: Uint8Array }[];
  /** Authors of edits not yet in a version, in the order they were noted. */
  pendingAuthors(): { seq: number; consortiumId: string; userId: string; record: string }[];
  /** Accounts, sign-in sessions and links (server/storage/sqlite/accounts.ts); none in an older database. */
  accounts(): { id: string; email: string | null; record: string }[];
  sessions(): { idHash: string; accountId: string; ended: boolean; record: string }[];
  signInLinks(): { codeHash: string; record: string }[];
  /** Single-sign-on subjects bound to accounts, and passkeys in the order they were added (server/storage/sqlite/signInMethods.ts). */
  oidcSubjects(): { issuer: string; subject: string; accountId: string; createdAt: string }[];
  passkeys(): { seq: number; id: string; accountId: string; record: string }[];
  /** The notification outbox, sent ones included (server/storage/sqlite/notifications.ts). */
  notifications(): { seq: number; id: string; sent: boolean; record: string }[];
  /** Executed agreements with their rendered documents, and the partners' signed copies (server/storage/sqlite/executions.ts). */
  executions(): { consortiumId: string; number: number; record: string; docx: Uint8Array; pdf: Uint8Array }[];
  executionSignatures(): { consortiumId: string; number: number; partnerId: string; record: string; pdf: Uint8Array }[];
  close(): void;
}

export function openSqliteSource(file: string): SqliteSource {
  // fileMustExist: a mistyped path must not silently create (and migrate) an empty database.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const missing = ['doc_updates', 'consortia', 'members', 'invites', 'activity'].filter(
    (table) => !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table),
  );
  if (missing.length > 0) {
    db.close();
    throw new Error(`${file} is not a Jointly database (no table ${missing.join(', ')})`);
  }
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const updates = db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM doc_updates WHERE doc = ? ORDER BY id');
  return {
    docKeys: () =>
      db
        .prepare<[], { doc: string }>('SELECT DISTINCT doc FROM doc_updates ORDER BY doc')
        .all()
        .map((r) => r.doc),
    docUpdates: (key) =>
      updates.all(key).map((r) => ({ seq: r.id, data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) })),
    consortia: () =>
      db
        .prepare<[], { id: string; record: string; created_at: string }>(
          'SELECT id, record, created_at FROM consortia ORDER BY created_at, id',
        )
        .all()
        .map((r) => ({ id: r.id, record: r.record, createdAt: r.created_at })),
    members: () =>
      db
        .prepare<[], { consortium_id: string; user_id: string; record: string; removed: number }>(
          'SELECT consortium_id, user_id, record, removed FROM members',
        )
        .all()
        .map((r) => ({ consortiumId: r.consortium_id, userId: r.user_id, record: r.record, removed: r.removed !== 0 })),
    invites: () =>
      db
        .prepare<[], { code_hash: string; consortium_id: string; id: string; record: string }>(
          'SELECT code_hash, consortium_id, id, record FROM invites',
        )
        .all()
        .map((r) => ({ codeHash: r.code_hash, consortiumId: r.consortium_id, id: r.id, record: r.record })),
    activity: () =>
      db
        .prepare<[], { id: number; consortium_id: string; record: string }>('SELECT id, consortium_id, record FROM activity ORDER BY id')
        .all()
        .map((r) => ({ id: r.id, consortiumId: r.consortium_id, record: r.record })),
    versions: () =>
      !hasTable('versions')
        ? []
        : db
            .prepare<[], { seq: number; consortium_id: string; id: string; record: string }>(
              'SELECT seq, consortium_id, id, record FROM versions ORDER BY seq',
            )
            .all()
            .map((r) => ({ seq: r.seq, consortiumId: r.consortium_id, id: r.id, record: r.record })),
    versionContents: () =>
      !hasTable('version_contents')
        ? []
        : db
            .prepare<[], { consortium_id: string; hash: string; data: Buffer }>('SELECT consortium_id, hash, data FROM version_contents')
            .all()
            .map((r) => ({
              consortiumId: r.consortium_id,
              hash: r.hash,
              data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength),
            })),
    pendingAuthors: () =>
      !hasTable('version_pending_authors')
        ? []
        : db
            .prepare<[], { seq: number; consortium_id: string; user_id: string; record: string }>(
              'SELECT seq, consortium_id, user_id, record FROM version_pending_authors ORDER BY seq',
            )
            .all()
            .map((r) => ({ seq: r.seq, consortiumId: r.consortium_id, userId: r.user_id, record: r.record })),
    accounts: () =>
      !hasTable('accounts')
        ? []
        : db.prepare<[], { id: string; email: string | null; record: string }>('SELECT id, email, record FROM accounts ORDER BY id').all(),
    sessions: () =>
      !hasTable('sessions')
        ? []
        : db
            .prepare<[], { id_hash: string; account_id: string; ended: number; record: string }>(
              'SELECT id_hash, account_id, ended, record FROM sessions',
            )
            .all()
            .map((r) => ({ idHash: r.id_hash, accountId: r.account_id, ended: r.ended !== 0, record: r.record })),
    signInLinks: () =>
      !hasTable('sign_in_links')
        ? []
        : db
            .prepare<[], { code_hash: string; record: string }>('SELECT code_hash, record FROM sign_in_links')
            .all()
            .map((r) => ({ codeHash: r.code_hash, record: r.record })),
    oidcSubjects: () =>
      !hasTable('oidc_subjects')
        ? []
        : db
            .prepare<[], { issuer: string; subject: string; account_id: string; created_at: string }>(
              'SELECT issuer, subject, account_id, created_at FROM oidc_subjects ORDER BY issuer, subject',
            )
            .all()
            .map((r) => ({ issuer: r.issuer, subject: r.subject, accountId: r.account_id, createdAt: r.created_at })),
    passkeys: () =>
      !hasTable('passkeys')
        ? []
        : db
            .prepare<[], { seq: number; id: string; account_id: string; record: string }>(
              'SELECT rowid AS seq, id, account_id, record FROM passkeys ORDER BY rowid',
            )
            .all()
            .map((r) => ({ seq: r.seq, id: r.id, accountId: r.account_id, record: r.record })),
    notifications: () =>
      !hasTable('notifications')
        ? []
        : db
            .prepare<[], { seq: number; id: string; sent: number; record: string }>(
              'SELECT seq, id, sent, record FROM notifications ORDER BY seq',
            )
            .all()
            .map((r) => ({ seq: r.seq, id: r.id, sent: r.sent !== 0, record: r.record })),
    executions: () =>
      !hasTable('executions')
        ? []
        : db
            .prepare<[], { consortium_id: string; number: number; record: string; docx: Buffer; pdf: Buffer }>(
              'SELECT consortium_id, number, record, docx, pdf FROM executions ORDER BY consortium_id, number',
            )
            .all()
            .map((r) => ({ consortiumId: r.consortium_id, number: r.number, record: r.record, docx: bytes(r.docx), pdf: bytes(r.pdf) })),
    executionSignatures: () =>
      !hasTable('execution_signatures')
        ? []
        : db
            .prepare<[], { consortium_id: string; number: number; partner_id: string; record: string; pdf: Buffer }>(
              'SELECT consortium_id, number, partner_id, record, pdf FROM execution_signatures ORDER BY consortium_id, number, partner_id',
            )
            .all()
            .map((r) => ({
              consortiumId: r.consortium_id,
              number: r.number,
              partnerId: r.partner_id,
              record: r.record,
              pdf: bytes(r.pdf),
            })),
    close: () => db.close(),
  };
}

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
