import { describe, expect, it } from 'vitest';
import type { AccountRecord, SessionRecord, SignInLinkRecord } from '../../server/storage/accountTypes.ts';
import type { Storage } from '../../server/storage/types.ts';
import { describeSignInMethodStores } from './signInMethodContract.ts';

const account = (id: string, email: string | null = null): AccountRecord => ({
  id,
  name: `Person ${id}`,
  email,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const session = (idHash: string, fields: Partial<SessionRecord> = {}): SessionRecord => ({
  idHash,
  accountId: 'a1',
  consortiumId: 'c1',
  userAgent: 'test',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-04-01T00:00:00.000Z',
  endedAt: null,
  endReason: null,
  ...fields,
});

const link = (codeHash: string, fields: Partial<SignInLinkRecord> = {}): SignInLinkRecord => ({
  codeHash,
  email: 'a@example.org',
  purpose: 'sign-in',
  accountId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-01T00:15:00.000Z',
  usedAt: null,
  ...fields,
});

/** The account, session and sign-in link stores: part of every adapter's contract (storageContract.ts). */
export function describeAccountStores(storage: () => Storage): void {
  describe('accounts', () => {
    it('creates once per id, finds by verified address, and keeps an address on one account only', async () => {
      const s = storage();
      expect(await s.accounts.create(account('a1', 'ana@example.org'))).toBe(true);
      expect(await s.accounts.create(account('a1'))).toBe(false);
      expect(await s.accounts.create(account('a2', 'ana@example.org'))).toBe(false);
      expect(await s.accounts.get('a2')).toBeUndefined();
      expect(await s.accounts.create(account('a2'))).toBe(true);
      expect((await s.accounts.findByEmail('ana@example.org'))?.id).toBe('a1');
      expect(await s.accounts.update({ ...account('a2'), email: 'ana@example.org' })).toBe(false);
      expect(await s.accounts.update({ ...account('a2'), email: 'bo@example.org', name: 'Bo' })).toBe(true);
      expect(await s.accounts.get('a2')).toMatchObject({ email: 'bo@example.org', name: 'Bo' });
      expect(await s.accounts.update(account('nobody'))).toBe(false);
    });
  });

  describe('sessions', () => {
    it('stores, touches, moves and ends sessions; ended ones are left alone and not listed', async () => {
      const s = storage();
      await s.sessions.create(session('h1'));
      await s.sessions.create(session('h2', { consortiumId: 'c2' }));
      await s.sessions.create(session('h3', { accountId: 'a2' }));
      await s.sessions.touch('h1', '2026-01-02T00:00:00.000Z');
      await s.sessions.touch('h2', '2026-01-02T00:00:00.000Z', 'c3');
      expect(await s.sessions.get('h1')).toMatchObject({ lastSeenAt: '2026-01-02T00:00:00.000Z', consortiumId: 'c1' });
      expect(await s.sessions.get('h2')).toMatchObject({ consortiumId: 'c3' });
      expect((await s.sessions.listForAccount('a1')).map((x) => x.idHash).sort()).toEqual(['h1', 'h2']);

      expect(await s.sessions.end('a1', '2026-01-03T00:00:00.000Z', 'removed', { consortiumId: 'c1' })).toBe(1);
      expect(await s.sessions.get('h1')).toMatchObject({ endedAt: '2026-01-03T00:00:00.000Z', endReason: 'removed' });
      await s.sessions.touch('h1', '2026-01-04T00:00:00.000Z', 'c9');
      expect(await s.sessions.get('h1')).toMatchObject({ lastSeenAt: '2026-01-02T00:00:00.000Z', consortiumId: 'c1' });
      // Another account's session is never ended by naming its hash.
      expect(await s.sessions.end('a1', '2026-01-03T00:00:00.000Z', 'ended', { idHash: 'h3' })).toBe(0);
      expect(await s.sessions.end('a1', '2026-01-03T00:00:00.000Z', 'signed-out')).toBe(1);
      expect(await s.sessions.listForAccount('a1')).toEqual([]);
      expect((await s.sessions.listForAccount('a2')).map((x) => x.idHash)).toEqual(['h3']);
    });
  });

  describe('sign-in links', () => {
    it('uses a link once, refuses unknown and expired ones', async () => {
      const s = storage();
      const now = new Date('2026-01-01T00:10:00.000Z');
      await s.signInLinks.create(link('l1'));
      await s.signInLinks.create(link('old', { expiresAt: '2026-01-01T00:09:59.000Z' }));
      expect(await s.signInLinks.use('nope', now)).toEqual({ ok: false, reason: 'unknown' });
      expect(await s.signInLinks.use('old', now)).toEqual({ ok: false, reason: 'expired' });
      const first = await s.signInLinks.use('l1', now);
      expect(first.ok && first.link).toMatchObject({ email: 'a@example.org', usedAt: now.toISOString() });
      expect(await s.signInLinks.use('l1', now)).toEqual({ ok: false, reason: 'used' });
    });

    it('admits exactly one use when a link is opened several times at once', async () => {
      const s = storage();
      await s.signInLinks.create(link('race'));
      const now = new Date('2026-01-01T00:01:00.000Z');
      const results = await Promise.all(Array.from({ length: 6 }, () => s.signInLinks.use('race', now)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });
  });

  describeSignInMethodStores(storage);
}
