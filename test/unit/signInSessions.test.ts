import { expect, it } from 'vitest';
import { deviceOf, hashSecret, SignInSessions } from '../../server/accounts/signInSessions.ts';
import { createMemoryStorage } from '../../server/storage/memory.ts';

it('ends a session left idle past the idle lifetime, while use keeps it alive until the absolute one', async () => {
  const storage = createMemoryStorage();
  let now = Date.parse('2026-03-01T09:00:00.000Z');
  const sessions = new SignInSessions(storage.sessions, { idleSeconds: 3600, maxSeconds: 4 * 3600 }, () => new Date(now));
  const busy = await sessions.start('eva', 'c1', 'ua');
  const idle = await sessions.start('eva', 'c1', 'ua');
  for (let minutes = 0; minutes < 3 * 60; minutes += 30) {
    now += 30 * 60_000;
    expect((await sessions.check(busy)).ok).toBe(true);
  }
  expect(await sessions.check(idle)).toEqual({ ok: false, reason: 'expired' });
  expect(await storage.sessions.get(hashSecret(idle))).toMatchObject({ endReason: 'ended' });
  now += 60 * 60_000 - 1;
  expect((await sessions.check(busy)).ok).toBe(true);
  now += 1;
  expect(await sessions.check(busy)).toEqual({ ok: false, reason: 'expired' });
  expect(await sessions.list('eva')).toEqual([]);
});

it('names devices as people know them', () => {
  expect(
    deviceOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'),
  ).toBe('Safari on macOS');
  expect(
    deviceOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0'),
  ).toBe('Edge on Windows');
  expect(deviceOf(undefined)).toBe('Unknown device');
});
