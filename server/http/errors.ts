import type { ErrorBody } from '../../shared/api.ts';
import { DomainError, type DomainErrorCode } from '../consortia/errors.ts';

/** Refusals that belong to HTTP itself (body, method, path, origin), not to any domain rule. */
export type HttpErrorCode =
  | 'not-found'
  | 'method-not-allowed'
  | 'bad-parameter'
  | 'malformed-json'
  | 'too-large'
  | 'unsupported-media-type'
  | 'cross-origin'
  | 'bad-format'
  | 'bad-chapter'
  | 'internal';

export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one place error codes become HTTP statuses (docs/API.md lists it; a unit test keeps the two equal). */
export const ERROR_STATUS: Record<DomainErrorCode | HttpErrorCode, number> = {
  invalid: 400,
  'invalid-csv': 400,
  'bad-parameter': 400,
  'malformed-json': 400,
  'bad-format': 400,
  'bad-chapter': 400,
  'sso-state': 400,
  'unknown-challenge': 400,
  unauthenticated: 401,
  'sso-refused': 401,
  'sso-linked-elsewhere': 409,
  'passkey-refused': 401,
  forbidden: 403,
  'not-approver': 403,
  'other-partner': 403,
  removed: 403,
  'cross-origin': 403,
  'not-found': 404,
  'unknown-consortium': 404,
  'unknown-partner': 404,
  'unknown-member': 404,
  'unknown-invite': 404,
  'unknown-thread': 404,
  'unknown-message': 404,
  'unknown-chapter': 404,
  'unknown-decision': 404,
  'unknown-link': 404,
  'unknown-session': 404,
  'unknown-version': 404,
  'unknown-passkey': 404,
  'unknown-execution': 404,
  'unknown-approval': 404,
  'sso-off': 404,
  'method-not-allowed': 405,
  taken: 409,
  'last-coordinator': 409,
  'partner-in-use': 409,
  deleted: 409,
  'not-in-review': 409,
  'signoffs-missing': 409,
  'no-curriculum': 409,
  'signoff-not-current': 409,
  'reason-required': 409,
  'agreement-not-ready': 409,
  'already-executed': 409,
  'not-executed': 409,
  'agreement-frozen': 409,
  'invite-expired': 410,
  'invite-revoked': 410,
  'invite-used-up': 410,
  'link-used': 410,
  'link-expired': 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  'not-a-pdf': 415,
  'rate-limited': 429,
  internal: 500,
};

/** Status and body for an error the API answers with; undefined for anything unexpected (a bug: log it, answer 500). */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } | undefined {
  if (!(error instanceof DomainError || error instanceof HttpError)) return undefined;
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) },
  };
  return { status: ERROR_STATUS[error.code], body };
}
