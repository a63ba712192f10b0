import type { Pool } from 'pg';
import type { ConsortiumRecord, ConsortiumStore } from '../types.ts';
import type { PostgresDocuments } from './documents.ts';
import { inTransaction } from './transaction.ts';

export function postgresConsortia(pool: Pool, documents: PostgresDocuments): ConsortiumStore {
  return {
    async get(id) {
      const { rows } = await pool.query<{ record: ConsortiumRecord }>('SELECT record FROM consortia WHERE id = $1', [id]);
      return rows[0]?.record;
    },
    async create(record, initial) {
      return inTransaction(pool, async (client) => {
        // A concurrent create of the same id waits on the primary key until the first commits,
        // then inserts nothing: only the winner seeds the documents.
        const inserted = await client.query(
          'INSERT INTO consortia (id, record, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
          [record.id, JSON.stringify(record), record.createdAt],
        );
        if (inserted.rowCount !== 1) return false;
        for (const [name, update] of Object.entries(initial)) await documents.insertInitial(client, `${record.id}/${name}`, update);
        return true;
      });
    },
    async mutate(id, change) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ record: ConsortiumRecord }>('SELECT record FROM consortia WHERE id = $1 FOR UPDATE', [id]);
        const current = rows[0]?.record;
        if (!current) return undefined;
        const next = change(current);
        await client.query('UPDATE consortia SET record = $2 WHERE id = $1', [id, JSON.stringify(next)]);
        return structuredClone(next);
      });
    },
    async list() {
      const { rows } = await pool.query<{ record: ConsortiumRecord }>('SELECT record FROM consortia ORDER BY created_at, id');
      return rows.map((r) => r.record);
    },
  };
}
