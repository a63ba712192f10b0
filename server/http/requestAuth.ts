import type { IncomingMessage } from 'node:http';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { Identity, TokenService } from '../auth/tokens.ts';
import { sameOrigin } from '../transport/syncGate.ts';
import { HttpError } from './respond.ts';

/**
 * The caller's identity, from `Authorization: Bearer` (scripts) or the session cookie (browser).
 * Cookie-authenticated writes must come from our own origin (CSRF).
 */
export async function authenticate(req: IncomingMessage, tokens: TokenService): Promise<Identity> {
  const header = req.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const token = bearer ?? readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token) throw new HttpError(401, 'unauthenticated', 'Sign in first: open your invitation link.');
  if (!bearer && req.method !== 'GET' && req.method !== 'HEAD' && !sameOrigin(req)) {
    throw new HttpError(403, 'cross-origin', 'Cross-origin requests are not accepted.');
  }
  const check = await tokens.verify(token);
  if (!check.ok) throw new HttpError(401, 'unauthenticated', check.reason === 'expired' ? 'Your session has expired.' : 'Invalid token.');
  return check.identity;
}

export function requireConsortium(identity: Identity, consortiumId: string): void {
  if (identity.consortiumId !== consortiumId) throw new HttpError(403, 'forbidden', 'You are not a member of this consortium.');
}
