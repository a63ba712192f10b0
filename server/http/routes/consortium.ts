import { CreateInvite, PartnerInput, PartnerPatch, UpdateConsortium, UpdateMember } from '../../../shared/api.ts';
import { toInvite, toMember } from '../../consortia/people.ts';
import { parseBody, requireMember, type ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { HttpError, sendJson } from '../respond.ts';
import type { RouteContext, Router } from '../router.ts';

/** Consortium record, partners, members and invites. Reads: any member; writes: the coordinator. */
export function consortiumRoutes(router: Router, deps: ApiDeps): void {
  const { storage, people } = deps;

  const member = async ({ req, params }: RouteContext) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    return identity;
  };
  const coordinator = async (ctx: RouteContext) => {
    const identity = await authenticate(ctx.req, deps.access);
    people.requireCoordinator(identity, ctx.params.id!);
    return identity;
  };
  const record = async (id: string) => {
    const found = await storage.consortia.get(id);
    if (!found) throw new HttpError(404, 'unknown-consortium', 'No such consortium.');
    return found;
  };

  router.on('GET', '/api/consortia/:id', async (ctx) => {
    await member(ctx);
    sendJson(ctx.res, 200, { consortium: await record(ctx.params.id!) });
  });

  router.on('PATCH', '/api/consortia/:id', async (ctx) => {
    await coordinator(ctx);
    const change = await parseBody(ctx.req, UpdateConsortium, deps.maxJsonBytes);
    const consortium = await storage.consortia.mutate(ctx.params.id!, (r) => ({ ...r, ...stripUndefined(change) }));
    sendJson(ctx.res, 200, { consortium });
  });

  router.on('POST', '/api/consortia/:id/partners', async (ctx) => {
    await coordinator(ctx);
    const input = await parseBody(ctx.req, PartnerInput, deps.maxJsonBytes);
    sendJson(ctx.res, 201, { partner: await people.addPartner(ctx.params.id!, input) });
  });

  router.on('PATCH', '/api/consortia/:id/partners/:partnerId', async (ctx) => {
    await coordinator(ctx);
    const change = stripUndefined(await parseBody(ctx.req, PartnerPatch, deps.maxJsonBytes));
    const partnerId = ctx.params.partnerId!;
    if (!(await people.partnerExists(ctx.params.id!, partnerId))) throw new HttpError(404, 'unknown-partner', 'No such partner institution.');
    const updated = await storage.consortia.mutate(ctx.params.id!, (r) => ({
      ...r,
      partners: r.partners.map((p) => (p.id === partnerId ? { ...p, ...change } : p)),
    }));
    sendJson(ctx.res, 200, { partner: updated?.partners.find((p) => p.id === partnerId) });
  });

  router.on('DELETE', '/api/consortia/:id/partners/:partnerId', async (ctx) => {
    await coordinator(ctx);
    const { id, partnerId } = ctx.params as { id: string; partnerId: string };
    if (!(await people.partnerExists(id, partnerId))) throw new HttpError(404, 'unknown-partner', 'No such partner institution.');
    const members = (await storage.members.list(id)).filter((m) => m.partnerId === partnerId);
    if (members.length > 0) {
      throw new HttpError(409, 'partner-in-use', `${members.length} member(s) belong to this partner: move or remove them first.`);
    }
    await storage.consortia.mutate(id, (r) => ({ ...r, partners: r.partners.filter((p) => p.id !== partnerId) }));
    sendJson(ctx.res, 200, { ok: true });
  });

  router.on('GET', '/api/consortia/:id/members', async (ctx) => {
    await member(ctx);
    sendJson(ctx.res, 200, { members: (await storage.members.list(ctx.params.id!)).map(toMember) });
  });

  router.on('PATCH', '/api/consortia/:id/members/:userId', async (ctx) => {
    const actor = await authenticate(ctx.req, deps.access);
    const change = await parseBody(ctx.req, UpdateMember, deps.maxJsonBytes);
    sendJson(ctx.res, 200, { member: await people.updateMember(actor, ctx.params.id!, ctx.params.userId!, change) });
  });

  router.on('DELETE', '/api/consortia/:id/members/:userId', async (ctx) => {
    const actor = await authenticate(ctx.req, deps.access);
    await people.removeMember(actor, ctx.params.id!, ctx.params.userId!);
    sendJson(ctx.res, 200, { ok: true });
  });

  router.on('GET', '/api/consortia/:id/invites', async (ctx) => {
    await coordinator(ctx);
    sendJson(ctx.res, 200, { invites: (await storage.invites.list(ctx.params.id!)).map(toInvite) });
  });

  router.on('POST', '/api/consortia/:id/invites', async (ctx) => {
    const actor = await authenticate(ctx.req, deps.access);
    const input = await parseBody(ctx.req, CreateInvite, deps.maxJsonBytes);
    const { invite, code } = await people.createInvite(actor, ctx.params.id!, input);
    const origin = `${deps.secureCookies(ctx.req) ? 'https' : 'http'}://${ctx.req.headers.host ?? 'localhost'}`;
    sendJson(ctx.res, 201, { invite, url: `${deps.publicUrl ?? origin}/join/${code}` });
  });

  router.on('DELETE', '/api/consortia/:id/invites/:inviteId', async (ctx) => {
    await coordinator(ctx);
    const invite = await storage.invites.revoke(ctx.params.id!, ctx.params.inviteId!, new Date().toISOString());
    if (!invite) throw new HttpError(404, 'unknown-invite', 'No such invitation.');
    sendJson(ctx.res, 200, { invite: toInvite(invite) });
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
