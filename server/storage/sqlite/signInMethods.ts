import type Database from 'better-sqlite3';
import {
  challengeLive,
  type ChallengeRecord,
  type ChallengeStore,
  type OidcSubjectStore,
  type PasskeyRecord,
  type PasskeyStore,
} from '../signInMethodTypes.ts';

export const SIGN_IN_METHODS_SCHEMA = `
CREATE TABLE IF NOT EXISTS oidc_subjects (
  issuer     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  account_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE TABLE IF NOT EXISTS passkeys (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  record     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passkeys_account ON passkeys (account_id);
CREATE TABLE IF NOT EXISTS sign_in_challenges (
  id_hash    TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL,
  record     TEXT NOT NULL
);
`;

export function sqliteOidcSubjects(db: Database.Database): OidcSubjectStore {
  const find = db.prepare<[string, string], { account_id: string }>(
    'SELECT account_id FROM oidc_subjects WHERE issuer = ? AND subject = ?',
  );
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO oidc_subjects (issuer, subject, account_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const any = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM oidc_subjects WHERE account_id = ? LIMIT 1');
  return {
    async find(issuer, subject) {
      return find.get(issuer, subject)?.account_id;
    },
    async anyFor(accountId) {
      return any.get(accountId) !== undefined;
    },
    async link(r) {
      insert.run(r.issuer, r.subject, r.accountId, r.createdAt);
      return find.get(r.issuer, r.subject)!.account_id;
    },
  };
}

export function sqlitePasskeys(db: Database.Database): PasskeyStore {
  const get = db.prepare<[string], { record: string }>('SELECT record FROM passkeys WHERE id = ?');
  const list = db.prepare<[string], { record: string }>('SELECT record FROM passkeys WHERE account_id = ? ORDER BY rowid');
  const insert = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO passkeys (id, account_id, record) VALUES (?, ?, ?)');
  const write = db.prepare<[string, string]>('UPDATE passkeys SET record = ? WHERE id = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM passkeys WHERE account_id = ? AND id = ?');
  const parse = (r: { record: string }) => JSON.parse(r.record) as PasskeyRecord;
  const usedTx = db.transaction((id: string, counter: number, at: string) => {
    const row = get.get(id);
    if (row) write.run(JSON.stringify({ ...parse(row), counter, lastUsedAt: at }), id);
  });
  return {
    async create(p) {
      return insert.run(p.id, p.accountId, JSON.stringify(p)).changes === 1;
    },
    async get(id) {
      const row = get.get(id);
      return row && parse(row);
    },
    async listForAccount(accountId) {
      return list.all(accountId).map(parse);
    },
    async used(id, counter, at) {
      usedTx(id, counter, at);
    },
    async remove(accountId, id) {
      return remove.run(accountId, id).changes === 1;
    },
  };
}

export function sqliteChallenges(db: Database.Database): ChallengeStore {
  const insert = db.prepare<[string, string, string]>('INSERT INTO sign_in_challenges (id_hash, expires_at, record) VALUES (?, ?, ?)');
  const take = db.prepare<[string], { record: string }>('DELETE FROM sign_in_challenges WHERE id_hash = ? RETURNING record');
  // Challenges nobody came back for would pile up: each use sweeps the expired ones.
  const sweep = db.prepare<[string]>('DELETE FROM sign_in_challenges WHERE expires_at <= ?');
  return {
    async create(c) {
      insert.run(c.idHash, c.expiresAt, JSON.stringify(c));
    },
    async take(idHash, now) {
      const row = take.get(idHash);
      sweep.run(now.toISOString());
      const c = row && (JSON.parse(row.record) as ChallengeRecord);
      return challengeLive(c, now) ? c : undefined;
    },
  };
}
