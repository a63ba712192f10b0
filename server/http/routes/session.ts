import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { AcceptInvite, CreateConsortium, SwitchConsortium, slugify, type MeResponse } from '../../../shared/api.ts';
import { identityOf } from '../../auth/access.ts';
import { sessionCookie, SESSION_COOKIE } from '../../auth/cookies.ts';
import { cleanName, type Identity } from '../../auth/tokens.ts';
import { createConsortium, newPartner } from '../../consortia/consortia.ts';
import type { MemberRecord } from '../../storage/types.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { authenticate, checkOrigin, requestToken } from '../requestAuth.ts';
import { HttpError, sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

const SESSION_TTL = 30 * 24 * 3600;

/** Signs the browser in as this member (HttpOnly cookie carrying a token for that consortium). */
async function signIn(res: ServerResponse, deps: ApiDeps, member: MemberRecord, status: number, body: object): Promise<void> {
  const token = await deps.access.tokens.sign(identityOf(member), SESSION_TTL);
  sendJson(res, status, body, { 'set-cookie': sessionCookie(token, SESSION_TTL, deps.secureCookies(res.req)) });
}

/** The person behind the current session, if any: joining or creating keeps their user id. */
async function currentUser(req: Parameters<typeof requestToken>[0], deps: ApiDeps): Promise<Identity | undefined> {
  const { token } = requestToken(req);
  const check = await deps.access.tokens.verify(token);
  return check.ok ? check.identity : undefined;
}

export function sessionRoutes(router: Router, deps: ApiDeps): void {
  router.on('GET', '/auth', async ({ req, res, url }) => {
    const token = url.searchParams.get('token') ?? '';
    const access = await deps.access.resolve(token);
    if (!access.ok) throw new HttpError(401, 'unauthenticated', 'This sign-in link is invalid, has expired or was withdrawn.');
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
    const body = await parseBody(req, CreateConsortium, deps.maxJsonBytes);
    const id = body.id ?? (await freeConsortiumId(deps, body.name));
    if (await deps.storage.consortia.get(id)) throw new HttpError(409, 'taken', 'A consortium with this id exists already.');
    const partnerId = slugify(body.partner.name).slice(0, 40);
    const consortium = await createConsortium(deps.storage.consortia, {
      id,
      name: body.name,
      programmeTitle: body.programmeTitle,
      partners: [newPartner(partnerId, body.partner)],
    });
    const user = await currentUser(req, deps);
    const member: MemberRecord = {
      consortiumId: id, userId: user?.userId ?? randomUUID(), name: cleanName(body.coordinatorName), partnerId,
      role: 'coordinator', joinedAt: new Date().toISOString(), removedAt: null,
    };
    await deps.storage.members.put(member);
    await signIn(res, deps, member, 201, { consortium, identity: identityOf(member) });
  });

  router.on('GET', '/api/me', async ({ req, res }) => {
    let identity: Identity;
    try {
      identity = await authenticate(req, deps.access);
    } catch (error) {
      // Removed from the consortium the session points at: move the session to another one the
      // person still belongs to, if any, instead of locking them out of everything.
      const user = error instanceof HttpError && error.code === 'removed' ? await currentUser(req, deps) : undefined;
      const other = user && (await deps.storage.members.listForUser(user.userId))[0];
      if (!other) throw error;
      const memberships = await membershipsOf(deps, other.userId);
      return signIn(res, deps, other, 200, { identity: identityOf(other), memberships } satisfies MeResponse);
    }
    sendJson(res, 200, { identity, memberships: await membershipsOf(deps, identity.userId) } satisfies MeResponse);
  });

  router.on('POST', '/api/session/switch', async ({ req, res }) => {
    // Only who the person is matters here, not their standing in the current consortium: someone
    // removed from one consortium must still be able to go to the others they belong to.
    const { token, fromCookie } = requestToken(req);
    checkOrigin(req, fromCookie);
    const identity = await currentUser(req, deps);
    if (!token || !identity) throw new HttpError(401, 'unauthenticated', 'Sign in first: open your invitation link.');
    const { consortiumId } = await parseBody(req, SwitchConsortium, deps.maxJsonBytes);
    const member = await deps.storage.members.get(consortiumId, identity.userId);
    if (!member || member.removedAt) throw new HttpError(403, 'forbidden', 'You are not a member of that consortium.');
    await signIn(res, deps, member, 200, { identity: identityOf(member) });
  });

  router.on('DELETE', '/api/session', async ({ res }) => {
    sendJson(res, 200, { ok: true }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
  });

  router.on('GET', '/api/invites/:code', async ({ res, params }) => {
    sendJson(res, 200, { invite: await deps.people.previewInvite(params.code!) });
  });

  router.on('POST', '/api/invites/:code/accept', async ({ req, res, params }) => {
    checkOrigin(req, true);
    const { name } = await parseBody(req, AcceptInvite, deps.maxJsonBytes);
    const user = await currentUser(req, deps);
    const member = await deps.people.acceptInvite(params.code!, cleanName(name), user?.userId);
    await signIn(res, deps, member, 200, { identity: identityOf(member) });
  });
}

async function membershipsOf(deps: ApiDeps, userId: string): Promise<MeResponse['memberships']> {
  const list: MeResponse['memberships'] = [];
  for (const m of await deps.storage.members.listForUser(userId)) {
    const record = await deps.storage.consortia.get(m.consortiumId);
    list.push({
      consortiumId: m.consortiumId,
      consortiumName: record?.name ?? m.consortiumId,
      partnerName: record?.partners.find((p) => p.id === m.partnerId)?.name ?? m.partnerId,
      role: m.role,
    });
  }
  return list;
}

async function freeConsortiumId(deps: ApiDeps, name: string): Promise<string> {
  const base = slugify(name);
  let id = base;
  for (let n = 2; await deps.storage.consortia.get(id); n++) id = `${base}-${n}`;
  return id;
}
