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
interface Pending {
  key: string;
  update: Uint8Array;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

export function sqliteDocuments(
  db: Database.Database,
): DocumentStore & { insertInitial(key: string, update: Uint8Array): void; flush(): void } {
  const selectUpdates = db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM doc_updates WHERE doc = ? ORDER BY id');
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
  const insertAt = db.prepare<[number, string, Uint8Array]>('INSERT INTO doc_updates (id, doc, data) VALUES (?, ?, ?)');
  const deleteThrough = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND id <= ?');
  const appendTx = db.transaction((items: Pending[]) => items.map((i) => Number(insertUpdate.run(i.key, i.update).lastInsertRowid)));

  // Group commit: appends that arrive in the same turn of the event loop (from any socket, any
  // room) are written in one transaction, so a busy server commits once per turn instead of once
  // per keystroke. Each append still resolves only after its commit, so nothing unstored is relayed.
  let batch: Pending[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    try {
      const seqs = appendTx(items);
      items.forEach((item, i) => item.resolve(seqs[i]!));
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  };

  const deleteOne = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc = ? AND id = ?');
  const compactTx = db.transaction((key: string, snapshot: Uint8Array, throughSeq: number, covered?: readonly number[]) => {
    if (covered) {
      for (const seq of covered) if (seq <= throughSeq) deleteOne.run(key, seq);
    } else {
      deleteThrough.run(key, throughSeq);
    }
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
      return { updates, lastSeq: rows.at(-1)?.id ?? 0, bytes, seqs: rows.map((r) => r.id) };
    },
    // better-sqlite3 is synchronous: when the commit returns, the rows are in the WAL and survive kill -9.
    append(key, update) {
      return new Promise<number>((resolve, reject) => {
        batch.push({ key, update, resolve, reject });
        if (batch.length === 1) setImmediate(flush);
      });
    },
    async compact(key, snapshot, throughSeq, covered) {
      flush();
      compactTx(key, snapshot, throughSeq, covered);
    },
    flush,
    insertInitial(key, update) {
      insertUpdate.run(key, update);
    },
  };
}
