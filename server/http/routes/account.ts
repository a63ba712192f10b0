import type { IncomingMessage } from 'node:http';
import {
  EmailRequest,
  LocaleSetting,
  NotifySettings,
  safeReturnPath,
  UseSignInLink,
  type AccountResponse,
  type SignedIn,
  type SignInMethods,
} from '../../../shared/account.ts';
import type { Bearer } from '../../auth/access.ts';
import { deviceOf } from '../../accounts/signInSessions.ts';
import { clearSessionCookie, localeCookie } from '../../auth/cookies.ts';
import { DomainError } from '../../consortia/errors.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { checkOrigin, requestToken } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';
import { startSession } from '../signIn.ts';

/** Who is signed in (any standing in any consortium), or 401. */
export async function signedIn(req: IncomingMessage, deps: ApiDeps): Promise<Bearer & { ok: true }> {
  const { token, fromCookie } = requestToken(req);
  checkOrigin(req, fromCookie);
  const bearer = await deps.access.bearer(token);
  if (!bearer.ok)
    throw new DomainError('unauthenticated', bearer.reason === 'expired' ? 'Your session has expired: sign in again.' : 'Sign in first.');
  return bearer;
}

/** Accounts, e-mailed sign-in links and the person's own sessions (docs/API.md, "Accounts and sign-in"). */
export function accountRoutes(router: Router, deps: ApiDeps): void {
  const { accounts, emailSignIn, sessions: memberships } = deps.services;
  const sessions = deps.access.sessions;

  router.on('GET', '/api/signin/methods', async ({ res }) => {
    const { oidc } = deps.services;
    sendJson(res, 200, { sso: oidc ? { name: oidc.displayName } : null, passkeys: true } satisfies SignInMethods);
  });

  router.on('POST', '/api/signin/email', async ({ req, res }) => {
    checkOrigin(req, true);
    const { email, next } = await parseBody(req, EmailRequest, deps.maxJsonBytes);
    await emailSignIn.request(email, deps.clientAddress(req), null, next ?? null);
    // The same answer whether or not the address has an account. `mailed` says whether this server
    // sends e-mail at all (SMTP_URL, as notifications need): without it the link only reaches the log,
    // and the page must not tell the person to watch their inbox.
    sendJson(res, 202, { ok: true, mailed: deps.services.notifications !== undefined });
  });

  router.on('POST', '/api/signin/email/use', async ({ req, res }) => {
    checkOrigin(req, true);
    const { code } = await parseBody(req, UseSignInLink, deps.maxJsonBytes);
    const { account, next } = await emailSignIn.use(code, deps.clientAddress(req));
    const current = await deps.access.bearer(requestToken(req).token);
    // Confirming an address while signed in keeps the consortium the session is at.
    const stay = current.ok && current.userId === account.id ? current.consortiumId : null;
    const member = stay ? undefined : await memberships.fallback(account.id);
    const consortiumId = stay ?? member?.consortiumId ?? null;
    await startSession(req, res, deps, account.id, member?.name ?? account.name, consortiumId);
    // Back to the page the link was asked from (an invitation), checked again on the way out.
    sendJson(res, 200, { next: safeReturnPath(next) ?? (consortiumId ? `/c/${consortiumId}` : '/') } satisfies SignedIn);
  });

  router.on('GET', '/api/account', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const account = await accounts.get(bearer.userId);
    const list = await sessions.list(bearer.userId);
    sendJson(res, 200, {
      account: {
        id: bearer.userId,
        name: account?.name ?? bearer.claimed?.name ?? '',
        email: account?.email ?? null,
        locale: account?.locale ?? null,
      },
      notifications: { choice: account?.notify ?? 'immediately', available: deps.services.notifications !== undefined },
      sso: deps.services.oidc ? { name: deps.services.oidc.displayName, linked: await deps.services.oidc.isLinked(bearer.userId) } : null,
      sessions: list.map((s) => ({
        id: s.idHash,
        device: deviceOf(s.userAgent),
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        current: s.idHash === bearer.session?.idHash,
      })),
      memberships: await memberships.memberships(bearer.userId),
    } satisfies AccountResponse);
  });

  router.on('POST', '/api/account/email', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const { email } = await parseBody(req, EmailRequest, deps.maxJsonBytes);
    await accounts.ensure(bearer.userId, bearer.claimed?.name ?? 'Anonymous');
    await emailSignIn.request(email, deps.clientAddress(req), bearer.userId);
    sendJson(res, 202, { ok: true });
  });

  router.on('PATCH', '/api/account', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const { notifications } = await parseBody(req, NotifySettings, deps.maxJsonBytes);
    await accounts.setNotify(bearer.userId, bearer.claimed?.name ?? 'Anonymous', notifications);
    sendJson(res, 200, { notifications });
  });

  router.on('PUT', '/api/account/locale', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const { locale } = await parseBody(req, LocaleSetting, deps.maxJsonBytes);
    await accounts.setLocale(bearer.userId, bearer.claimed?.name ?? 'Anonymous', locale);
    res.setHeader('set-cookie', localeCookie(locale, deps.secureCookies(req)));
    sendJson(res, 200, { locale });
  });

  router.on('DELETE', '/api/account/sessions/:sessionId', async ({ req, res, params }) => {
    const bearer = await signedIn(req, deps);
    const ended = await sessions.end(bearer.userId, 'ended', { idHash: params.sessionId! });
    if (ended === 0) throw new DomainError('unknown-session', 'No such session (it may have ended already).');
    const own = params.sessionId === bearer.session?.idHash;
    sendJson(res, 200, { ok: true }, own ? { 'set-cookie': clearSessionCookie() } : {});
  });

  router.on('DELETE', '/api/account/sessions', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const ended = await sessions.end(bearer.userId, 'ended');
    sendJson(res, 200, { ended }, { 'set-cookie': clearSessionCookie() });
  });
}
