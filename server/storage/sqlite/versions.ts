import type Database from 'better-sqlite3';
import type { VersionRecord, VersionStore } from '../types.ts';

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
`;

export function sqliteVersions(db: Database.Database): VersionStore {
  const insert = db.prepare<[string, string, string]>('INSERT INTO versions (consortium_id, id, record) VALUES (?, ?, ?)');
  const insertContent = db.prepare<[string, string, Uint8Array]>(
    'INSERT OR IGNORE INTO version_contents (consortium_id, hash, data) VALUES (?, ?, ?)',
  );
  const list = db.prepare<[string], { record: string }>('SELECT record FROM versions WHERE consortium_id = ? ORDER BY seq');
  const one = db.prepare<[string, string], { record: string }>('SELECT record FROM versions WHERE consortium_id = ? AND id = ?');
  const content = db.prepare<[string, string], { data: Buffer }>('SELECT data FROM version_contents WHERE consortium_id = ? AND hash = ?');
  const addTx = db.transaction((version: VersionRecord, contents: Map<string, Uint8Array>) => {
    for (const [hash, data] of contents) insertContent.run(version.consortiumId, hash, data);
    insert.run(version.consortiumId, version.id, JSON.stringify(version));
  });
  return {
    async add(version, contents) {
      addTx(version, contents);
    },
    async list(consortiumId) {
      return list.all(consortiumId).map((r) => JSON.parse(r.record) as VersionRecord);
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
