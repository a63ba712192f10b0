import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from './context.ts';
import { HttpError } from './errors.ts';
import { Router } from './router.ts';
import { consortiumRoutes } from './routes/consortium.ts';
import { sessionRoutes } from './routes/session.ts';
import { accountRoutes } from './routes/account.ts';
import { oidcRoutes } from './routes/oidc.ts';
import { passkeyRoutes } from './routes/passkeys.ts';
import { discussionRoutes } from './routes/discussion.ts';
import { decisionRoutes } from './routes/decisions.ts';
import { exportRoutes } from './routes/export.ts';
import { documentRoutes } from './routes/documents.ts';
import { programmeRoutes } from './routes/programme.ts';
import { agreementReadinessRoutes } from './routes/agreementReadiness.ts';
import { versionRoutes } from './routes/versions.ts';
import { agreementRoutes } from './routes/agreement.ts';

export type { ApiDeps, Services } from './context.ts';

/** Builds the REST API (docs/API.md). The handler returns false for paths that are not ours. */
export function createApi(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const router = new Router();
  sessionRoutes(router, deps);
  accountRoutes(router, deps);
  oidcRoutes(router, deps);
  passkeyRoutes(router, deps);
  consortiumRoutes(router, deps);
  discussionRoutes(router, deps);
  decisionRoutes(router, deps);
  exportRoutes(router, deps);
  documentRoutes(router, deps);
  programmeRoutes(router, deps);
  agreementReadinessRoutes(router, deps);
  versionRoutes(router, deps);
  agreementRoutes(router, deps);
  return async (req, res, url) => {
    if (await router.handle(req, res, url)) return true;
    if (url.pathname.startsWith('/api/')) throw new HttpError('not-found', 'No such API endpoint.');
    return false;
  };
}
