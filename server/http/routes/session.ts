import type { IncomingMessage, ServerResponse } from 'node:http';
import { AcceptInvite, CreateConsortium, SwitchConsortium, type MeResponse } from '../../../shared/api.ts';
import { identityOf } from '../../auth/access.ts';
import { sessionCookie, SESSION_COOKIE } from '../../auth/cookies.ts';
import { cleanName, type Identity } from '../../auth/tokens.ts';
import { DomainError } from '../../consortia/errors.ts';
import type { MemberRecord } from '../../storage/types.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { authenticate, checkOrigin, requestToken } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

const SESSION_TTL = 30 * 24 * 3600;

/** Signs the browser in as this member (HttpOnly cookie carrying a token for that consortium). */
async function signIn(res: ServerResponse, deps: ApiDeps, member: MemberRecord, status: number, body: object): Promise<void> {
  const token = await deps.access.tokens.sign(identityOf(member), SESSION_TTL);
  sendJson(res, status, body, { 'set-cookie': sessionCookie(token, SESSION_TTL, deps.secureCookies(res.req)) });
}

/** The person behind the current session, if any, whatever their standing: joining or creating keeps their user id. */
async function currentUser(req: IncomingMessage, deps: ApiDeps): Promise<Identity | undefined> {
  const { token } = requestToken(req);
  const check = await deps.access.tokens.verify(token);
  return check.ok ? check.identity : undefined;
}

export function sessionRoutes(router: Router, deps: ApiDeps): void {
  const { consortia, invites, sessions } = deps.services;

  router.on('GET', '/auth', async ({ req, res, url }) => {
    const token = url.searchParams.get('token') ?? '';
    const access = await deps.access.resolve(token);
    if (!access.ok) throw new DomainError('unauthenticated', 'This sign-in link is invalid, has expired or was withdrawn.');
    const maxAge = Math.max(0, Math.floor((access.expiresAt - Date.now()) / 1000));
    res.writeHead(303, {
      location: `/c/${access.identity.consortiumId}`,
      'set-cookie': sessionCookie(token, maxAge, deps.secureCookies(req)),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    res.end();
  });

  router.on('POST', '/api/consortia', async ({ req, res }) => {
    checkOrigin(req, true);
    const input = await parseBody(req, CreateConsortium, deps.maxJsonBytes);
    const { consortium, member } = await consortia.create(input, (await currentUser(req, deps))?.userId);
    await signIn(res, deps, member, 201, { consortium, identity: identityOf(member) });
  });

  router.on('GET', '/api/me', async ({ req, res }) => {
    let identity: Identity;
    try {
      identity = await authenticate(req, deps.access);
    } catch (error) {
      // Removed from the consortium the session points at: move the session to another one the
      // person still belongs to, if any, instead of locking them out of everything.
      const user = error instanceof DomainError && error.code === 'removed' ? await currentUser(req, deps) : undefined;
      const other = user && (await sessions.fallback(user.userId));
      if (!other) throw error;
      return signIn(res, deps, other, 200, { identity: identityOf(other), memberships: await sessions.memberships(other.userId) } satisfies MeResponse);
    }
    sendJson(res, 200, { identity, memberships: await sessions.memberships(identity.userId) } satisfies MeResponse);
  });

  router.on('POST', '/api/session/switch', async ({ req, res }) => {
    // Only who the person is matters here, not their standing in the current consortium: someone
    // removed from one consortium must still be able to go to the others they belong to.
    const { token, fromCookie } = requestToken(req);
    checkOrigin(req, fromCookie);
    const identity = await currentUser(req, deps);
    if (!token || !identity) throw new DomainError('unauthenticated', 'Sign in first: open your invitation link.');
    const { consortiumId } = await parseBody(req, SwitchConsortium, deps.maxJsonBytes);
    const member = await sessions.switchTo(identity.userId, consortiumId);
    await signIn(res, deps, member, 200, { identity: identityOf(member) });
  });

  router.on('DELETE', '/api/session', async ({ res }) => {
    sendJson(res, 200, { ok: true }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
  });

  router.on('GET', '/api/invites/:code', async ({ res, params }) => {
    sendJson(res, 200, { invite: await invites.preview(params.code!) });
  });

  router.on('POST', '/api/invites/:code/accept', async ({ req, res, params }) => {
    checkOrigin(req, true);
    const { name } = await parseBody(req, AcceptInvite, deps.maxJsonBytes);
    const member = await invites.accept(params.code!, cleanName(name), (await currentUser(req, deps))?.userId);
    await signIn(res, deps, member, 200, { identity: identityOf(member) });
  });
}
