/**
 * Accounts and sign-in: who a person is across consortia, and how they come back. An account's id
 * is the user id its memberships carry (and a signed token's `sub`), so a token, an e-mailed link
 * and a session all reach the same memberships.
 */

import type { Locale } from '../../shared/i18n/locales.ts';
import type { NotifyChoice } from './notificationTypes.ts';

export interface AccountRecord {
  id: string;
  name: string;
  /** A verified address (only ever set by using a link sent to it), lower case; unique across accounts. */
  email: string | null;
  createdAt: string;
  /** How the person wants e-mail notifications (absent: immediately). */
  notify?: NotifyChoice;
  /** The interface language the person chose (absent: the browser's language decides). */
  locale?: Locale;
}

export interface AccountStore {
  get(id: string): Promise<AccountRecord | undefined>;
  findByEmail(email: string): Promise<AccountRecord | undefined>;
  /** Inserts unless the id exists; false (and nothing changed) when it does. */
  create(account: AccountRecord): Promise<boolean>;
  /** Replaces the record; false (and nothing changed) when its e-mail belongs to another account. */
  update(account: AccountRecord): Promise<boolean>;
}

export type SessionEnd = 'signed-out' | 'ended' | 'removed' | 'rotated';

export interface SessionRecord {
  /** SHA-256 of the id in the cookie: a stolen database holds no usable session. */
  idHash: string;
  accountId: string;
  /** The membership the session speaks for now (null: signed in, but in no consortium yet). */
  consortiumId: string | null;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end, fixed at sign-in; the idle limit counts from `lastSeenAt`. */
  expiresAt: string;
  endedAt: string | null;
  endReason: SessionEnd | null;
}

export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | undefined>;
  /** Sessions of an account that have not been ended (expired ones included: the caller judges time). */
  listForAccount(accountId: string): Promise<SessionRecord[]>;
  /** Sets `lastSeenAt` and, when given, the consortium; ended sessions are left alone. */
  touch(idHash: string, lastSeenAt: string, consortiumId?: string | null): Promise<void>;
  /** Ends the sessions of an account that are still open (all, or only those at `consortiumId`); returns how many. */
  end(accountId: string, at: string, reason: SessionEnd, filter?: { idHash?: string; consortiumId?: string }): Promise<number>;
}

export interface SignInLinkRecord {
  /** SHA-256 of the code in the link. */
  codeHash: string;
  email: string;
  /** 'verify' adds the address to `accountId`; 'sign-in' signs into the account holding the address (made on first use). */
  purpose: 'sign-in' | 'verify';
  accountId: string | null;
  /** A page of this site to return to after signing in (the invitation the person asked from); absent: their consortium. */
  next?: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export type SignInLinkUse = { ok: true; link: SignInLinkRecord } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export interface SignInLinkStore {
  create(link: SignInLinkRecord): Promise<void>;
  /** Checks and marks the link used in one step, so a link admits once even when opened twice at once. */
  use(codeHash: string, now: Date): Promise<SignInLinkUse>;
}

/** Why a sign-in link cannot be used now, or undefined when it can. Shared by every adapter. */
export function linkVerdict(link: SignInLinkRecord | undefined, now: Date): 'unknown' | 'expired' | 'used' | undefined {
  if (!link) return 'unknown';
  if (link.usedAt) return 'used';
  if (Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return undefined;
}
