import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import {
  collectsSignOffs,
  findMentions,
  messageKey,
  readKey,
  readSignoffs,
  readThreads,
  readWorkflow,
  roots,
  signoffKey,
  workflowKey,
  type ChapterWorkflow,
  type Message,
  type Person,
  type SignOff,
  type ThreadMeta,
} from '../../shared/discussion.ts';
import type { CreateThread } from '../../shared/discussionCommands.ts';
import { executionRoots, readAgreedReason, type AgreedReason } from '../../shared/execution.ts';
import { docKey } from '../storage/types.ts';
import type { Storage } from '../storage/types.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Identity } from '../auth/tokens.ts';
import { DomainError, invalidField } from './errors.ts';
import { requireCommenter } from './permissions.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import type { History } from '../history/historyService.ts';
import type { Notifier } from '../notifications/notifier.ts';
import type { AgreementReadinessService } from '../agreement/agreementReadiness.ts';

const person = (i: Identity): Person => ({ userId: i.userId, name: i.name, partnerId: i.partnerId });

/**
 * Every change to threads, workflow and sign-offs goes through here: the server checks who may do
 * it, writes the discussion document, and the change reaches every open page through sync.
 */
export class Discussion {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
    private readonly history: History,
    /** E-mail notifications (only with SMTP configured): told after each change is stored. */
    private readonly notifier?: Notifier,
    /** The agreement's live references, recorded with each sign-off of the agreement chapter. */
    private readonly agreement?: Pick<AgreementReadinessService, 'refTexts'>,
  ) {}

  private key(consortiumId: string) {
    return docKey(consortiumId, 'discussion');
  }

  private write<T>(consortiumId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    return this.registry.use(this.key(consortiumId), fn, { write: true });
  }

  private async mentions(consortiumId: string, text: string): Promise<string[]> {
    return findMentions(text, await this.storage.members.list(consortiumId));
  }

  async createThread(actor: Identity, input: CreateThread): Promise<{ threadId: string; messageId: string }> {
    requireCommenter(actor);
    const threadId = randomUUID();
    const messageId = randomUUID();
    const at = new Date().toISOString();
    const mentions = await this.mentions(actor.consortiumId, input.text);
    await this.write(actor.consortiumId, (doc) => {
      const r = roots(doc);
      const meta: ThreadMeta = {
        id: threadId,
        chapter: input.chapter,
        anchor: input.anchor,
        quote: input.quote,
        createdAt: at,
        createdBy: person(actor),
      };
      r.threads.set(threadId, meta);
      r.messages.set(messageKey(threadId, messageId), message(threadId, messageId, actor, at, input.text, mentions));
      r.reads.set(readKey(actor.userId, threadId), 1);
    });
    await this.notifier?.message({ actor, chapter: input.chapter, threadId, text: input.text, mentioned: mentions, participants: [] });
    return { threadId, messageId };
  }

  async reply(actor: Identity, threadId: string, text: string): Promise<{ messageId: string }> {
    requireCommenter(actor);
    const messageId = randomUUID();
    const mentions = await this.mentions(actor.consortiumId, text);
    const { chapter, participants } = await this.write(actor.consortiumId, (doc) => {
      const r = roots(doc);
      const meta = r.threads.get(threadId);
      if (!meta) throw new DomainError('unknown-thread', 'No such thread.');
      const before = readThreads(doc).find((t) => t.id === threadId);
      const participants = [
        ...new Set([meta.createdBy.userId, ...(before?.messages ?? []).filter((m) => !m.deleted).map((m) => m.author.userId)]),
      ];
      // Stamped here, in the write, and after the thread's last message: messages are listed by time,
      // and read marks count messages in that order, so the order must be the order of writing.
      const at = nextMessageTime(doc, threadId);
      r.messages.set(messageKey(threadId, messageId), message(threadId, messageId, actor, at, text, mentions));
      const count = readThreads(doc).find((t) => t.id === threadId)?.messages.length ?? 0;
      r.reads.set(readKey(actor.userId, threadId), count);
      return { chapter: meta.chapter, participants };
    });
    await this.notifier?.message({ actor, chapter, threadId, text, mentioned: mentions, participants });
    return { messageId };
  }

  /** Authors edit or delete their own messages; a deleted message stays as a marker so replies keep their context. */
  async changeMessage(actor: Identity, threadId: string, messageId: string, change: { text: string } | { deleted: true }): Promise<void> {
    requireCommenter(actor);
    const mentions = 'text' in change ? await this.mentions(actor.consortiumId, change.text) : [];
    const edited = await this.write(actor.consortiumId, (doc) => {
      const r = roots(doc);
      const key = messageKey(threadId, messageId);
      const current = r.messages.get(key);
      if (!current) throw new DomainError('unknown-message', 'No such message.');
      if (current.author.userId !== actor.userId) throw new DomainError('forbidden', 'You can only change your own messages.');
      if (current.deleted) throw new DomainError('deleted', 'This message was deleted.');
      const at = new Date().toISOString();
      r.messages.set(
        key,
        'text' in change
          ? { ...current, text: change.text, mentions, editedAt: at }
          : { ...current, text: '', mentions: [], deleted: true, editedAt: at },
      );
      // Only people mentioned by this edit, not those the message named already, hear of it.
      return { chapter: r.threads.get(threadId)?.chapter ?? '', added: mentions.filter((u) => !current.mentions.includes(u)) };
    });
    if ('text' in change && edited.added.length > 0)
      await this.notifier?.message({
        actor,
        chapter: edited.chapter,
        threadId,
        text: change.text,
        mentioned: edited.added,
        participants: [],
      });
  }

  async setResolved(actor: Identity, threadId: string, resolved: boolean): Promise<void> {
    requireCommenter(actor);
    await this.write(actor.consortiumId, (doc) => {
      const r = roots(doc);
      if (!r.threads.has(threadId)) throw new DomainError('unknown-thread', 'No such thread.');
      r.threadStatus.set(threadId, { resolved, by: person(actor), at: new Date().toISOString() });
    });
  }

  async markRead(actor: Identity, threadId: string): Promise<void> {
    await this.write(actor.consortiumId, (doc) => {
      const thread = readThreads(doc).find((t) => t.id === threadId);
      if (!thread) throw new DomainError('unknown-thread', 'No such thread.');
      const r = roots(doc);
      if (r.reads.get(readKey(actor.userId, threadId)) !== thread.messages.length)
        r.reads.set(readKey(actor.userId, threadId), thread.messages.length);
    });
  }

  async updateChapter(
    actor: Identity,
    chapter: ChapterKey,
    change: Partial<ChapterWorkflow> & { reason?: string },
  ): Promise<ChapterWorkflow & { agreedReason: AgreedReason | null }> {
    if (actor.role !== 'coordinator') throw new DomainError('forbidden', 'Only the coordinator can set leads, due dates and status.');
    if (change.lead) {
      const record = await this.storage.consortia.get(actor.consortiumId);
      if (!record?.partners.some((p) => p.id === change.lead)) throw invalidField('lead', 'No such partner institution.');
    }
    const gated = change.status === 'approved' || change.status === 'agreed';
    const missing = gated ? await this.partnersWithoutSignOff(actor.consortiumId, chapter) : [];
    // The Agreed gate: without every partner's current sign-off, Agreed needs a reason, which the overview shows.
    if (change.status === 'agreed' && missing.length && !change.reason)
      throw new DomainError(
        'reason-required',
        `Not every partner has signed off the current text (still missing: ${missing.map((p) => p.name).join(', ')}). Give a reason to set the chapter to Agreed anyway.`,
        { partners: missing.map((p) => p.id) },
      );
    if (change.status === 'approved' && missing.length)
      throw new DomainError(
        'signoffs-missing',
        `Every partner signs off the current text before the chapter is approved by the institutions. Still missing: ${missing.map((p) => p.name).join(', ')}.`,
        { partners: missing.map((p) => p.id) },
      );
    const { workflow, before } = await this.write(actor.consortiumId, (doc) => {
      const before = readWorkflow(doc, chapter).status;
      const w = roots(doc).workflow;
      for (const field of ['lead', 'status', 'due'] as const) {
        if (change[field] !== undefined) w.set(workflowKey(chapter, field), change[field]);
      }
      if (change.status === 'agreed') {
        const reasons = executionRoots(doc).agreedReasons;
        if (missing.length && change.reason)
          reasons.set(chapter, { reason: change.reason, by: person(actor), at: new Date().toISOString() });
        else if (reasons.get(chapter)) reasons.set(chapter, null);
      }
      return { workflow: { ...readWorkflow(doc, chapter), agreedReason: readAgreedReason(doc, chapter) }, before };
    });
    if (workflow.status === 'in-review' && before !== 'in-review') await this.notifier?.review(actor, chapter);
    if (change.status !== undefined)
      await this.history.take(actor.consortiumId, 'status', {
        detail: { chapter, status: change.status, partnerId: actor.partnerId, by: actor.name },
      });
    return workflow;
  }

  /** The partners with no sign-off of the chapter's current text. */
  private async partnersWithoutSignOff(consortiumId: string, chapter: ChapterKey): Promise<{ id: string; name: string }[]> {
    const record = await this.storage.consortia.get(consortiumId);
    const version = (await this.registry.use(docKey(consortiumId, 'dossier'), (doc) => chapterVersions(doc))).get(chapter);
    const signed = await this.registry.use(this.key(consortiumId), (doc) =>
      readSignoffs(doc, chapter)
        .filter((s) => s.version === version)
        .map((s) => s.partnerId),
    );
    return (record?.partners ?? []).filter((p) => !signed.includes(p.id));
  }

  /** Signs a chapter off for the actor's own institution, recording exactly which text was approved. */
  async signOff(actor: Identity, chapter: ChapterKey): Promise<SignOff> {
    requireCommenter(actor);
    const versions = await this.registry.use(docKey(actor.consortiumId, 'dossier'), (doc) => chapterVersions(doc));
    const version = versions.get(chapter);
    if (!version) throw new DomainError('unknown-chapter', 'This chapter is not in the dossier.');
    const status = await this.registry.use(this.key(actor.consortiumId), (doc) => readWorkflow(doc, chapter).status);
    if (!collectsSignOffs(status)) throw new DomainError('not-in-review', 'A chapter can be signed off once it is in review.');
    // The version holds the text as signed, so "what changed since you signed" can compare it with now.
    const taken = await this.history.take(actor.consortiumId, 'signoff', {
      detail: { chapter, partnerId: actor.partnerId, by: actor.name },
    });
    // What the agreement's references showed when it was signed, so a later change of a value is marked.
    const refs = chapter === 'agreement' ? await this.agreement?.refTexts(actor.consortiumId) : undefined;
    return this.write(actor.consortiumId, (doc) => {
      const status = readWorkflow(doc, chapter).status;
      if (!collectsSignOffs(status)) throw new DomainError('not-in-review', 'A chapter can be signed off once it is in review.');
      const signOff: SignOff = {
        chapter,
        partnerId: actor.partnerId,
        by: person(actor),
        at: new Date().toISOString(),
        version,
        ...(taken ? { versionId: taken.id } : {}),
        ...(refs ? { refs } : {}),
      };
      roots(doc).signoffs.set(signoffKey(chapter, actor.partnerId), signOff);
      return signOff;
    });
  }

  async withdrawSignOff(actor: Identity, chapter: ChapterKey): Promise<void> {
    requireCommenter(actor);
    await this.write(actor.consortiumId, (doc) => roots(doc).signoffs.delete(signoffKey(chapter, actor.partnerId)));
  }
}

/**
 * Now, or just after the thread's latest message when that is not earlier (same millisecond, or
 * the clock went back): a reply that reaches the document later must never be listed earlier.
 */
function nextMessageTime(doc: Y.Doc, threadId: string): string {
  let latest = '';
  roots(doc).messages.forEach((m) => {
    if (m.threadId === threadId && m.at > latest) latest = m.at;
  });
  const now = Date.now();
  const last = latest ? Date.parse(latest) : Number.NEGATIVE_INFINITY;
  return new Date(now > last ? now : last + 1).toISOString();
}

function message(threadId: string, id: string, actor: Identity, at: string, text: string, mentions: string[]): Message {
  return { id, threadId, author: person(actor), at, text, mentions, editedAt: null, deleted: false };
}
