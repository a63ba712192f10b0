import type { IncomingMessage, ServerResponse } from 'node:http';
import { localeCookie, sessionCookie } from '../auth/cookies.ts';
import type { ApiDeps } from './context.ts';
import { requestToken } from './requestAuth.ts';

/**
 * A sign-in: ends the request's current session, if any ("rotated"), starts a new one for the
 * account and sets its id as the cookie on `res` (the caller writes the response). The account is
 * made on first sight, so a token's subject and an invite's new member have one to come back to.
 */
export async function startSession(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
  accountId: string,
  name: string,
  consortiumId: string | null,
): Promise<void> {
  const sessions = deps.access.sessions;
  const previous = await deps.access.bearer(requestToken(req).token);
  if (previous.ok && previous.session) await sessions.end(previous.session.accountId, 'rotated', { idHash: previous.session.idHash });
  const account = await deps.services.accounts.ensure(accountId, name);
  const id = await sessions.start(accountId, consortiumId, req.headers['user-agent']);
  const secure = deps.secureCookies(req);
  res.setHeader('set-cookie', [
    sessionCookie(id, sessions.lifetimes.maxSeconds, secure),
    ...(account.locale ? [localeCookie(account.locale, secure)] : []),
  ]);
}
