/**
 * The sign-in methods an account holds besides its e-mail address: single-sign-on subjects and
 * passkeys, and the short-lived challenges both methods hand out (an OpenID Connect state, a
 * WebAuthn challenge), each usable once.
 */

/** One identity at an OpenID provider, bound to one account for good. */
export interface OidcSubjectRecord {
  issuer: string;
  subject: string;
  accountId: string;
  createdAt: string;
}

export interface OidcSubjectStore {
  /** The account the (issuer, subject) pair is bound to. */
  find(issuer: string, subject: string): Promise<string | undefined>;
  /** Binds the pair unless it is bound already; returns the account it is bound to now (first binding wins). */
  link(record: OidcSubjectRecord): Promise<string>;
  /** Whether any single-sign-on identity is bound to the account (the account page offers linking otherwise). */
  anyFor(accountId: string): Promise<boolean>;
}

/** A WebAuthn credential (passkey) of an account. */
export interface PasskeyRecord {
  /** The credential id, base64url; unique across accounts. */
  id: string;
  accountId: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  /** What the person sees in the list ("Chrome on Linux"). */
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface PasskeyStore {
  /** Inserts unless the credential id exists; false when it does. */
  create(passkey: PasskeyRecord): Promise<boolean>;
  get(id: string): Promise<PasskeyRecord | undefined>;
  listForAccount(accountId: string): Promise<PasskeyRecord[]>;
  /** Records a use (the authenticator's counter and the time). */
  used(id: string, counter: number, at: string): Promise<void>;
  /** Removes one of the account's passkeys; false when the account has none with this id. */
  remove(accountId: string, id: string): Promise<boolean>;
}

export type ChallengeKind = 'oidc' | 'passkey-register' | 'passkey-sign-in';

export interface ChallengeRecord {
  /** SHA-256 of the key the browser holds (an OIDC state, a challenge id). */
  idHash: string;
  kind: ChallengeKind;
  /** Who asked (registering a passkey); null before sign-in. */
  accountId: string | null;
  /** What the method needs back at the second step (PKCE verifier, nonce, challenge, where to return). */
  data: Record<string, string>;
  expiresAt: string;
}

export interface ChallengeStore {
  create(challenge: ChallengeRecord): Promise<void>;
  /** Removes and returns the challenge in one step (so it admits once); undefined when unknown, used or expired. */
  take(idHash: string, now: Date): Promise<ChallengeRecord | undefined>;
}

/** A challenge that may still be used at `now`. */
export const challengeLive = (c: ChallengeRecord | undefined, now: Date): c is ChallengeRecord =>
  c !== undefined && Date.parse(c.expiresAt) > now.getTime();
