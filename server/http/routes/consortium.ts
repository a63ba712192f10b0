import { CreateInvite, MergeMember, PartnerInput, PartnerPatch, UpdateConsortium, UpdateMember } from '../../../shared/api.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** Consortium record, partners, members and invites. The services decide who may do what. */
export function consortiumRoutes(router: Router, deps: ApiDeps): void {
  const { consortia, partners, members, merges, invites } = deps.services;
  const limit = deps.maxJsonBytes;

  router.on('GET', '/api/consortia/:id', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    sendJson(res, 200, { consortium: await consortia.get(actor, params.id!) });
  });

  router.on('PATCH', '/api/consortia/:id', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const change = await parseBody(req, UpdateConsortium, limit);
    sendJson(res, 200, { consortium: await consortia.update(actor, params.id!, change) });
  });

  router.on('POST', '/api/consortia/:id/partners', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const input = await parseBody(req, PartnerInput, limit);
    sendJson(res, 201, { partner: await partners.add(actor, params.id!, input) });
  });

  router.on('PATCH', '/api/consortia/:id/partners/:partnerId', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const change = await parseBody(req, PartnerPatch, limit);
    sendJson(res, 200, { partner: await partners.update(actor, params.id!, params.partnerId!, change) });
  });

  router.on('DELETE', '/api/consortia/:id/partners/:partnerId', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    await partners.remove(actor, params.id!, params.partnerId!);
    sendJson(res, 200, { ok: true });
  });

  router.on('GET', '/api/consortia/:id/members', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    sendJson(res, 200, { members: await members.list(actor, params.id!) });
  });

  router.on('PATCH', '/api/consortia/:id/members/:userId', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const change = await parseBody(req, UpdateMember, limit);
    sendJson(res, 200, { member: await members.update(actor, params.id!, params.userId!, change) });
  });

  router.on('DELETE', '/api/consortia/:id/members/:userId', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    await members.remove(actor, params.id!, params.userId!);
    sendJson(res, 200, { ok: true });
  });

  router.on('POST', '/api/consortia/:id/members/:userId/merge', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const { into } = await parseBody(req, MergeMember, limit);
    const { member } = await merges.merge(actor, params.id!, params.userId!, into);
    sendJson(res, 200, { member });
  });

  router.on('GET', '/api/consortia/:id/invites', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    sendJson(res, 200, { invites: await invites.list(actor, params.id!) });
  });

  router.on('POST', '/api/consortia/:id/invites', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    const input = await parseBody(req, CreateInvite, limit);
    const { invite, code } = await invites.create(actor, params.id!, input);
    const origin = `${deps.secureCookies(req) ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
    sendJson(res, 201, { invite, url: `${deps.publicUrl ?? origin}/join/${code}` });
  });

  router.on('DELETE', '/api/consortia/:id/invites/:inviteId', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    sendJson(res, 200, { invite: await invites.revoke(actor, params.id!, params.inviteId!) });
  });
}
