import type Database from 'better-sqlite3';
import type { VersionAuthor, VersionRecord, VersionStore } from '../types.ts';

export const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  consortium_id TEXT NOT NULL,
  id            TEXT NOT NULL,
  record        TEXT NOT NULL,
  UNIQUE (consortium_id, id)
);
CREATE INDEX IF NOT EXISTS versions_consortium ON versions (consortium_id, seq);
CREATE TABLE IF NOT EXISTS version_contents (
  consortium_id TEXT NOT NULL,
  hash          TEXT NOT NULL,
  data          BLOB NOT NULL,
  PRIMARY KEY (consortium_id, hash)
);
CREATE TABLE IF NOT EXISTS version_pending_authors (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  consortium_id TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  record        TEXT NOT NULL,
  UNIQUE (consortium_id, user_id)
);
`;

export function sqliteVersions(db: Database.Database): VersionStore {
  const insert = db.prepare<[string, string, string]>('INSERT INTO versions (consortium_id, id, record) VALUES (?, ?, ?)');
  const insertContent = db.prepare<[string, string, Uint8Array]>(
    'INSERT OR IGNORE INTO version_contents (consortium_id, hash, data) VALUES (?, ?, ?)',
  );
  const list = db.prepare<[string], { record: string }>('SELECT record FROM versions WHERE consortium_id = ? ORDER BY seq');
  const newest = db.prepare<[string], { record: string }>('SELECT record FROM versions WHERE consortium_id = ? ORDER BY seq DESC LIMIT 1');
  const one = db.prepare<[string, string], { record: string }>('SELECT record FROM versions WHERE consortium_id = ? AND id = ?');
  const content = db.prepare<[string, string], { data: Buffer }>('SELECT data FROM version_contents WHERE consortium_id = ? AND hash = ?');
  const noteAuthor = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO version_pending_authors (consortium_id, user_id, record) VALUES (?, ?, ?)',
  );
  const pendingAuthors = db.prepare<[string], { record: string }>(
    'SELECT record FROM version_pending_authors WHERE consortium_id = ? ORDER BY seq',
  );
  const settleAuthor = db.prepare<[string, string]>('DELETE FROM version_pending_authors WHERE consortium_id = ? AND user_id = ?');
  const settleTx = db.transaction((consortiumId: string, userIds: string[]) => {
    for (const id of userIds) settleAuthor.run(consortiumId, id);
  });
  const addTx = db.transaction((version: VersionRecord, contents: Map<string, Uint8Array>, after: string | null | undefined) => {
    if (after !== undefined) {
      const row = newest.get(version.consortiumId);
      const newestId = row ? (JSON.parse(row.record) as VersionRecord).id : null;
      if (newestId !== after) return false;
    }
    for (const [hash, data] of contents) insertContent.run(version.consortiumId, hash, data);
    insert.run(version.consortiumId, version.id, JSON.stringify(version));
    return true;
  });
  return {
    async add(version, contents, after) {
      return addTx(version, contents, after);
    },
    async noteAuthor(consortiumId, author) {
      noteAuthor.run(consortiumId, author.userId, JSON.stringify(author));
    },
    async pendingAuthors(consortiumId) {
      return pendingAuthors.all(consortiumId).map((r) => JSON.parse(r.record) as VersionAuthor);
    },
    async settleAuthors(consortiumId, userIds) {
      settleTx(consortiumId, userIds);
    },
    async list(consortiumId) {
      return list.all(consortiumId).map((r) => JSON.parse(r.record) as VersionRecord);
    },
    async latest(consortiumId) {
      const row = newest.get(consortiumId);
      return row ? (JSON.parse(row.record) as VersionRecord) : undefined;
    },
    async get(consortiumId, id) {
      const row = one.get(consortiumId, id);
      return row ? (JSON.parse(row.record) as VersionRecord) : undefined;
    },
    async contents(consortiumId, hashes) {
      const found = new Map<string, Uint8Array>();
      for (const hash of new Set(hashes)) {
        const row = content.get(consortiumId, hash);
        if (row) found.set(hash, new Uint8Array(row.data));
      }
      return found;
    },
  };
}
