import type { IncomingMessage, ServerResponse } from 'node:http';
import { isValidId } from '../../shared/names.ts';
import { sessionCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { Storage } from '../storage/types.ts';
import { authenticate, requireConsortium } from './requestAuth.ts';
import { HttpError, sendJson } from './respond.ts';

export interface ApiDeps {
  tokens: TokenService;
  storage: Storage;
  secureCookies: boolean;
}

/** Routes under /api/ and the sign-in link. Returns false when the path is not ours. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: ApiDeps): Promise<boolean> {
  const { pathname } = url;
  const method = req.method ?? 'GET';

  if (pathname === '/auth' && method === 'GET') {
    const token = url.searchParams.get('token') ?? '';
    const check = await deps.tokens.verify(token);
    if (!check.ok) throw new HttpError(401, 'unauthenticated', 'This sign-in link is invalid or has expired.');
    const maxAge = Math.max(0, Math.floor((check.expiresAt - Date.now()) / 1000));
    res.writeHead(303, {
      location: `/c/${check.identity.consortiumId}`,
      'set-cookie': sessionCookie(token, maxAge, deps.secureCookies),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    res.end();
    return true;
  }

  if (!pathname.startsWith('/api/')) return false;

  if (pathname === '/api/session' && method === 'DELETE') {
    sendJson(res, 200, { ok: true }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
    return true;
  }

  const identity = await authenticate(req, deps.tokens);

  if (pathname === '/api/me' && method === 'GET') {
    sendJson(res, 200, { identity });
    return true;
  }

  const consortium = /^\/api\/consortia\/([^/]+)$/.exec(pathname);
  if (consortium && method === 'GET') {
    const id = consortium[1]!;
    if (!isValidId(id)) throw new HttpError(400, 'bad-id', 'Malformed consortium id.');
    requireConsortium(identity, id);
    const record = await deps.storage.consortia.get(id);
    if (!record) throw new HttpError(404, 'unknown-consortium', 'No such consortium.');
    sendJson(res, 200, { consortium: record });
    return true;
  }

  throw new HttpError(404, 'not-found', 'No such API endpoint.');
}
