import { requireMember } from '../../consortia/permissions.ts';
import type { ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** The consortium agreement before signing (docs/API.md): readiness and the current values of its references. */
export function agreementReadinessRoutes(router: Router, deps: ApiDeps): void {
  router.on('GET', '/api/consortia/:id/agreement/readiness', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    sendJson(res, 200, await deps.services.agreementReadiness.state(params.id!));
  });
}
