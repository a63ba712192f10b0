import type { IncomingMessage, ServerResponse } from 'node:http';
import { SetApprover } from '../../../shared/api.ts';
import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { ExecuteAgreement, MAX_SIGNED_PDF_BYTES, RecordApproval, SignatureDetails } from '../../../shared/executionCommands.ts';
import { isValidId } from '../../../shared/names.ts';
import { DomainError } from '../../consortia/errors.ts';
import type { ExecutedFile } from '../../consortia/execution.ts';
import { requireMember } from '../../consortia/permissions.ts';
import { parseBody, parseOptionalBody, type ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { RouteContext, Router } from '../router.ts';

/** Reads a raw PDF body, refusing (before storing anything) one that declares or turns out larger than the cap. */
async function readPdf(req: IncomingMessage): Promise<Uint8Array> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/pdf'))
    throw new DomainError('not-a-pdf', 'Upload the signed agreement as a PDF file (Content-Type: application/pdf).');
  const tooLarge = () => new HttpError('too-large', 'The signed copy is larger than 20 MB. Scan it at a lower resolution and try again.');
  if (Number(req.headers['content-length'] ?? 0) > MAX_SIGNED_PDF_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_SIGNED_PDF_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function sendFile(res: ServerResponse, file: ExecutedFile): void {
  res.writeHead(200, {
    'content-type': file.mime,
    'content-length': String(file.bytes.byteLength),
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  res.end(file.bytes);
}

/** Approvers, institutional approvals, execution, signatures and amendments of the agreement (docs/API.md, "Agreement"). */
export function agreementRoutes(router: Router, deps: ApiDeps): void {
  const { members, approvals, execution } = deps.services;
  const actor = async ({ req, params }: RouteContext) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    return identity;
  };
  const number = (ctx: RouteContext) => {
    const n = Number(ctx.params.number);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
      throw new HttpError('bad-parameter', 'The execution number is a whole number from 1.');
    return n;
  };
  const partner = (ctx: RouteContext) => {
    if (!isValidId(ctx.params.partner)) throw new HttpError('bad-parameter', 'Malformed partner id.');
    return ctx.params.partner;
  };

  router.on('PUT', '/api/consortia/:id/members/:userId/approver', async (ctx) => {
    const who = await actor(ctx);
    const { approvesFor } = await parseBody(ctx.req, SetApprover, deps.maxJsonBytes);
    sendJson(ctx.res, 200, { member: await members.setApprover(who, ctx.params.id!, ctx.params.userId!, approvesFor) });
  });
  router.on('POST', '/api/consortia/:id/chapters/:chapter/approvals', async (ctx) => {
    const who = await actor(ctx);
    const key = ctx.params.chapter!;
    if (!(CHAPTER_KEYS as readonly string[]).includes(key)) throw new DomainError('unknown-chapter', 'No such chapter.');
    const input = await parseBody(ctx.req, RecordApproval, deps.maxJsonBytes);
    sendJson(ctx.res, 201, { approval: await approvals.record(who, key as ChapterKey, input) });
  });
  router.on('DELETE', '/api/consortia/:id/chapters/:chapter/approvals/:partner', async (ctx) => {
    const who = await actor(ctx);
    const key = ctx.params.chapter!;
    if (!(CHAPTER_KEYS as readonly string[]).includes(key)) throw new DomainError('unknown-chapter', 'No such chapter.');
    sendJson(ctx.res, 200, { withdrawn: await approvals.withdraw(who, key as ChapterKey, partner(ctx)) });
  });
  router.on('GET', '/api/consortia/:id/agreement/executions', async (ctx) => {
    const who = await actor(ctx);
    sendJson(ctx.res, 200, await execution.list(who, ctx.params.id!));
  });
  router.on('POST', '/api/consortia/:id/agreement/executions', async (ctx) => {
    const who = await actor(ctx);
    const options = await parseOptionalBody(ctx.req, ExecuteAgreement, deps.maxJsonBytes);
    sendJson(ctx.res, 201, { execution: await execution.execute(who, ctx.params.id!, options) });
  });
  router.on('POST', '/api/consortia/:id/agreement/amendment', async (ctx) => {
    const who = await actor(ctx);
    sendJson(ctx.res, 200, { execution: await execution.amend(who, ctx.params.id!) });
  });
  router.on('GET', '/api/consortia/:id/agreement/executions/:number/document', async (ctx) => {
    const who = await actor(ctx);
    const format = ctx.url.searchParams.get('format');
    if (format !== 'docx' && format !== 'pdf') throw new HttpError('bad-format', 'format must be docx or pdf.');
    sendFile(ctx.res, await execution.document(who, ctx.params.id!, number(ctx), format));
  });
  router.on('PUT', '/api/consortia/:id/agreement/executions/:number/signatures/:partner', async (ctx) => {
    const who = await actor(ctx);
    const n = number(ctx);
    const p = partner(ctx);
    const parsed = SignatureDetails.safeParse({
      signedOn: ctx.url.searchParams.get('signedOn') ?? '',
      signatoryName: ctx.url.searchParams.get('signatoryName') ?? '',
    });
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new DomainError(
        'invalid',
        `${details[0]!.path === 'signedOn' ? 'Signature date' : 'Signatory'}: ${details[0]!.message}`,
        details,
      );
    }
    const pdf = await readPdf(ctx.req);
    sendJson(ctx.res, 201, { signature: await execution.sign(who, ctx.params.id!, n, p, parsed.data, pdf) });
  });
  router.on('GET', '/api/consortia/:id/agreement/executions/:number/signatures/:partner', async (ctx) => {
    const who = await actor(ctx);
    sendFile(ctx.res, await execution.signedCopy(who, ctx.params.id!, number(ctx), partner(ctx)));
  });
}
