import { AddPasskey, PasskeySignIn, type PasskeyInfo, type SignedIn } from '../../../shared/account.ts';
import { deviceOf } from '../../accounts/signInSessions.ts';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { parseBody, type ApiDeps } from '../context.ts';
import { checkOrigin } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';
import { startSession } from '../signIn.ts';
import { signedIn } from './account.ts';

/** Passkeys: added and removed from the account page, used on the sign-in page (docs/API.md, "Accounts and sign-in"). */
export function passkeyRoutes(router: Router, deps: ApiDeps): void {
  const { passkeys, accounts, sessions: memberships } = deps.services;

  router.on('POST', '/api/account/passkeys/options', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const account = await accounts.ensure(bearer.userId, bearer.claimed?.name ?? 'Member');
    sendJson(res, 200, { options: await passkeys.registrationOptions(account) });
  });

  router.on('POST', '/api/account/passkeys', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    const { answer } = await parseBody(req, AddPasskey, deps.maxJsonBytes);
    const added = await passkeys.register(
      bearer.userId,
      answer as unknown as RegistrationResponseJSON,
      deviceOf(req.headers['user-agent']),
    );
    sendJson(res, 201, { passkey: info(added) });
  });

  router.on('GET', '/api/account/passkeys', async ({ req, res }) => {
    const bearer = await signedIn(req, deps);
    sendJson(res, 200, { passkeys: (await passkeys.list(bearer.userId)).map(info) });
  });

  router.on('DELETE', '/api/account/passkeys/:passkeyId', async ({ req, res, params }) => {
    const bearer = await signedIn(req, deps);
    await passkeys.remove(bearer.userId, params.passkeyId!);
    sendJson(res, 200, { ok: true });
  });

  router.on('POST', '/api/signin/passkey/options', async ({ req, res }) => {
    checkOrigin(req, true);
    sendJson(res, 200, { options: await passkeys.signInOptions(deps.clientAddress(req)) });
  });

  router.on('POST', '/api/signin/passkey', async ({ req, res }) => {
    checkOrigin(req, true);
    const { answer } = await parseBody(req, PasskeySignIn, deps.maxJsonBytes);
    const account = await passkeys.signIn(answer as unknown as AuthenticationResponseJSON, deps.clientAddress(req));
    const member = await memberships.fallback(account.id);
    const consortiumId = member?.consortiumId ?? null;
    await startSession(req, res, deps, account.id, member?.name ?? account.name, consortiumId);
    sendJson(res, 200, { next: consortiumId ? `/c/${consortiumId}` : '/' } satisfies SignedIn);
  });
}

const info = (p: { id: string; name: string; createdAt: string; lastUsedAt: string | null }): PasskeyInfo => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
});
