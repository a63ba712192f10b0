/**
 * The one error the domain services throw. It names what went wrong with a stable `code` and knows
 * nothing about transports: server/http/errors.ts turns codes into HTTP statuses, and the API
 * sends the code to clients unchanged, so codes are a contract (docs/API.md).
 */
export type DomainErrorCode =
  /** The input is wrong; `details` lists `{ path, message }` per field. */
  | 'invalid'
  /** No valid sign-in. */
  | 'unauthenticated'
  /** Signed in, but the role or consortium does not allow this. */
  | 'forbidden'
  /** The person was removed from the consortium their session is for. */
  | 'removed'
  | 'unknown-consortium'
  | 'unknown-partner'
  | 'unknown-member'
  | 'unknown-invite'
  | 'unknown-thread'
  | 'unknown-message'
  | 'unknown-chapter'
  /** No decision with this key in the consortium's dossier. */
  | 'unknown-decision'
  /** No such version of this consortium's dossier. */
  | 'unknown-version'
  /** A consortium with the requested id exists already. */
  | 'taken'
  /** A consortium keeps at least one coordinator. */
  | 'last-coordinator'
  /** A partner still has members or usable invitations. */
  | 'partner-in-use'
  /** The message was deleted and cannot change any more. */
  | 'deleted'
  /** Sign-offs wait until the chapter is in review. */
  | 'not-in-review'
  /** "Approved by the institutions" waits until every partner has signed off the chapter's current text. */
  | 'signoffs-missing'
  | 'invite-expired'
  | 'invite-revoked'
  | 'invite-used-up'
  /** A CSV import has bad rows; `details` lists `{ line, field, message }` and nothing was added. */
  | 'invalid-csv'
  /** The dossier has lost its curriculum chapter, so units have nowhere to go. */
  | 'no-curriculum'
  /** Sign-in e-mail links: none with this code, used once already, or too old. */
  | 'unknown-link'
  | 'unknown-session'
  | 'link-used'
  | 'link-expired'
  /** Single sign-on is not configured on this server (OIDC_ISSUER unset). */
  | 'sso-off'
  /** A single-sign-on answer whose state this browser did not ask for, or asked for and used already, or too late. */
  | 'sso-state'
  /** The identity provider's answer failed a check (issuer, audience, nonce, PKCE, signature) or the provider refused. */
  | 'sso-refused'
  /** Linking single sign-on while signed in: the provider's identity belongs to another account already. */
  | 'sso-linked-elsewhere'
  /** A passkey challenge that does not exist, was used already or is too old. */
  | 'unknown-challenge'
  /** A passkey answer that does not verify, or a passkey this server does not know. */
  | 'passkey-refused'
  | 'unknown-passkey'
  /** Too many sign-in attempts from one client address or for one e-mail address. */
  | 'rate-limited'
  /** The person may not record institutional approvals for that partner (a coordinator allows it on the People page). */
  | 'not-approver'
  /** No institutional approval is recorded for that chapter and partner. */
  | 'unknown-approval'
  /** An institutional approval follows the partner's sign-off of the chapter's current text, which is missing or stale. */
  | 'signoff-not-current'
  /** Agreed without every partner's current sign-off needs a reason. */
  | 'reason-required'
  /** The readiness before signing lists open points; `details` is the readiness (execute again with `despiteOpenPoints`). */
  | 'agreement-not-ready'
  /** The agreement is executed already: start an amendment to change it. */
  | 'already-executed'
  /** No executed agreement is in force (for an amendment), or none with that number. */
  | 'not-executed'
  | 'unknown-execution'
  /** The executed agreement is read-only: this change would write into it. */
  | 'agreement-frozen'
  /** An upload that is not a PDF file. */
  | 'not-a-pdf'
  /** A signed copy for a partner institution the uploader does not belong to. */
  | 'other-partner';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A field of the input names something that does not exist: an `invalid` error pointing at that field. */
export function invalidField(path: string, message: string): DomainError {
  return new DomainError('invalid', `${path}: ${message}`, [{ path, message }]);
}
