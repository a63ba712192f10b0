import { CHAPTER_KEYS, type ChapterKey } from '../../../shared/chapterTypes.ts';
import { CreateThread, PostMessage, ResolveThread, UpdateChapter } from '../../../shared/discussionCommands.ts';
import { DomainError } from '../../consortia/errors.ts';
import { requireMember } from '../../consortia/permissions.ts';
import { parseBody, type ApiDeps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { authenticate } from '../requestAuth.ts';
import { sendJson } from '../respond.ts';
import type { RouteContext, Router } from '../router.ts';

const isUuid = (v: string) => /^[0-9a-f-]{36}$/.test(v);

/** Comments, chapter workflow and sign-offs (docs/API.md). Results arrive on every page through the discussion document. */
export function discussionRoutes(router: Router, deps: ApiDeps): void {
  const { discussion } = deps.services;
  const actor = async ({ req, params }: RouteContext) => {
    const identity = await authenticate(req, deps.access);
    requireMember(identity, params.id!);
    return identity;
  };
  const chapter = (ctx: RouteContext): ChapterKey => {
    const key = ctx.params.chapter!;
    if (!(CHAPTER_KEYS as readonly string[]).includes(key)) throw new DomainError('unknown-chapter', 'No such chapter.');
    return key as ChapterKey;
  };
  const ids = (ctx: RouteContext, ...names: string[]) => {
    for (const n of names) if (!isUuid(ctx.params[n]!)) throw new HttpError('not-found', 'No such thread or message.');
  };

  router.on('POST', '/api/consortia/:id/threads', async (ctx) => {
    const who = await actor(ctx);
    const input = await parseBody(ctx.req, CreateThread, deps.maxJsonBytes);
    sendJson(ctx.res, 201, await discussion.createThread(who, input));
  });
  router.on('POST', '/api/consortia/:id/threads/:thread/messages', async (ctx) => {
    const who = await actor(ctx);
    ids(ctx, 'thread');
    const { text } = await parseBody(ctx.req, PostMessage, deps.maxJsonBytes);
    sendJson(ctx.res, 201, await discussion.reply(who, ctx.params.thread!, text));
  });
  router.on('PATCH', '/api/consortia/:id/threads/:thread/messages/:message', async (ctx) => {
    const who = await actor(ctx);
    ids(ctx, 'thread', 'message');
    const { text } = await parseBody(ctx.req, PostMessage, deps.maxJsonBytes);
    await discussion.changeMessage(who, ctx.params.thread!, ctx.params.message!, { text });
    sendJson(ctx.res, 200, { ok: true });
  });
  router.on('DELETE', '/api/consortia/:id/threads/:thread/messages/:message', async (ctx) => {
    const who = await actor(ctx);
    ids(ctx, 'thread', 'message');
    await discussion.changeMessage(who, ctx.params.thread!, ctx.params.message!, { deleted: true });
    sendJson(ctx.res, 200, { ok: true });
  });
  router.on('POST', '/api/consortia/:id/threads/:thread/resolve', async (ctx) => {
    const who = await actor(ctx);
    ids(ctx, 'thread');
    const { resolved } = await parseBody(ctx.req, ResolveThread, deps.maxJsonBytes);
    await discussion.setResolved(who, ctx.params.thread!, resolved);
    sendJson(ctx.res, 200, { ok: true });
  });
  router.on('POST', '/api/consortia/:id/threads/:thread/read', async (ctx) => {
    const who = await actor(ctx);
    ids(ctx, 'thread');
    await discussion.markRead(who, ctx.params.thread!);
    sendJson(ctx.res, 200, { ok: true });
  });
  router.on('PATCH', '/api/consortia/:id/chapters/:chapter', async (ctx) => {
    const who = await actor(ctx);
    const key = chapter(ctx);
    const change = await parseBody(ctx.req, UpdateChapter, deps.maxJsonBytes);
    sendJson(ctx.res, 200, { workflow: await discussion.updateChapter(who, key, change) });
  });
  router.on('POST', '/api/consortia/:id/chapters/:chapter/signoff', async (ctx) => {
    const who = await actor(ctx);
    sendJson(ctx.res, 201, { signOff: await discussion.signOff(who, chapter(ctx)) });
  });
  router.on('DELETE', '/api/consortia/:id/chapters/:chapter/signoff', async (ctx) => {
    const who = await actor(ctx);
    await discussion.withdrawSignOff(who, chapter(ctx));
    sendJson(ctx.res, 200, { ok: true });
  });
}
