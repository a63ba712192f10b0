import type { Pool } from 'pg';
import type { VersionAuthor, VersionRecord, VersionStore } from '../types.ts';
import { inTransaction } from './transaction.ts';

export function postgresVersions(pool: Pool): VersionStore {
  return {
    async add(version, contents, after) {
      return inTransaction(pool, async (client) => {
        if (after !== undefined) {
          // Held until COMMIT: a second instance adding after the same version waits, then sees ours.
          await client.query("SELECT pg_advisory_xact_lock(hashtext('jointly-versions'), hashtext($1))", [version.consortiumId]);
          const { rows } = await client.query<{ id: string }>(
            'SELECT id FROM versions WHERE consortium_id = $1 ORDER BY seq DESC LIMIT 1',
            [version.consortiumId],
          );
          if ((rows[0]?.id ?? null) !== after) return false;
        }
        if (contents.size > 0) {
          const hashes = [...contents.keys()];
          await client.query(
            `INSERT INTO version_contents (consortium_id, hash, data)
             SELECT $1, h, d FROM unnest($2::text[], $3::bytea[]) AS t(h, d) ON CONFLICT DO NOTHING`,
            [version.consortiumId, hashes, hashes.map((h) => Buffer.from(contents.get(h)!))],
          );
        }
        await client.query('INSERT INTO versions (consortium_id, id, record) VALUES ($1, $2, $3)', [
          version.consortiumId,
          version.id,
          JSON.stringify(version),
        ]);
        return true;
      });
    },
    async noteAuthor(consortiumId, author) {
      await pool.query('INSERT INTO version_pending_authors (consortium_id, user_id, record) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        consortiumId,
        author.userId,
        JSON.stringify(author),
      ]);
    },
    async pendingAuthors(consortiumId) {
      const { rows } = await pool.query<{ record: VersionAuthor }>(
        'SELECT record FROM version_pending_authors WHERE consortium_id = $1 ORDER BY seq',
        [consortiumId],
      );
      return rows.map((r) => r.record);
    },
    async settleAuthors(consortiumId, userIds) {
      if (userIds.length === 0) return;
      await pool.query('DELETE FROM version_pending_authors WHERE consortium_id = $1 AND user_id = ANY($2::text[])', [
        consortiumId,
        userIds,
      ]);
    },
    async list(consortiumId) {
      const { rows } = await pool.query<{ record: VersionRecord }>('SELECT record FROM versions WHERE consortium_id = $1 ORDER BY seq', [
        consortiumId,
      ]);
      return rows.map((r) => r.record);
    },
    async latest(consortiumId) {
      const { rows } = await pool.query<{ record: VersionRecord }>(
        'SELECT record FROM versions WHERE consortium_id = $1 ORDER BY seq DESC LIMIT 1',
        [consortiumId],
      );
      return rows[0]?.record;
    },
    async get(consortiumId, id) {
      const { rows } = await pool.query<{ record: VersionRecord }>('SELECT record FROM versions WHERE consortium_id = $1 AND id = $2', [
        consortiumId,
        id,
      ]);
      return rows[0]?.record;
    },
    async contents(consortiumId, hashes) {
      const { rows } = await pool.query<{ hash: string; data: Buffer }>(
        'SELECT hash, data FROM version_contents WHERE consortium_id = $1 AND hash = ANY($2::text[])',
        [consortiumId, [...new Set(hashes)]],
      );
      return new Map(rows.map((r) => [r.hash, new Uint8Array(r.data)]));
    },
  };
}
