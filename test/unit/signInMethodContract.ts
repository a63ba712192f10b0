import { describe, expect, it } from 'vitest';
import type { ChallengeRecord, PasskeyRecord } from '../../server/storage/signInMethodTypes.ts';
import type { Storage } from '../../server/storage/types.ts';

const passkey = (id: string, accountId = 'a1'): PasskeyRecord => ({
  id,
  accountId,
  publicKey: 'pk-' + id,
  counter: 0,
  transports: ['internal'],
  name: 'Chrome on Linux',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
});

const challenge = (idHash: string, expiresAt = '2026-01-01T00:05:00.000Z'): ChallengeRecord => ({
  idHash,
  kind: 'oidc',
  accountId: null,
  data: { verifier: 'v', nonce: 'n' },
  expiresAt,
});

/** Single-sign-on subjects, passkeys and sign-in challenges: part of the account store contract. */
export function describeSignInMethodStores(storage: () => Storage): void {
  describe('single-sign-on subjects', () => {
    it('binds an (issuer, subject) pair to one account for good: the first binding wins', async () => {
      const s = storage();
      expect(await s.oidcSubjects.find('https://idp.example', 'u1')).toBeUndefined();
      const at = '2026-01-01T00:00:00.000Z';
      expect(await s.oidcSubjects.link({ issuer: 'https://idp.example', subject: 'u1', accountId: 'a1', createdAt: at })).toBe('a1');
      expect(await s.oidcSubjects.link({ issuer: 'https://idp.example', subject: 'u1', accountId: 'a2', createdAt: at })).toBe('a1');
      // The same subject at another provider is another person.
      expect(await s.oidcSubjects.link({ issuer: 'https://other.example', subject: 'u1', accountId: 'a2', createdAt: at })).toBe('a2');
      expect(await s.oidcSubjects.find('https://idp.example', 'u1')).toBe('a1');
      // The account page asks whether an account can sign in with single sign-on at all.
      expect(await s.oidcSubjects.anyFor('a1')).toBe(true);
      expect(await s.oidcSubjects.anyFor('a3')).toBe(false);
    });
  });

  describe('passkeys', () => {
    it('stores one credential id once, lists an account’s own, records uses and removes only its own', async () => {
      const s = storage();
      expect(await s.passkeys.create(passkey('k1'))).toBe(true);
      expect(await s.passkeys.create(passkey('k1', 'a2'))).toBe(false);
      expect(await s.passkeys.create(passkey('k2'))).toBe(true);
      expect(await s.passkeys.create(passkey('k3', 'a2'))).toBe(true);
      expect((await s.passkeys.listForAccount('a1')).map((p) => p.id)).toEqual(['k1', 'k2']);
      await s.passkeys.used('k1', 7, '2026-01-02T00:00:00.000Z');
      expect(await s.passkeys.get('k1')).toMatchObject({ accountId: 'a1', counter: 7, lastUsedAt: '2026-01-02T00:00:00.000Z' });
      expect(await s.passkeys.remove('a1', 'k3')).toBe(false);
      expect(await s.passkeys.remove('a1', 'k1')).toBe(true);
      expect(await s.passkeys.remove('a1', 'k1')).toBe(false);
      expect((await s.passkeys.listForAccount('a1')).map((p) => p.id)).toEqual(['k2']);
      expect(await s.passkeys.get('k3')).toMatchObject({ accountId: 'a2' });
    });
  });

  describe('sign-in challenges', () => {
    it('gives a challenge back once, and never an expired one', async () => {
      const s = storage();
      const now = new Date('2026-01-01T00:01:00.000Z');
      await s.challenges.create(challenge('c1'));
      await s.challenges.create(challenge('old', '2026-01-01T00:00:59.000Z'));
      expect(await s.challenges.take('nope', now)).toBeUndefined();
      expect(await s.challenges.take('old', now)).toBeUndefined();
      expect(await s.challenges.take('c1', now)).toMatchObject({ kind: 'oidc', data: { verifier: 'v', nonce: 'n' } });
      expect(await s.challenges.take('c1', now)).toBeUndefined();
    });

    it('admits exactly one of several takes at once', async () => {
      const s = storage();
      await s.challenges.create(challenge('race'));
      const now = new Date('2026-01-01T00:01:00.000Z');
      const results = await Promise.all(Array.from({ length: 6 }, () => s.challenges.take('race', now)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
