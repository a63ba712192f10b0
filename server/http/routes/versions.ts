import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { NameVersion, RestoreChapter } from '../../../shared/history.ts';
import { DomainError } from '../../consortia/errors.ts';
import { requireMember } from '../../consortia/permissions.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { RouteContext, Router } from '../router.ts';

const isVersionId = (v: string | null | undefined): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v);

/** Version history of the dossier (docs/API.md, "History"): list, name, compare, restore a chapter. */
export function versionRoutes(router: Router, deps: ApiDeps): void {
  const { history } = deps.services;
  const actor = async ({ req, params }: RouteContext) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    return identity;
  };
  const versionId = (value: string | null | undefined, current = false): string => {
    if (current && value === 'current') return value;
    if (!isVersionId(value)) throw new DomainError('unknown-version', 'No such version.');
    return value;
  };

  router.on('GET', '/api/consortia/:id/versions', async (ctx) => {
    const who = await actor(ctx);
    sendJson(ctx.res, 200, { versions: await history.list(who, ctx.params.id!) });
  });
  router.on('POST', '/api/consortia/:id/versions', async (ctx) => {
    const who = await actor(ctx);
    const { name } = await parseBody(ctx.req, NameVersion, deps.maxJsonBytes);
    sendJson(ctx.res, 201, { version: await history.name(who, ctx.params.id!, name) });
  });
  router.on('GET', '/api/consortia/:id/versions/compare', async (ctx) => {
    const who = await actor(ctx);
    const q = ctx.url.searchParams;
    const chapter = q.get('chapter') ?? undefined;
    if (chapter !== undefined && !(CHAPTER_KEYS as readonly string[]).includes(chapter))
      throw new DomainError('unknown-chapter', 'No such chapter.');
    const result = await history.compare(
      who,
      ctx.params.id!,
      versionId(q.get('from')),
      versionId(q.get('to') ?? 'current', true),
      chapter as ChapterKey | undefined,
    );
    sendJson(ctx.res, 200, result);
  });
  router.on('POST', '/api/consortia/:id/versions/:version/restore', async (ctx) => {
    const who = await actor(ctx);
    const id = versionId(ctx.params.version);
    const { chapter } = await parseBody(ctx.req, RestoreChapter, deps.maxJsonBytes);
    sendJson(ctx.res, 200, { version: await history.restore(who, ctx.params.id!, id, chapter) });
  });
}
