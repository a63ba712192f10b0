import type { IncomingMessage } from 'node:http';
import type { AccessService } from '../auth/access.ts';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { Identity } from '../auth/tokens.ts';
import { sameOrigin } from '../transport/syncGate.ts';
import { DomainError } from '../consortia/errors.ts';
import { HttpError } from './errors.ts';

/** The raw token of a request: `Authorization: Bearer` (scripts) or the session cookie (browser). */
export function requestToken(req: IncomingMessage): { token: string | undefined; fromCookie: boolean } {
  const header = req.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (bearer) return { token: bearer, fromCookie: false };
  return { token: readCookie(req.headers.cookie, SESSION_COOKIE), fromCookie: true };
}

/** Cookie-authenticated writes must come from our own origin (CSRF). */
export function checkOrigin(req: IncomingMessage, fromCookie: boolean): void {
  if (fromCookie && req.method !== 'GET' && req.method !== 'HEAD' && !sameOrigin(req)) {
    throw new HttpError('cross-origin', 'Cross-origin requests are not accepted.');
  }
}

/** The caller's effective identity (membership role); `unauthenticated` or `removed` otherwise. */
export async function authenticate(req: IncomingMessage, access: AccessService): Promise<Identity> {
  const { token, fromCookie } = requestToken(req);
  if (!token) throw new DomainError('unauthenticated', 'Sign in first: open your invitation link.');
  checkOrigin(req, fromCookie);
  const result = await access.resolve(token);
  if (result.ok) return result.identity;
  if (result.reason === 'removed') throw new DomainError('removed', 'You are no longer a member of this consortium.');
  if (result.reason === 'no-consortium')
    throw new DomainError(
      'unauthenticated',
      'You are signed in, but not a member of any consortium yet: open an invitation link or start a consortium.',
    );
  throw new DomainError('unauthenticated', result.reason === 'expired' ? 'Your session has expired: sign in again.' : 'Invalid token.');
}
