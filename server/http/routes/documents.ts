import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { isKnownDocument } from '../../../shared/names.ts';
import { requireMember } from '../../consortia/permissions.ts';
import type { ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import type { Router } from '../router.ts';

const gzipped = promisify(gzip);

/** A shared document's state as Yjs bytes, for any member (docs/API.md). */
export function documentRoutes(router: Router, deps: ApiDeps): void {
  router.on('GET', '/api/consortia/:id/documents/:name/state', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    const name = params.name!;
    if (!isKnownDocument(name)) throw new HttpError('not-found', 'No such document.');
    const update = await deps.services.documentStates.state(params.id!, name);
    // Text compresses about threefold, and the dossier is the largest thing the page downloads.
    const compress = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = compress ? await gzipped(update, { level: 4 }) : update;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.byteLength),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
}
