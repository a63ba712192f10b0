import type { ServerResponse } from 'node:http';
import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/model.ts';
import type { Exporter } from '../../export/exportService.ts';
import type { ProgrammeService } from '../../programme/programmeService.ts';
import { requireMember, type ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { HttpError, sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** The curriculum units as CSV, the format units/import reads. */
async function sendUnitsCsv(res: ServerResponse, csvOf: () => Promise<string>, chapter: string | null): Promise<void> {
  if (chapter !== 'curriculum') throw new HttpError(400, 'bad-chapter', 'CSV exports the units of the curriculum chapter: add chapter=curriculum.');
  const csv = await csvOf();
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="curriculum-units.csv"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(csv);
}

/** GET /api/consortia/:id/export?format=docx|pdf|md|html|csv[&chapter=<key>][&comments=1]: every member may export. */
export function exportRoutes(router: Router, deps: ApiDeps & { exporter: Exporter; programme: ProgrammeService }): void {
  router.on('GET', '/api/consortia/:id/export', async ({ req, res, url, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    const format = url.searchParams.get('format') ?? '';
    if (format === 'csv') return sendUnitsCsv(res, () => deps.programme.csv(params.id!), url.searchParams.get('chapter'));
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new HttpError(400, 'bad-format', `format must be one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const chapter = url.searchParams.get('chapter') ?? undefined;
    if (chapter !== undefined && !(CHAPTER_KEYS as readonly string[]).includes(chapter)) throw new HttpError(400, 'bad-chapter', 'No such chapter.');
    const file = await deps.exporter.export(identity, {
      format: format as ExportFormat,
      chapter: chapter as ChapterKey | undefined,
      comments: url.searchParams.get('comments') === '1',
    });
    res.writeHead(200, {
      'content-type': file.mime,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // An exported HTML file opened from our origin must not run anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    res.end(file.bytes);
  });

  router.on('GET', '/api/consortia/:id/activity', async ({ req, res, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    sendJson(res, 200, { activity: await deps.storage.activity.list(params.id!, 100) });
  });
}
