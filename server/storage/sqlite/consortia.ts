import type Database from 'better-sqlite3';
import type { ConsortiumRecord, ConsortiumStore } from '../types.ts';

export const CONSORTIA_SCHEMA = `
CREATE TABLE IF NOT EXISTS consortia (
  id         TEXT PRIMARY KEY,
  record     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

export function sqliteConsortia(db: Database.Database, seed: (key: string, update: Uint8Array) => void): ConsortiumStore {
  const select = db.prepare<[string], { record: string }>('SELECT record FROM consortia WHERE id = ?');
  const selectAll = db.prepare<[], { record: string }>('SELECT record FROM consortia ORDER BY created_at');
  const insert = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO consortia (id, record, created_at) VALUES (?, ?, ?)');
  const update = db.prepare<[string, string]>('UPDATE consortia SET record = ? WHERE id = ?');
  const read = (id: string) => {
    const row = select.get(id);
    return row ? (JSON.parse(row.record) as ConsortiumRecord) : undefined;
  };
  const createTx = db.transaction((record: ConsortiumRecord, initial: Record<string, Uint8Array>) => {
    if (insert.run(record.id, JSON.stringify(record), record.createdAt).changes !== 1) return false;
    for (const [name, u] of Object.entries(initial)) seed(`${record.id}/${name}`, u);
    return true;
  });
  const mutateTx = db.transaction((id: string, change: (r: ConsortiumRecord) => ConsortiumRecord) => {
    const current = read(id);
    if (!current) return undefined;
    const next = change(current);
    update.run(JSON.stringify(next), id);
    return next;
  });

  return {
    async get(id) {
      return read(id);
    },
    async create(record, initial) {
      return createTx(record, initial);
    },
    async mutate(id, change) {
      return mutateTx(id, change);
    },
    async list() {
      return selectAll.all().map((r) => JSON.parse(r.record) as ConsortiumRecord);
    },
  };
}
