import type Database from 'better-sqlite3';
import type { NotificationRecord, NotificationStore } from '../notificationTypes.ts';

export const NOTIFICATIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS notifications (
  seq    INTEGER PRIMARY KEY,
  id     TEXT NOT NULL UNIQUE,
  sent   INTEGER NOT NULL DEFAULT 0,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notifications_pending ON notifications (sent, seq);
`;

export function sqliteNotifications(db: Database.Database): NotificationStore {
  const insert = db.prepare<[string, string]>('INSERT OR IGNORE INTO notifications (id, record) VALUES (?, ?)');
  const pending = db.prepare<[number], { record: string }>('SELECT record FROM notifications WHERE sent = 0 ORDER BY seq LIMIT ?');
  const get = db.prepare<[string], { record: string }>('SELECT record FROM notifications WHERE id = ? AND sent = 0');
  const mark = db.prepare<[number, string, string]>('UPDATE notifications SET sent = ?, record = ? WHERE id = ?');
  const byId = db.prepare<[string], { record: string }>('SELECT record FROM notifications WHERE id = ?');
  const addTx = db.transaction((list: NotificationRecord[]) => {
    for (const n of list) insert.run(n.id, JSON.stringify(n));
  });
  const claimTx = db.transaction((ids: string[], at: string) => {
    const claimed: string[] = [];
    for (const id of ids) {
      const row = get.get(id);
      if (!row) continue;
      mark.run(1, JSON.stringify({ ...(JSON.parse(row.record) as NotificationRecord), sentAt: at }), id);
      claimed.push(id);
    }
    return claimed;
  });
  const releaseTx = db.transaction((ids: string[]) => {
    for (const id of ids) {
      const row = byId.get(id);
      if (row) mark.run(0, JSON.stringify({ ...(JSON.parse(row.record) as NotificationRecord), sentAt: null }), id);
    }
  });
  return {
    async add(list) {
      addTx(list);
    },
    async pending(limit) {
      return pending.all(limit).map((r) => JSON.parse(r.record) as NotificationRecord);
    },
    async claim(ids, at) {
      return claimTx(ids, at);
    },
    async release(ids) {
      releaseTx(ids);
    },
  };
}
