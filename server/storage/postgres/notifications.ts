import type { Pool } from 'pg';
import type { NotificationRecord, NotificationStore } from '../notificationTypes.ts';

export function postgresNotifications(pool: Pool): NotificationStore {
  return {
    async add(list) {
      if (list.length === 0) return;
      await pool.query(`INSERT INTO notifications (id, record) SELECT * FROM unnest($1::text[], $2::jsonb[]) ON CONFLICT (id) DO NOTHING`, [
        list.map((n) => n.id),
        list.map((n) => JSON.stringify(n)),
      ]);
    },
    async pending(limit) {
      const { rows } = await pool.query<{ record: NotificationRecord }>(
        'SELECT record FROM notifications WHERE NOT sent ORDER BY seq LIMIT $1',
        [limit],
      );
      return rows.map((r) => r.record);
    },
    async claim(ids, at) {
      // One statement: of instances claiming the same rows at once, each row goes to exactly one.
      const { rows } = await pool.query<{ id: string }>(
        `UPDATE notifications SET sent = true, record = record || jsonb_build_object('sentAt', $2::text)
          WHERE id = ANY($1::text[]) AND NOT sent RETURNING id`,
        [ids, at],
      );
      return rows.map((r) => r.id);
    },
    async release(ids) {
      await pool.query(`UPDATE notifications SET sent = false, record = record || '{"sentAt": null}'::jsonb WHERE id = ANY($1::text[])`, [
        ids,
      ]);
    },
  };
}
