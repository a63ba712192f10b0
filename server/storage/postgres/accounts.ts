import type { Pool } from 'pg';
import {
  linkVerdict,
  type AccountRecord,
  type AccountStore,
  type SessionRecord,
  type SessionStore,
  type SignInLinkRecord,
  type SignInLinkStore,
} from '../accountTypes.ts';
import { inTransaction } from './transaction.ts';

export function postgresAccounts(pool: Pool): AccountStore {
  const one = async (sql: string, params: unknown[]) => (await pool.query<{ record: AccountRecord }>(sql, params)).rows[0]?.record;
  return {
    get: (id) => one('SELECT record FROM accounts WHERE id = $1', [id]),
    findByEmail: (email) => one('SELECT record FROM accounts WHERE email = $1', [email]),
    async create(a) {
      // Either key taken (id or e-mail) inserts nothing: the unique index decides, also across instances.
      const { rowCount } = await pool.query('INSERT INTO accounts (id, email, record) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        a.id,
        a.email,
        JSON.stringify(a),
      ]);
      return rowCount === 1;
    },
    async update(a) {
      const { rowCount } = await pool.query(
        `UPDATE accounts SET email = $2, record = $3 WHERE id = $1
           AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.email = $2 AND o.id <> $1)`,
        [a.id, a.email, JSON.stringify(a)],
      );
      return rowCount === 1;
    },
  };
}

export function postgresSessions(pool: Pool): SessionStore {
  return {
    async create(s) {
      await pool.query('INSERT INTO sessions (id_hash, account_id, ended, record) VALUES ($1, $2, false, $3)', [
        s.idHash,
        s.accountId,
        JSON.stringify(s),
      ]);
    },
    async get(idHash) {
      return (await pool.query<{ record: SessionRecord }>('SELECT record FROM sessions WHERE id_hash = $1', [idHash])).rows[0]?.record;
    },
    async listForAccount(accountId) {
      return (
        await pool.query<{ record: SessionRecord }>('SELECT record FROM sessions WHERE account_id = $1 AND NOT ended', [accountId])
      ).rows.map((r) => r.record);
    },
    async touch(idHash, at, consortiumId) {
      const change: Record<string, unknown> = { lastSeenAt: at, ...(consortiumId !== undefined ? { consortiumId } : {}) };
      await pool.query('UPDATE sessions SET record = record || $2::jsonb WHERE id_hash = $1 AND NOT ended', [
        idHash,
        JSON.stringify(change),
      ]);
    },
    async end(accountId, at, reason, filter = {}) {
      const { rowCount } = await pool.query(
        `UPDATE sessions SET ended = true, record = record || $2::jsonb
          WHERE account_id = $1 AND NOT ended
            AND ($3::text IS NULL OR id_hash = $3)
            AND ($4::text IS NULL OR record->>'consortiumId' = $4)`,
        [accountId, JSON.stringify({ endedAt: at, endReason: reason }), filter.idHash ?? null, filter.consortiumId ?? null],
      );
      return rowCount ?? 0;
    },
  };
}

export function postgresSignInLinks(pool: Pool): SignInLinkStore {
  return {
    async create(link) {
      await pool.query('INSERT INTO sign_in_links (code_hash, record) VALUES ($1, $2)', [link.codeHash, JSON.stringify(link)]);
    },
    async use(codeHash, now) {
      // The row lock makes two openings of one link queue up: the second sees it used.
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ record: SignInLinkRecord }>(
          'SELECT record FROM sign_in_links WHERE code_hash = $1 FOR UPDATE',
          [codeHash],
        );
        const link = rows[0]?.record;
        const verdict = linkVerdict(link, now);
        if (verdict) return { ok: false as const, reason: verdict };
        link!.usedAt = now.toISOString();
        await client.query('UPDATE sign_in_links SET record = $2 WHERE code_hash = $1', [codeHash, JSON.stringify(link)]);
        return { ok: true as const, link: link! };
      });
    },
  };
}
