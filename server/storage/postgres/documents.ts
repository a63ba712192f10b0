import type { Pool, PoolClient } from 'pg';
import type { DocumentStore, StoredDocument } from '../types.ts';
import { inTransaction } from './transaction.ts';

interface Pending {
  key: string;
  data: Buffer;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

export interface PostgresDocuments extends DocumentStore {
  /** Stores a consortium's first updates inside the caller's transaction (ConsortiumStore.create). */
  insertInitial(client: PoolClient, key: string, update: Uint8Array): Promise<void>;
  /** Resolves once every append requested so far has been committed (or has failed). */
  drain(): Promise<void>;
}

const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Yjs updates as an append-only log per document; `seq` comes from one sequence shared by all documents. */
export function postgresDocuments(pool: Pool): PostgresDocuments {
  // Group commit: one writer at a time. Appends that arrive while a batch is being committed (or in
  // the same event-loop turn) go out together in the next single-statement transaction, so a busy
  // server commits once per round trip instead of once per keystroke, and batches commit in order.
  let queue: Pending[] = [];
  let writing: Promise<void> | undefined;
  const drained: (() => void)[] = [];

  const writeBatch = async (items: Pending[]) => {
    try {
      // Rows are numbered in ORDINALITY order as the sorted rows are inserted, so the ascending
      // returned seqs belong to the items in the order they were appended.
      const { rows } = await pool.query<{ seq: string }>(
        `INSERT INTO doc_updates (doc, data)
         SELECT doc, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u(doc, data, ord) ORDER BY ord
         RETURNING seq`,
        [items.map((i) => i.key), items.map((i) => i.data)],
      );
      const seqs = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
      items.forEach((item, i) => item.resolve(seqs[i]!));
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  };

  const kick = () => {
    if (writing) return;
    if (queue.length === 0) {
      for (const done of drained.splice(0)) done();
      return;
    }
    const items = queue;
    queue = [];
    writing = writeBatch(items).finally(() => {
      writing = undefined;
      kick();
    });
  };

  return {
    async load(key): Promise<StoredDocument> {
      const { rows } = await pool.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq', [
        key,
      ]);
      let bytes = 0;
      const updates = rows.map((r) => {
        bytes += r.data.byteLength;
        return asBytes(r.data);
      });
      return { updates, lastSeq: rows.length ? Number(rows.at(-1)!.seq) : 0, bytes, seqs: rows.map((r) => Number(r.seq)) };
    },
    // Resolves after COMMIT; with PostgreSQL's default synchronous_commit = on, the WAL is flushed by then.
    append(key, update) {
      return new Promise<number>((resolve, reject) => {
        queue.push({ key, data: Buffer.from(update), resolve, reject });
        if (queue.length === 1 && !writing) setImmediate(kick);
      });
    },
    async compact(key, snapshot, throughSeq, covered) {
      await inTransaction(pool, async (client) => {
        // Compactions of one document run one at a time across instances: two at once both inserted a
        // snapshot at the same number and the second failed on the primary key.
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
        if (!covered) {
          await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [key, throughSeq]);
        } else {
          const folded = covered.filter((s) => s <= throughSeq);
          // Another instance's batch can take a lower number than the last row read and commit after the
          // read: deleting "seq <= throughSeq" would then drop an update the snapshot does not hold.
          const deleted = await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [key, folded]);
          // A row already gone means another instance compacted these rows after this one read them; its
          // snapshot may hold updates this one never saw, so this one gives way (the log stays as it is).
          if (deleted.rowCount !== folded.length) {
            throw new CompactionSuperseded();
          }
        }
        await client.query('INSERT INTO doc_updates (doc, seq, data) VALUES ($1, $2, $3)', [key, throughSeq, Buffer.from(snapshot)]);
      }).catch((error: unknown) => {
        if (!(error instanceof CompactionSuperseded)) throw error;
      });
    },
    async insertInitial(client, key, update) {
      await client.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [key, Buffer.from(update)]);
    },
    drain() {
      if (!writing && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => drained.push(resolve));
    },
  };
}

/** Thrown inside the compaction transaction to roll it back when another instance compacted first. */
class CompactionSuperseded extends Error {}
