import type { IncomingMessage, ServerResponse } from 'node:http';
import { AcceptInvite, CreateConsortium, SwitchConsortium, type MeResponse, type SignedOutAnswer } from '../../../shared/api.ts';
import { identityOf, isSignedToken, type Bearer } from '../../auth/access.ts';
import { clearSessionCookie } from '../../auth/cookies.ts';
import { cleanName, type Identity } from '../../auth/tokens.ts';
import { DomainError } from '../../consortia/errors.ts';
import { SIGNED_OUT_ANSWER } from '../../../shared/names.ts';
import type { MemberRecord } from '../../storage/types.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { errorResponse } from '../errors.ts';
import { authenticate, checkOrigin, requestToken } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import { startSession } from '../signIn.ts';
import type { Router } from '../router.ts';

/**
 * Signs the browser in as this member: a new server-side session (the cookie rotates at every
 * sign-in, so an id planted before it is worthless after), and the request's old session ends.
 */
async function signIn(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
  member: MemberRecord,
  status: number,
  body: object,
): Promise<void> {
  await startSession(req, res, deps, member.userId, member.name, member.consortiumId);
  sendJson(res, status, body);
}

/** The person behind the current credential, if any, whatever their standing: joining or creating keeps their user id. */
async function currentUser(req: IncomingMessage, deps: ApiDeps): Promise<(Bearer & { ok: true }) | undefined> {
  const bearer = await deps.access.bearer(requestToken(req).token);
  return bearer.ok ? bearer : undefined;
}

export function sessionRoutes(router: Router, deps: ApiDeps): void {
  const { consortia, invites, sessions, accounts } = deps.services;
  const localeOf = async (userId: string) => (await accounts.get(userId))?.locale ?? null;

  router.on('GET', '/auth', async ({ req, res, url }) => {
    // Only a signed token is a way in here: a session id in a link would hand a session to whoever holds the link.
    const token = url.searchParams.get('token') ?? '';
    const access = isSignedToken(token) ? await deps.access.resolve(token) : undefined;
    if (!access?.ok) throw new DomainError('unauthenticated', 'This sign-in link is invalid, has expired or was withdrawn.');
    const { identity } = access;
    await startSession(req, res, deps, identity.userId, identity.name, identity.consortiumId);
    res.writeHead(303, {
      location: `/c/${identity.consortiumId}`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    res.end();
  });

  router.on('POST', '/api/consortia', async ({ req, res }) => {
    checkOrigin(req, true);
    const input = await parseBody(req, CreateConsortium, deps.maxJsonBytes);
    const { consortium, member } = await consortia.create(input, (await currentUser(req, deps))?.userId);
    await signIn(req, res, deps, member, 201, { consortium, identity: identityOf(member) });
  });

  router.on('GET', '/api/me', async ({ req, res, url }) => {
    try {
      await me(req, res);
    } catch (error) {
      const refused = url.search.slice(1) === SIGNED_OUT_ANSWER ? errorResponse(error) : undefined;
      if (!refused || refused.status !== 401) throw error;
      sendJson(res, 200, { identity: null, refused: { ...refused.body.error, status: refused.status } } satisfies SignedOutAnswer);
    }
  });

  async function me(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let identity: Identity;
    try {
      identity = await authenticate(req, deps.access);
    } catch (error) {
      // Removed from the consortium the session points at: move the session to another one the
      // person still belongs to, if any, instead of locking them out of everything.
      // The same for a session in no consortium yet (signed in by e-mail before being invited).
      const user = error instanceof DomainError ? await currentUser(req, deps) : undefined;
      if (user && error instanceof DomainError && error.code !== 'removed' && user.consortiumId !== null) throw error;
      const other = user && (await sessions.fallback(user.userId));
      if (!other) throw error;
      return signIn(req, res, deps, other, 200, {
        identity: identityOf(other),
        memberships: await sessions.memberships(other.userId),
        locale: await localeOf(other.userId),
      } satisfies MeResponse);
    }
    sendJson(res, 200, {
      identity,
      memberships: await sessions.memberships(identity.userId),
      locale: await localeOf(identity.userId),
    } satisfies MeResponse);
  }

  router.on('POST', '/api/session/switch', async ({ req, res }) => {
    // Only who the person is matters here, not their standing in the current consortium: someone
    // removed from one consortium must still be able to go to the others they belong to.
    const { token, fromCookie } = requestToken(req);
    checkOrigin(req, fromCookie);
    const identity = await currentUser(req, deps);
    if (!token || !identity) throw new DomainError('unauthenticated', 'Sign in first: open your invitation link.');
    const { consortiumId } = await parseBody(req, SwitchConsortium, deps.maxJsonBytes);
    const member = await sessions.switchTo(identity.userId, consortiumId);
    await signIn(req, res, deps, member, 200, { identity: identityOf(member) });
  });

  router.on('DELETE', '/api/session', async ({ req, res }) => {
    const bearer = await currentUser(req, deps);
    if (bearer?.session) await deps.access.sessions.end(bearer.userId, 'signed-out', { idHash: bearer.session.idHash });
    sendJson(res, 200, { ok: true }, { 'set-cookie': clearSessionCookie() });
  });

  router.on('GET', '/api/invites/:code', async ({ res, params }) => {
    sendJson(res, 200, { invite: await invites.preview(params.code!) });
  });

  router.on('POST', '/api/invites/:code/accept', async ({ req, res, params }) => {
    checkOrigin(req, true);
    const { name } = await parseBody(req, AcceptInvite, deps.maxJsonBytes);
    const member = await invites.accept(params.code!, cleanName(name), (await currentUser(req, deps))?.userId);
    await signIn(req, res, deps, member, 200, { identity: identityOf(member) });
  });
}
