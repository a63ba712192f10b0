import type { ServerResponse } from 'node:http';
import { readCookie } from '../../auth/cookies.ts';
import { safeReturnPath } from '../../accounts/oidcSignIn.ts';
import { DomainError } from '../../consortia/errors.ts';
import type { ApiDeps } from '../context.ts';
import { errorResponse } from '../errors.ts';
import type { Router } from '../router.ts';
import { startSession } from '../signIn.ts';
import { requestToken } from '../requestAuth.ts';

/** Holds the state of a single sign-on this browser started, so an answer meant for another browser is refused. */
const STATE_COOKIE = 'jointly_sso';
const stateCookie = (state: string, secure: boolean) =>
  // SameSite=Lax: the provider's redirect back is a top-level GET, which carries it.
  [`${STATE_COOKIE}=${state}`, 'Path=/api/signin/oidc', 'HttpOnly', 'SameSite=Lax', 'Max-Age=600', ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
const clearStateCookie = () => `${STATE_COOKIE}=; Path=/api/signin/oidc; HttpOnly; SameSite=Lax; Max-Age=0`;

/**
 * Institutional single sign-on (docs/API.md, "Accounts and sign-in"). Both steps are browser
 * navigations, so failures come back as a redirect to the sign-in page naming the error's code,
 * which the page explains in words.
 */
export function oidcRoutes(router: Router, deps: ApiDeps): void {
  const { oidc, sessions: memberships } = deps.services;
  const enabled = () => {
    if (!oidc) throw new DomainError('sso-off', 'Single sign-on is not set up on this server.');
    return oidc;
  };
  const redirect = (res: ServerResponse, location: string, cookies: string[]) => {
    res.writeHead(303, { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'set-cookie': cookies });
    res.end();
  };

  router.on('GET', '/api/signin/oidc', async ({ req, res, url }) => {
    const current = await deps.access.bearer(requestToken(req).token);
    const { url: providerUrl, state } = await enabled().start(
      url.searchParams.get('return'),
      deps.clientAddress(req),
      current.ok ? current.userId : null,
    );
    redirect(res, providerUrl, [stateCookie(state, deps.secureCookies(req))]);
  });

  router.on('GET', '/api/signin/oidc/callback', async ({ req, res, url }) => {
    const sso = enabled();
    try {
      const current = await deps.access.bearer(requestToken(req).token);
      const { account, returnTo, linked } = await sso.finish(
        url.searchParams,
        readCookie(req.headers.cookie, STATE_COOKIE),
        deps.clientAddress(req),
        current.ok ? current.userId : null,
      );
      // Linking while signed in keeps the consortium the session is at.
      const stay = linked && current.ok ? current.consortiumId : null;
      const member = stay ? undefined : await memberships.fallback(account.id);
      const consortiumId = stay ?? member?.consortiumId ?? null;
      await startSession(req, res, deps, account.id, member?.name ?? account.name, consortiumId);
      const session = [res.getHeader('set-cookie') as string | string[]].flat();
      redirect(res, safeReturnPath(returnTo) ?? (consortiumId ? `/c/${consortiumId}` : '/'), [...session, clearStateCookie()]);
    } catch (error) {
      const answer = errorResponse(error);
      if (!answer) throw error;
      redirect(res, `/signin?error=${encodeURIComponent(answer.body.error.code)}`, [clearStateCookie()]);
    }
  });
}
