import { CreateDecision, UpdateDecision } from '../../../shared/decisionCommands.ts';
import { requireMember } from '../../consortia/permissions.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { RouteContext, Router } from '../router.ts';

/** Decisions (docs/API.md): any member reads them, editors and coordinators change and add them; every page sees changes live. */
export function decisionRoutes(router: Router, deps: ApiDeps): void {
  const { decisions } = deps.services;
  const actor = async ({ req, params }: RouteContext) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    return identity;
  };

  router.on('GET', '/api/consortia/:id/decisions', async (ctx) => {
    await actor(ctx);
    sendJson(ctx.res, 200, { decisions: await decisions.list(ctx.params.id!) });
  });
  router.on('POST', '/api/consortia/:id/decisions', async (ctx) => {
    const who = await actor(ctx);
    const input = await parseBody(ctx.req, CreateDecision, deps.maxJsonBytes);
    sendJson(ctx.res, 201, { decision: await decisions.add(who, input) });
  });
  router.on('PATCH', '/api/consortia/:id/decisions/:key', async (ctx) => {
    const who = await actor(ctx);
    // The router has checked the key is a well-formed id (else 400 bad-parameter).
    const key = ctx.params.key!;
    const change = await parseBody(ctx.req, UpdateDecision, deps.maxJsonBytes);
    sendJson(ctx.res, 200, { decision: await decisions.update(who, key, change) });
  });
}
