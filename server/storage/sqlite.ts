import Database from 'better-sqlite3';
import type { ConsortiumRecord, Storage, StoredDocument } from './types.ts';

export interface SqliteOptions {
  file: string;
  /** 'normal' survives a process crash (kill -9); 'full' also survives power loss, at an fsync per write. */
  synchronous?: 'normal' | 'full';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  id   INTEGER PRIMARY KEY,
  doc  TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_doc ON doc_updates (doc, id);
CREATE TABLE IF NOT EXISTS consortia (
  id         TEXT PRIMARY KEY,
  record     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

/** The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so an append is on disk when it returns. */
export function createSqliteStorage(options: SqliteOptions): Storage {
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const selectUpdates = db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM doc_updates WHERE doc = ? ORDER BY id');
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
  const insertAt = db.prepare<[number, string, Uint8Array]>('INSERT INTO doc_updates (id, doc, data) VALUES (?, ?, ?)');
  const deleteThrough = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND id <= ?');
  const selectConsortium = db.prepare<[string], { record: string }>('SELECT record FROM consortia WHERE id = ?');
  const selectConsortia = db.prepare<[], { record: string }>('SELECT record FROM consortia ORDER BY created_at');
  const insertConsortium = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO consortia (id, record, created_at) VALUES (?, ?, ?)');
  const updateConsortium = db.prepare<[string, string]>('UPDATE consortia SET record = ? WHERE id = ?');

  const compactTx = db.transaction((key: string, snapshot: Uint8Array, throughSeq: number) => {
    deleteThrough.run(key, throughSeq);
    insertAt.run(throughSeq, key, snapshot);
  });
  const createTx = db.transaction((record: ConsortiumRecord, initial: Record<string, Uint8Array>) => {
    const inserted = insertConsortium.run(record.id, JSON.stringify(record), record.createdAt).changes === 1;
    if (!inserted) return false;
    for (const [name, update] of Object.entries(initial)) insertUpdate.run(`${record.id}/${name}`, update);
    return true;
  });

  return {
    documents: {
      async load(key): Promise<StoredDocument> {
        const rows = selectUpdates.all(key);
        let bytes = 0;
        const updates = rows.map((r) => {
          bytes += r.data.byteLength;
          return new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength);
        });
        return { updates, lastSeq: rows.at(-1)?.id ?? 0, bytes };
      },
      async append(key, update) {
        return Number(insertUpdate.run(key, update).lastInsertRowid);
      },
      async compact(key, snapshot, throughSeq) {
        compactTx(key, snapshot, throughSeq);
      },
    },
    consortia: {
      async get(id) {
        const row = selectConsortium.get(id);
        return row ? (JSON.parse(row.record) as ConsortiumRecord) : undefined;
      },
      async create(record, initial) {
        return createTx(record, initial);
      },
      async update(record) {
        updateConsortium.run(JSON.stringify(record), record.id);
      },
      async list() {
        return selectConsortia.all().map((r) => JSON.parse(r.record) as ConsortiumRecord);
      },
    },
    async close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
