import {
  linkVerdict,
  type AccountRecord,
  type AccountStore,
  type SessionRecord,
  type SessionStore,
  type SignInLinkRecord,
  type SignInLinkStore,
} from './accountTypes.ts';

const clone = <T>(v: T): T => structuredClone(v);

/** The in-memory account, session and sign-in link stores (same contract as the durable ones). */
export function memoryAccountStores(): { accounts: AccountStore; sessions: SessionStore; signInLinks: SignInLinkStore } {
  const accounts = new Map<string, AccountRecord>();
  const sessions = new Map<string, SessionRecord>();
  const links = new Map<string, SignInLinkRecord>();
  const emailTaken = (a: AccountRecord) => a.email !== null && [...accounts.values()].some((o) => o.id !== a.id && o.email === a.email);

  return {
    accounts: {
      async get(id) {
        const a = accounts.get(id);
        return a && clone(a);
      },
      async findByEmail(email) {
        const a = [...accounts.values()].find((o) => o.email === email);
        return a && clone(a);
      },
      async create(account) {
        if (accounts.has(account.id) || emailTaken(account)) return false;
        accounts.set(account.id, clone(account));
        return true;
      },
      async update(account) {
        if (!accounts.has(account.id) || emailTaken(account)) return false;
        accounts.set(account.id, clone(account));
        return true;
      },
    },
    sessions: {
      async create(session) {
        sessions.set(session.idHash, clone(session));
      },
      async get(idHash) {
        const s = sessions.get(idHash);
        return s && clone(s);
      },
      async listForAccount(accountId) {
        return [...sessions.values()].filter((s) => s.accountId === accountId && !s.endedAt).map(clone);
      },
      async touch(idHash, at, consortiumId) {
        const s = sessions.get(idHash);
        if (!s || s.endedAt) return;
        s.lastSeenAt = at;
        if (consortiumId !== undefined) s.consortiumId = consortiumId;
      },
      async end(accountId, at, reason, filter = {}) {
        let ended = 0;
        for (const s of sessions.values()) {
          if (s.accountId !== accountId || s.endedAt) continue;
          if (filter.idHash !== undefined && s.idHash !== filter.idHash) continue;
          if (filter.consortiumId !== undefined && s.consortiumId !== filter.consortiumId) continue;
          s.endedAt = at;
          s.endReason = reason;
          ended++;
        }
        return ended;
      },
    },
    signInLinks: {
      async create(link) {
        links.set(link.codeHash, clone(link));
      },
      async use(codeHash, now) {
        const link = links.get(codeHash);
        const verdict = linkVerdict(link, now);
        if (verdict) return { ok: false, reason: verdict };
        link!.usedAt = now.toISOString();
        return { ok: true, link: clone(link!) };
      },
    },
  };
}
