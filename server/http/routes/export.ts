import type { ServerResponse } from 'node:http';
import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { ALL_EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats.ts';
import { requireMember } from '../../consortia/permissions.ts';
import type { ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** The curriculum units as CSV, the format units/import reads. */
async function sendUnitsCsv(res: ServerResponse, csvOf: () => Promise<string>, chapter: string | null): Promise<void> {
  if (chapter !== 'curriculum')
    throw new HttpError('bad-chapter', 'CSV exports the units of the curriculum chapter: add chapter=curriculum.');
  const csv = await csvOf();
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="curriculum-units.csv"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(csv);
}

/** GET /api/consortia/:id/export?format=docx|pdf|md|html|csv|elm|readiness-html|supplement-docx|supplement-pdf|programme-html[&chapter=<key>][&comments=1]: every member may export. */
export function exportRoutes(router: Router, deps: ApiDeps): void {
  const { exporter, consortia, programme } = deps.services;
  router.on('GET', '/api/consortia/:id/export', async ({ req, res, url, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    const format = url.searchParams.get('format') ?? '';
    if (format === 'csv') return sendUnitsCsv(res, () => programme.csv(params.id!), url.searchParams.get('chapter'));
    if (!(ALL_EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new HttpError('bad-format', `format must be one of ${[...ALL_EXPORT_FORMATS, 'csv'].join(', ')}.`);
    }
    const chapter = url.searchParams.get('chapter') ?? undefined;
    if (chapter !== undefined && !(CHAPTER_KEYS as readonly string[]).includes(chapter))
      throw new HttpError('bad-chapter', 'No such chapter.');
    const file = await exporter.export(identity, {
      format: format as ExportFormat,
      chapter: chapter as ChapterKey | undefined,
      comments: url.searchParams.get('comments') === '1',
      version: url.searchParams.get('version') ?? undefined,
    });
    res.writeHead(200, {
      'content-type': file.mime,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // ELM: how many values Europass expects that the programme does not give yet (listed by the readiness report).
      ...(file.missing === undefined ? {} : { 'x-missing-values': String(file.missing) }),
      // An exported HTML file opened from our origin must not run anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    res.end(file.bytes);
  });

  router.on('GET', '/api/consortia/:id/activity', async ({ req, res, params }) => {
    const actor = await authenticate(req, deps.access);
    sendJson(res, 200, { activity: await consortia.activity(actor, params.id!) });
  });
}
