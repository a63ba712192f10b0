import type { IncomingMessage } from 'node:http';
import { DocumentName } from '../../../shared/names.ts';
import { canWrite } from '../../../shared/roles.ts';
import { DomainError } from '../../consortia/errors.ts';
import { requireMember } from '../../consortia/permissions.ts';
import type { ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** Reads a text/csv body of at most `limit` bytes; larger ones are refused with 413 before they are buffered. */
async function readCsv(req: IncomingMessage, limit: number): Promise<string> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('text/csv')) throw new HttpError('unsupported-media-type', 'Send CSV (Content-Type: text/csv).');
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new HttpError('too-large', `The CSV is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError('too-large', `The CSV is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The programme as data (docs/API.md): facts, units and checks; and importing units from CSV. */
export function programmeRoutes(router: Router, deps: ApiDeps): void {
  router.on('GET', '/api/consortia/:id/programme', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    sendJson(res, 200, await deps.services.programme.report(params.id!));
  });

  router.on('GET', '/api/consortia/:id/readiness', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    sendJson(res, 200, await deps.services.programme.readiness(params.id!));
  });

  router.on('POST', '/api/consortia/:id/units/import', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    // The role is checked before the body is read, so a reader's upload is refused without buffering it.
    if (!canWrite(identity.role, DocumentName.dossier))
      throw new DomainError('forbidden', 'Only editors and coordinators can import units.');
    const csv = await readCsv(req, deps.maxJsonBytes);
    try {
      sendJson(res, 201, await deps.services.programme.importUnits(identity, csv));
    } catch (e) {
      // The contract promises `errors` at the top level: scripts read it without unwrapping.
      if (e instanceof DomainError && e.code === 'invalid-csv')
        sendJson(res, 400, { errors: e.details, error: { code: e.code, message: e.message } });
      else throw e;
    }
  });
}
