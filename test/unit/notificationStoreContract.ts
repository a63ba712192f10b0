import { describe, expect, it } from 'vitest';
import type { NotificationRecord, Storage } from '../../server/storage/types.ts';

const note = (id: string, fields: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id,
  accountId: 'a1',
  consortiumId: 'c1',
  kind: 'mention',
  actorName: 'Maria Garcia',
  chapter: 'vision',
  threadId: 't1',
  excerpt: 'Could you check this?',
  createdAt: '2026-01-01T00:00:00.000Z',
  sentAt: null,
  ...fields,
});

/** The notification outbox, a person's notification choice and re-attributing activity (merging members): part of every adapter's contract. */
export function describeNotificationStores(storage: () => Storage): void {
  describe('notification outbox', () => {
    it('queues once per id, lists pending oldest first, and claims each notification once', async () => {
      const s = storage();
      await s.notifications.add([note('n1'), note('n2', { accountId: 'a2' })]);
      await s.notifications.add([note('n1', { excerpt: 'changed' }), note('n3')]);
      expect((await s.notifications.pending(10)).map((n) => [n.id, n.excerpt])).toEqual([
        ['n1', 'Could you check this?'],
        ['n2', 'Could you check this?'],
        ['n3', 'Could you check this?'],
      ]);
      expect(await s.notifications.pending(2)).toHaveLength(2);
      expect(await s.notifications.claim(['n1', 'n3', 'nope'], '2026-01-02T00:00:00.000Z')).toEqual(['n1', 'n3']);
      expect(await s.notifications.claim(['n1', 'n2'], '2026-01-02T00:00:00.000Z')).toEqual(['n2']);
      expect(await s.notifications.pending(10)).toEqual([]);
      await s.notifications.release(['n3']);
      expect(await s.notifications.pending(10)).toEqual([note('n3')]);
      await s.notifications.add([]);
    });

    it('lets exactly one of several racing claims have a notification', async () => {
      const s = storage();
      await s.notifications.add([note('race')]);
      const results = await Promise.all(Array.from({ length: 6 }, () => s.notifications.claim(['race'], '2026-01-02T00:00:00.000Z')));
      expect(results.flat()).toEqual(['race']);
    });
  });

  describe('notification choice', () => {
    it('is kept with the account', async () => {
      const s = storage();
      await s.accounts.create({ id: 'a1', name: 'Ana', email: 'ana@uni.example', createdAt: '2026-01-01T00:00:00.000Z' });
      expect((await s.accounts.get('a1'))?.notify).toBeUndefined();
      const account = (await s.accounts.get('a1'))!;
      expect(await s.accounts.update({ ...account, notify: 'daily' })).toBe(true);
      expect((await s.accounts.get('a1'))?.notify).toBe('daily');
    });
  });

  describe('activity of merged members', () => {
    it('moves one person’s entries in one consortium to another person, and only those', async () => {
      const s = storage();
      const entry = (consortiumId: string, userId: string, action: string) => ({
        consortiumId,
        at: '2026-01-01T00:00:00.000Z',
        userId,
        name: `Name of ${userId}`,
        action,
        detail: { chapter: 'vision' },
      });
      await s.activity.append(entry('c1', 'old', 'export'));
      await s.activity.append(entry('c1', 'kept', 'version'));
      await s.activity.append(entry('c1', 'old', 'restore'));
      await s.activity.append(entry('c2', 'old', 'export'));
      expect(await s.activity.reassign('c1', 'old', { userId: 'kept', name: 'Kept Name' })).toBe(2);
      expect((await s.activity.list('c1', 10)).map((a) => [a.action, a.userId, a.name, a.detail.chapter])).toEqual([
        ['restore', 'kept', 'Kept Name', 'vision'],
        ['version', 'kept', 'Name of kept', 'vision'],
        ['export', 'kept', 'Kept Name', 'vision'],
      ]);
      expect((await s.activity.list('c2', 10)).map((a) => a.userId)).toEqual(['old']);
    });
  });
}
