import {
  challengeLive,
  type ChallengeRecord,
  type ChallengeStore,
  type OidcSubjectStore,
  type PasskeyRecord,
  type PasskeyStore,
} from './signInMethodTypes.ts';

const clone = <T>(v: T): T => structuredClone(v);

/** The in-memory single-sign-on subject, passkey and challenge stores (same contract as the durable ones). */
export function memorySignInMethodStores(): { oidcSubjects: OidcSubjectStore; passkeys: PasskeyStore; challenges: ChallengeStore } {
  const subjects = new Map<string, string>();
  const passkeys = new Map<string, PasskeyRecord>();
  const challenges = new Map<string, ChallengeRecord>();
  const subjectKey = (issuer: string, subject: string) => JSON.stringify([issuer, subject]);
  return {
    oidcSubjects: {
      async find(issuer, subject) {
        return subjects.get(subjectKey(issuer, subject));
      },
      async link(r) {
        const key = subjectKey(r.issuer, r.subject);
        if (!subjects.has(key)) subjects.set(key, r.accountId);
        return subjects.get(key)!;
      },
      async anyFor(accountId) {
        return [...subjects.values()].includes(accountId);
      },
    },
    passkeys: {
      async create(p) {
        if (passkeys.has(p.id)) return false;
        passkeys.set(p.id, clone(p));
        return true;
      },
      async get(id) {
        const p = passkeys.get(id);
        return p && clone(p);
      },
      async listForAccount(accountId) {
        return [...passkeys.values()].filter((p) => p.accountId === accountId).map(clone);
      },
      async used(id, counter, at) {
        const p = passkeys.get(id);
        if (p) Object.assign(p, { counter, lastUsedAt: at });
      },
      async remove(accountId, id) {
        if (passkeys.get(id)?.accountId !== accountId) return false;
        return passkeys.delete(id);
      },
    },
    challenges: {
      async create(c) {
        challenges.set(c.idHash, clone(c));
      },
      async take(idHash, now) {
        const c = challenges.get(idHash);
        challenges.delete(idHash);
        return challengeLive(c, now) ? c : undefined;
      },
    },
  };
}
