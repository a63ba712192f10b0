import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats.ts';
import { requireMember } from '../../consortia/permissions.ts';
import type { ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { Router } from '../router.ts';

/** GET /api/consortia/:id/export?format=docx|pdf|md|html[&chapter=<key>][&comments=1]: every member may export. */
export function exportRoutes(router: Router, deps: ApiDeps): void {
  const { exporter, consortia } = deps.services;
  router.on('GET', '/api/consortia/:id/export', async ({ req, res, url, params }) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    const format = url.searchParams.get('format') ?? '';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new HttpError('bad-format', `format must be one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const chapter = url.searchParams.get('chapter') ?? undefined;
    if (chapter !== undefined && !(CHAPTER_KEYS as readonly string[]).includes(chapter)) throw new HttpError('bad-chapter', 'No such chapter.');
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
