import type { Pool } from 'pg';
import type { ActivityRecord, ActivityStore, InviteRecord, InviteStore, MemberRecord, MemberStore } from '../types.ts';
import { inviteVerdict } from '../inviteRules.ts';
import { inTransaction } from './transaction.ts';

export function postgresActivity(pool: Pool): ActivityStore {
  return {
    async append(entry) {
      await pool.query('INSERT INTO activity (consortium_id, record) VALUES ($1, $2)', [entry.consortiumId, JSON.stringify(entry)]);
    },
    async list(consortiumId, limit) {
      const { rows } = await pool.query<{ record: ActivityRecord }>(
        'SELECT record FROM activity WHERE consortium_id = $1 ORDER BY id DESC LIMIT $2',
        [consortiumId, limit],
      );
      return rows.map((r) => r.record);
    },
    async reassign(consortiumId, from, to) {
      const { rowCount } = await pool.query(
        `UPDATE activity SET record = record || jsonb_build_object('userId', $3::text, 'name', $4::text)
          WHERE consortium_id = $1 AND record->>'userId' = $2`,
        [consortiumId, from, to.userId, to.name],
      );
      return rowCount ?? 0;
    },
  };
}

export function postgresMembers(pool: Pool): MemberStore {
  const records = async (sql: string, params: unknown[]) =>
    (await pool.query<{ record: MemberRecord }>(sql, params)).rows.map((r) => r.record);
  return {
    async get(consortiumId, userId) {
      return (await records('SELECT record FROM members WHERE consortium_id = $1 AND user_id = $2', [consortiumId, userId]))[0];
    },
    async list(consortiumId) {
      const list = await records('SELECT record FROM members WHERE consortium_id = $1 AND NOT removed', [consortiumId]);
      return list.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    },
    async listForUser(userId) {
      return records('SELECT record FROM members WHERE user_id = $1 AND NOT removed', [userId]);
    },
    async put(m) {
      await pool.query(
        `INSERT INTO members (consortium_id, user_id, record, removed) VALUES ($1, $2, $3, $4)
         ON CONFLICT (consortium_id, user_id) DO UPDATE SET record = excluded.record, removed = excluded.removed`,
        [m.consortiumId, m.userId, JSON.stringify(m), m.removedAt !== null],
      );
    },
  };
}

export function postgresInvites(pool: Pool): InviteStore {
  return {
    async create(i) {
      await pool.query('INSERT INTO invites (code_hash, consortium_id, id, record) VALUES ($1, $2, $3, $4)', [
        i.codeHash,
        i.consortiumId,
        i.id,
        JSON.stringify(i),
      ]);
    },
    async findByHash(codeHash) {
      const { rows } = await pool.query<{ record: InviteRecord }>('SELECT record FROM invites WHERE code_hash = $1', [codeHash]);
      return rows[0]?.record;
    },
    async list(consortiumId) {
      const { rows } = await pool.query<{ record: InviteRecord }>('SELECT record FROM invites WHERE consortium_id = $1', [consortiumId]);
      return rows.map((r) => r.record).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async revoke(consortiumId, id, at) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ record: InviteRecord }>(
          'SELECT record FROM invites WHERE consortium_id = $1 AND id = $2 FOR UPDATE',
          [consortiumId, id],
        );
        const invite = rows[0]?.record;
        if (!invite) return undefined;
        invite.revokedAt ??= at;
        await client.query('UPDATE invites SET record = $2 WHERE code_hash = $1', [invite.codeHash, JSON.stringify(invite)]);
        return invite;
      });
    },
    async use(codeHash, now) {
      // The row lock makes racing uses queue up: each sees the count the previous one committed.
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ record: InviteRecord }>('SELECT record FROM invites WHERE code_hash = $1 FOR UPDATE', [
          codeHash,
        ]);
        const invite = rows[0]?.record;
        const verdict = inviteVerdict(invite, now);
        if (verdict) return { ok: false as const, reason: verdict };
        invite!.uses++;
        await client.query('UPDATE invites SET record = $2 WHERE code_hash = $1', [codeHash, JSON.stringify(invite)]);
        return { ok: true as const, invite: invite! };
      });
    },
  };
}
