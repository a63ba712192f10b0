import type Database from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from '../types.ts';

export const DOCUMENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  id   INTEGER PRIMARY KEY,
  doc  TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_doc ON doc_updates (doc, id);
`;

/** Yjs updates as an append-only log per document; `id` is the sequence number. */
export function sqliteDocuments(db: Database.Database): DocumentStore & { insertInitial(key: string, update: Uint8Array): void } {
  const selectUpdates = db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM doc_updates WHERE doc = ? ORDER BY id');
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
  const insertAt = db.prepare<[number, string, Uint8Array]>('INSERT INTO doc_updates (id, doc, data) VALUES (?, ?, ?)');
  const deleteThrough = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND id <= ?');
  const compactTx = db.transaction((key: string, snapshot: Uint8Array, throughSeq: number) => {
    deleteThrough.run(key, throughSeq);
    insertAt.run(throughSeq, key, snapshot);
  });

  return {
    async load(key): Promise<StoredDocument> {
      const rows = selectUpdates.all(key);
      let bytes = 0;
      const updates = rows.map((r) => {
        bytes += r.data.byteLength;
        return new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength);
      });
      return { updates, lastSeq: rows.at(-1)?.id ?? 0, bytes };
    },
    // better-sqlite3 is synchronous: when run() returns, the row is in the WAL and survives kill -9.
    async append(key, update) {
      return Number(insertUpdate.run(key, update).lastInsertRowid);
    },
    async compact(key, snapshot, throughSeq) {
      compactTx(key, snapshot, throughSeq);
    },
    insertInitial(key, update) {
      insertUpdate.run(key, update);
    },
  };
}
