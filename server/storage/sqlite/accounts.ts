import type Database from 'better-sqlite3';
import {
  linkVerdict,
  type AccountRecord,
  type AccountStore,
  type SessionRecord,
  type SessionStore,
  type SignInLinkRecord,
  type SignInLinkStore,
} from '../accountTypes.ts';

export const ACCOUNTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  id     TEXT PRIMARY KEY,
  email  TEXT UNIQUE,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id_hash    TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  ended      INTEGER NOT NULL DEFAULT 0,
  record     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_account ON sessions (account_id, ended);
CREATE TABLE IF NOT EXISTS sign_in_links (
  code_hash TEXT PRIMARY KEY,
  record    TEXT NOT NULL
);
`;

export function sqliteAccounts(db: Database.Database): AccountStore {
  const get = db.prepare<[string], { record: string }>('SELECT record FROM accounts WHERE id = ?');
  const byEmail = db.prepare<[string], { record: string }>('SELECT record FROM accounts WHERE email = ?');
  const insert = db.prepare<[string, string | null, string]>('INSERT OR IGNORE INTO accounts (id, email, record) VALUES (?, ?, ?)');
  const emailElsewhere = db.prepare<[string, string], { id: string }>('SELECT id FROM accounts WHERE email = ? AND id <> ?');
  const update = db.prepare<[string | null, string, string]>('UPDATE accounts SET email = ?, record = ? WHERE id = ?');
  const parse = (r: { record: string }) => JSON.parse(r.record) as AccountRecord;
  // The UNIQUE index would throw on a taken address; asking first keeps "taken" an answer, not an error.
  const createTx = db.transaction((a: AccountRecord) => {
    if (a.email !== null && byEmail.get(a.email)) return false;
    return insert.run(a.id, a.email, JSON.stringify(a)).changes === 1;
  });
  const updateTx = db.transaction((a: AccountRecord) => {
    if (a.email !== null && emailElsewhere.get(a.email, a.id)) return false;
    return update.run(a.email, JSON.stringify(a), a.id).changes === 1;
  });
  return {
    async get(id) {
      const row = get.get(id);
      return row && parse(row);
    },
    async findByEmail(email) {
      const row = byEmail.get(email);
      return row && parse(row);
    },
    async create(a) {
      return createTx(a);
    },
    async update(a) {
      return updateTx(a);
    },
  };
}

export function sqliteSessions(db: Database.Database): SessionStore {
  const get = db.prepare<[string], { record: string }>('SELECT record FROM sessions WHERE id_hash = ?');
  const insert = db.prepare<[string, string, string]>('INSERT INTO sessions (id_hash, account_id, record) VALUES (?, ?, ?)');
  const open = db.prepare<[string], { record: string }>('SELECT record FROM sessions WHERE account_id = ? AND ended = 0');
  const write = db.prepare<[number, string, string]>('UPDATE sessions SET ended = ?, record = ? WHERE id_hash = ?');
  const parse = (r: { record: string }) => JSON.parse(r.record) as SessionRecord;
  const save = (s: SessionRecord) => write.run(s.endedAt ? 1 : 0, JSON.stringify(s), s.idHash);
  const touchTx = db.transaction((idHash: string, at: string, consortiumId: string | null | undefined) => {
    const row = get.get(idHash);
    const s = row && parse(row);
    if (!s || s.endedAt) return;
    s.lastSeenAt = at;
    if (consortiumId !== undefined) s.consortiumId = consortiumId;
    save(s);
  });
  const endTx = db.transaction(
    (accountId: string, at: string, reason: SessionRecord['endReason'], filter: { idHash?: string; consortiumId?: string }) => {
      let ended = 0;
      for (const s of open.all(accountId).map(parse)) {
        if (filter.idHash !== undefined && s.idHash !== filter.idHash) continue;
        if (filter.consortiumId !== undefined && s.consortiumId !== filter.consortiumId) continue;
        save({ ...s, endedAt: at, endReason: reason });
        ended++;
      }
      return ended;
    },
  );
  return {
    async create(s) {
      insert.run(s.idHash, s.accountId, JSON.stringify(s));
    },
    async get(idHash) {
      const row = get.get(idHash);
      return row && parse(row);
    },
    async listForAccount(accountId) {
      return open.all(accountId).map(parse);
    },
    async touch(idHash, at, consortiumId) {
      touchTx(idHash, at, consortiumId);
    },
    async end(accountId, at, reason, filter = {}) {
      return endTx(accountId, at, reason, filter);
    },
  };
}

export function sqliteSignInLinks(db: Database.Database): SignInLinkStore {
  const get = db.prepare<[string], { record: string }>('SELECT record FROM sign_in_links WHERE code_hash = ?');
  const insert = db.prepare<[string, string]>('INSERT INTO sign_in_links (code_hash, record) VALUES (?, ?)');
  const update = db.prepare<[string, string]>('UPDATE sign_in_links SET record = ? WHERE code_hash = ?');
  const useTx = db.transaction((codeHash: string, now: Date) => {
    const row = get.get(codeHash);
    const link = row && (JSON.parse(row.record) as SignInLinkRecord);
    const verdict = linkVerdict(link, now);
    if (verdict) return { ok: false as const, reason: verdict };
    link!.usedAt = now.toISOString();
    update.run(JSON.stringify(link), codeHash);
    return { ok: true as const, link: link! };
  });
  return {
    async create(link) {
      insert.run(link.codeHash, JSON.stringify(link));
    },
    async use(codeHash, now) {
      return useTx(codeHash, now);
    },
  };
}
