import type { Pool } from 'pg';
import {
  challengeLive,
  type ChallengeRecord,
  type ChallengeStore,
  type OidcSubjectStore,
  type PasskeyRecord,
  type PasskeyStore,
} from '../signInMethodTypes.ts';

export function postgresOidcSubjects(pool: Pool): OidcSubjectStore {
  const find = async (issuer: string, subject: string) =>
    (await pool.query<{ account_id: string }>('SELECT account_id FROM oidc_subjects WHERE issuer = $1 AND subject = $2', [issuer, subject]))
      .rows[0]?.account_id;
  return {
    find,
    async anyFor(accountId) {
      return (await pool.query('SELECT 1 FROM oidc_subjects WHERE account_id = $1 LIMIT 1', [accountId])).rowCount! > 0;
    },
    async link(r) {
      await pool.query(
        'INSERT INTO oidc_subjects (issuer, subject, account_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [r.issuer, r.subject, r.accountId, r.createdAt],
      );
      return (await find(r.issuer, r.subject))!;
    },
  };
}

export function postgresPasskeys(pool: Pool): PasskeyStore {
  return {
    async create(p) {
      const { rowCount } = await pool.query('INSERT INTO passkeys (id, account_id, record) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        p.id,
        p.accountId,
        JSON.stringify(p),
      ]);
      return rowCount === 1;
    },
    async get(id) {
      return (await pool.query<{ record: PasskeyRecord }>('SELECT record FROM passkeys WHERE id = $1', [id])).rows[0]?.record;
    },
    async listForAccount(accountId) {
      return (
        await pool.query<{ record: PasskeyRecord }>('SELECT record FROM passkeys WHERE account_id = $1 ORDER BY seq', [accountId])
      ).rows.map((r) => r.record);
    },
    async used(id, counter, at) {
      await pool.query('UPDATE passkeys SET record = record || $2::jsonb WHERE id = $1', [id, JSON.stringify({ counter, lastUsedAt: at })]);
    },
    async remove(accountId, id) {
      const { rowCount } = await pool.query('DELETE FROM passkeys WHERE account_id = $1 AND id = $2', [accountId, id]);
      return rowCount === 1;
    },
  };
}

export function postgresChallenges(pool: Pool): ChallengeStore {
  return {
    async create(c) {
      await pool.query('INSERT INTO sign_in_challenges (id_hash, expires_at, record) VALUES ($1, $2, $3)', [
        c.idHash,
        c.expiresAt,
        JSON.stringify(c),
      ]);
    },
    async take(idHash, now) {
      // DELETE … RETURNING: of two requests with one challenge, only one gets the row.
      const { rows } = await pool.query<{ record: ChallengeRecord }>('DELETE FROM sign_in_challenges WHERE id_hash = $1 RETURNING record', [
        idHash,
      ]);
      const c = rows[0]?.record;
      // Challenges nobody came back for would pile up: each use sweeps the expired ones.
      await pool.query('DELETE FROM sign_in_challenges WHERE expires_at <= $1', [now.toISOString()]);
      return challengeLive(c, now) ? c : undefined;
    },
  };
}
