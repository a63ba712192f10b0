import { createHash, randomBytes } from 'node:crypto';
import type { SessionEnd, SessionRecord, SessionStore } from '../storage/accountTypes.ts';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A session id: 256 random bits, base64url (no dots, so it is never mistaken for a signed token). */
export const newSessionId = () => randomBytes(32).toString('base64url');
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export interface SessionLifetimes {
  /** Ends a session nobody used for this long. */
  idleSeconds: number;
  /** Ends every session this long after its sign-in, used or not. */
  maxSeconds: number;
}

export type SessionCheck =
  | { ok: true; session: SessionRecord }
  | { ok: false; reason: 'invalid' | 'expired' }
  /** Ended because the person was removed from the consortium it spoke for: the account is still theirs. */
  | { ok: false; reason: 'removed'; session: SessionRecord };

/** Device as people recognise it ("Chrome on Linux"), from the User-Agent; nothing more is kept of it. */
export function deviceOf(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : undefined;
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : undefined;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? (ua ? ua.slice(0, 60) : 'Unknown device');
}

/**
 * Server-side sessions: the browser's cookie holds a random id, the store only its hash. A session
 * ends when its person signs out or ends it from another device, when it was idle or lived too long,
 * and when a coordinator removes its person from the consortium it spoke for.
 */
export class SignInSessions {
  /** How stale `lastSeenAt` may get before a request writes it again (fewer writes, idle limit still exact enough). */
  private readonly touchEveryMs: number;

  constructor(
    private readonly store: SessionStore,
    readonly lifetimes: SessionLifetimes,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.touchEveryMs = Math.min(60_000, (lifetimes.idleSeconds * 1000) / 10);
  }

  /** A new session (a sign-in): returns the id for the cookie; only its hash is stored. */
  async start(accountId: string, consortiumId: string | null, userAgent: string | undefined): Promise<string> {
    const id = newSessionId();
    const now = this.now();
    await this.store.create({
      idHash: hashSecret(id),
      accountId,
      consortiumId,
      userAgent: (userAgent ?? '').slice(0, 300),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.lifetimes.maxSeconds * 1000).toISOString(),
      endedAt: null,
      endReason: null,
    });
    return id;
  }

  async check(id: string): Promise<SessionCheck> {
    if (!SESSION_ID.test(id)) return { ok: false, reason: 'invalid' };
    const session = await this.store.get(hashSecret(id));
    if (!session) return { ok: false, reason: 'invalid' };
    if (session.endedAt)
      return session.endReason === 'removed' ? { ok: false, reason: 'removed', session } : { ok: false, reason: 'expired' };
    const now = this.now();
    const idleSince = Date.parse(session.lastSeenAt);
    if (now.getTime() >= Date.parse(session.expiresAt) || now.getTime() - idleSince >= this.lifetimes.idleSeconds * 1000) {
      await this.store.end(session.accountId, now.toISOString(), 'ended', { idHash: session.idHash });
      return { ok: false, reason: 'expired' };
    }
    if (now.getTime() - idleSince >= this.touchEveryMs) await this.store.touch(session.idHash, now.toISOString());
    return { ok: true, session };
  }

  /** Points the session at another of the person's memberships (switching consortium). */
  async moveTo(session: SessionRecord, consortiumId: string): Promise<void> {
    await this.store.touch(session.idHash, this.now().toISOString(), consortiumId);
  }

  async list(accountId: string): Promise<SessionRecord[]> {
    const now = this.now().getTime();
    const live = (s: SessionRecord) => now < Date.parse(s.expiresAt) && now - Date.parse(s.lastSeenAt) < this.lifetimes.idleSeconds * 1000;
    return (await this.store.listForAccount(accountId)).filter(live).sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  }

  /** Ends one session of the account (by its hash), or every one; returns how many ended. */
  async end(accountId: string, reason: SessionEnd, filter?: { idHash?: string; consortiumId?: string }): Promise<number> {
    return this.store.end(accountId, this.now().toISOString(), reason, filter);
  }
}
