import type { NotificationRecord, NotificationStore } from './notificationTypes.ts';

/** The in-memory notification outbox (same contract as the durable ones). */
export function memoryNotifications(): NotificationStore {
  const queued = new Map<string, NotificationRecord>();
  return {
    async add(list) {
      for (const n of list) if (!queued.has(n.id)) queued.set(n.id, structuredClone(n));
    },
    async pending(limit) {
      return [...queued.values()]
        .filter((n) => !n.sentAt)
        .slice(0, limit)
        .map((n) => structuredClone(n));
    },
    async claim(ids, at) {
      const claimed: string[] = [];
      for (const id of ids) {
        const n = queued.get(id);
        if (!n || n.sentAt) continue;
        n.sentAt = at;
        claimed.push(id);
      }
      return claimed;
    },
    async release(ids) {
      for (const id of ids) {
        const n = queued.get(id);
        if (n) n.sentAt = null;
      }
    },
  };
}
