import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { dossierSeedUpdate } from '../consortia/seed.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { canWrite } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import { DomainError } from '../consortia/errors.ts';
import { requireMember } from '../consortia/permissions.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage, type VersionAuthor, type VersionReason, type VersionRecord } from '../storage/types.ts';
import { chapterElements, contentHash, readChapters, type Block } from './chapterContent.ts';
import { moveAnchors, reanchorThreads } from './reanchorThreads.ts';
import { roots } from '../../shared/discussion.ts';
import { chapterPath, compareChapters, textOf } from './compare.ts';
import { TokenCache } from './tokenCache.ts';
import { ChapterTracker } from './chapterTracker.ts';
import type { CompareResult, VersionSummary } from '../../shared/history.ts';
import { dossierFromChapters, restoreChapter } from './restoreChapter.ts';

export interface HistoryOptions {
  /** An automatic version is taken once the dossier saw no edit for this long. */
  idleMs: number;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  /** The chapter frozen by an executed agreement, if any: restores into it are refused. */
  frozenChapter?: (consortiumId: string) => Promise<string | null>;
}

/**
 * Who edited since the last version, and the timer that takes the next one. Each author is also
 * written to storage once per pending period (`noted`), so a kill -9 before the version loses none.
 */
interface Pending {
  authors: Map<string, VersionAuthor>;
  noted: Set<string>;
  timer?: NodeJS.Timeout;
}

/** A version as the API lists it: without the chapter hashes. */
export const summary = ({ consortiumId: _c, chapters: _h, ...rest }: VersionRecord): VersionSummary => rest;

const dossierOf = (consortiumId: string) => docKey(consortiumId, 'dossier');
const discussionOf = (consortiumId: string) => docKey(consortiumId, 'discussion');

/**
 * Versions of each consortium's dossier (docs/ARCHITECTURE.md, "History"): taken after a burst of
 * editing, at sign-offs, status changes, exports and restores, and when an editor names one. A
 * version names each chapter's content by hash; each distinct content is stored once, so history
 * lives in storage beside the document and survives compaction, restarts and kill -9.
 */
export class History {
  private readonly pending = new Map<string, Pending>();
  /** One chain per consortium: versions are taken one after the other. */
  private readonly chains = new Map<string, Promise<unknown>>();
  private closed = false;
  /** Words of chapter contents recently compared, as numbers (16 MB of tokens at most). */
  private readonly tokens = new TokenCache(4_000_000);
  private readonly chapters = new ChapterTracker();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
    private readonly options: HistoryOptions,
  ) {}

  /** A client's edit of a document was applied (Room): remember who, and restart the idle timer. */
  noteEdit(roomKey: string, who: Identity): void {
    if (this.closed || roomKey !== dossierOf(who.consortiumId)) return;
    const c = who.consortiumId;
    const pending: Pending = this.pending.get(c) ?? { authors: new Map(), noted: new Set() };
    this.pending.set(c, pending);
    const author = { userId: who.userId, name: who.name, partnerId: who.partnerId };
    pending.authors.set(who.userId, author);
    if (!pending.noted.has(who.userId)) {
      pending.noted.add(who.userId);
      this.storage.versions.noteAuthor(c, author).catch((error: unknown) => {
        pending.noted.delete(who.userId); // the next keystroke tries again
        this.options.log('warn', 'could not keep an author for the next version', { consortium: c, error: String(error) });
      });
    }
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      pending.timer = undefined;
      this.take(c, 'edits').catch((error) =>
        this.options.log('error', 'automatic version failed', { consortium: c, error: String(error) }),
      );
    }, this.options.idleMs);
    pending.timer.unref();
  }

  private serial<T>(consortiumId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(consortiumId) ?? Promise.resolve()).then(work, work);
    this.chains.set(
      consortiumId,
      run.catch(() => undefined),
    );
    return run;
  }

  /**
   * Read from storage each time, not kept: with several instances another one may have taken a
   * version since, and comparing with an older one took a second version of the same edits.
   */
  private async lastVersion(consortiumId: string): Promise<VersionRecord | null> {
    return (await this.storage.versions.latest(consortiumId)) ?? null;
  }

  /**
   * Takes a version of the dossier as it is now. `edits` versions are skipped when nothing changed;
   * the others are events (a sign-off refers to its version) and are always taken.
   */
  take(
    consortiumId: string,
    reason: VersionReason,
    extra: { name?: string; detail?: Record<string, string>; authors?: VersionAuthor[] } = {},
  ): Promise<VersionRecord | undefined> {
    return this.serial(consortiumId, () => this.takeNow(consortiumId, reason, extra));
  }

  private async takeNow(
    consortiumId: string,
    reason: VersionReason,
    extra: { name?: string; detail?: Record<string, string>; authors?: VersionAuthor[] },
    attempt = 1,
  ): Promise<VersionRecord | undefined> {
    const previous = await this.lastVersion(consortiumId);
    const known = new Set(Object.values(previous?.chapters ?? {}));
    // Only chapters changed since the last version are read and hashed (ChapterTracker); content is stored once per hash.
    const { hashes, contents, doc } = await this.registry.use(dossierOf(consortiumId), (doc) => {
      const { hashes, blocks } = this.chapters.read(doc);
      const contents = new Map<string, Uint8Array>();
      for (const [key, hash] of Object.entries(hashes) as [ChapterKey, string][]) {
        if (known.has(hash) || contents.has(hash)) continue;
        const read = blocks.get(key) ?? this.chapters.readOne(doc, key) ?? [];
        contents.set(hash, gzipSync(JSON.stringify(read)));
      }
      return { hashes, contents, doc };
    });
    // The first version is compared with the seeded template: `changed` names the chapters people wrote in.
    const before = previous?.chapters ?? (await seedHashes());
    const changed = Object.keys(hashes).filter((k) => before[k] !== hashes[k]);
    const pending = this.pending.get(consortiumId);
    // Authors kept in storage (before a crash or restart) and those of this process since.
    const waiting = new Map((await this.storage.versions.pendingAuthors(consortiumId)).map((a) => [a.userId, a]));
    for (const a of pending?.authors.values() ?? []) waiting.set(a.userId, a);
    if (reason === 'edits' && changed.length === 0) {
      await this.settle(consortiumId, [...waiting.keys()]);
      return undefined;
    }
    const authors = extra.authors ?? [...waiting.values()];
    const version: VersionRecord = {
      consortiumId,
      id: randomUUID(),
      createdAt: new Date().toISOString(),
      reason,
      authors,
      chapters: hashes,
      changed,
      ...(extra.name ? { name: extra.name } : {}),
      ...(extra.detail ? { detail: extra.detail } : {}),
    };
    let added: boolean;
    try {
      // An automatic version is added only after the version it was compared with: another instance
      // may have taken one of the same edits meanwhile (both timers fire when typing stops).
      added = await this.storage.versions.add(version, contents, reason === 'edits' ? (previous?.id ?? null) : undefined);
    } catch (error) {
      this.chapters.forget(doc);
      throw error;
    }
    // Compared again with the version that won: nothing is left to take unless edits came since.
    if (!added) return attempt < 3 ? this.takeNow(consortiumId, reason, extra, attempt + 1) : undefined;
    if (!extra.authors) await this.settle(consortiumId, [...waiting.keys()]);
    return version;
  }

  /** These authors are in a version (or had nothing to show): forgotten here and in storage. */
  private async settle(consortiumId: string, userIds: string[]): Promise<void> {
    const pending = this.pending.get(consortiumId);
    pending?.authors.clear();
    pending?.noted.clear();
    await this.storage.versions.settleAuthors(consortiumId, userIds);
  }

  async list(actor: Identity, consortiumId: string): Promise<VersionSummary[]> {
    requireMember(actor, consortiumId);
    return (await this.storage.versions.list(consortiumId)).map(summary);
  }

  /** A named version ("Sent to faculty boards, 14 March"): editors and coordinators. */
  async name(actor: Identity, consortiumId: string, name: string): Promise<VersionSummary> {
    requireEditor(actor, consortiumId);
    const version = (await this.take(consortiumId, 'named', { name }))!;
    await this.activity(actor, 'version', { name, version: version.id });
    return summary(version);
  }

  private async version(consortiumId: string, id: string): Promise<VersionRecord> {
    const version = await this.storage.versions.get(consortiumId, id);
    if (!version) throw new DomainError('unknown-version', 'No such version.');
    return version;
  }

  private async blocks(consortiumId: string, hashes: string[]): Promise<Map<string, Block[]>> {
    const stored = await this.storage.versions.contents(consortiumId, hashes);
    return new Map([...stored].map(([hash, data]) => [hash, JSON.parse(gunzipSync(data).toString('utf8')) as Block[]]));
  }

  /**
   * Brings a chapter, or with `'*'` the whole dossier (coordinators only), back to a version's
   * content, as one new change on top of the present text (see restoreChapter). Edits not yet in a
   * version are kept in one first, so the restore can be undone. Comment threads whose words had
   * been deleted and are back with the restore are tied to them again (reanchorThreads).
   */
  async restore(actor: Identity, consortiumId: string, versionId: string, chapter: ChapterKey | '*'): Promise<VersionSummary> {
    requireEditor(actor, consortiumId);
    if (chapter === '*' && actor.role !== 'coordinator')
      throw new DomainError('forbidden', 'Only coordinators can bring the whole dossier back to a version.');
    const frozen = await this.options.frozenChapter?.(consortiumId);
    if (frozen && (chapter === '*' || chapter === frozen))
      throw new DomainError(
        'agreement-frozen',
        'The consortium agreement is executed and read-only, so it cannot be restored. The coordinator can start an amendment first.',
      );
    const version = await this.version(consortiumId, versionId);
    if (chapter !== '*' && !version.chapters[chapter]) throw new DomainError('unknown-chapter', 'This chapter is not in that version.');
    const keys = chapter === '*' ? CHAPTER_KEYS.filter((k) => version.chapters[k]) : [chapter];
    const contents = await this.blocks(consortiumId, [...new Set(keys.map((k) => version.chapters[k]!))]);
    const targets = keys.map((k): [ChapterKey, Block[]] => {
      const blocks = contents.get(version.chapters[k]!);
      if (!blocks) throw new Error(`version ${versionId} names content ${version.chapters[k]} that is not stored`);
      return [k, blocks];
    });
    const restored = await this.serial(consortiumId, async () => {
      if (this.pending.get(consortiumId)?.authors.size || (await this.storage.versions.pendingAuthors(consortiumId)).length)
        await this.takeNow(consortiumId, 'edits', {});
      const threads = await this.registry.use(discussionOf(consortiumId), (doc) => [...roots(doc).threads.values()]);
      const moved = await this.registry.use(
        dossierOf(consortiumId),
        (doc) => {
          if (chapter !== '*' && !chapterElements(doc).has(chapter))
            throw new DomainError('unknown-chapter', 'This chapter is not in the dossier.');
          for (const [key, blocks] of targets) restoreChapter(doc, key, blocks);
          return reanchorThreads(doc, threads, new Set(keys));
        },
        { write: true },
      );
      if (moved.size > 0) await this.registry.use(discussionOf(consortiumId), (doc) => moveAnchors(doc, threads, moved), { write: true });
      const by = { userId: actor.userId, name: actor.name, partnerId: actor.partnerId };
      return (await this.takeNow(consortiumId, 'restore', { authors: [by], detail: { chapter, from: versionId } }))!;
    });
    await this.activity(actor, 'restore', { chapter, from: versionId, version: restored.id });
    return summary(restored);
  }

  /** Inline changes from one version to another (or to the live text, `to` = 'current'), per chapter, with who made them. */
  async compare(actor: Identity, consortiumId: string, fromId: string, toId: string, chapter?: ChapterKey): Promise<CompareResult> {
    requireMember(actor, consortiumId);
    const all = await this.storage.versions.list(consortiumId);
    const index = (id: string) => {
      const i = all.findIndex((v) => v.id === id);
      if (i < 0) throw new DomainError('unknown-version', 'No such version.');
      return i;
    };
    let from = index(fromId);
    let to = toId === 'current' ? all.length : index(toId);
    if (from > to) [from, to] = [to, from];
    const steps: { chapters: Record<string, string>; authors: VersionAuthor[] }[] = all
      .slice(from + 1, to + 1)
      .map((v) => ({ chapters: v.chapters, authors: v.authors }));
    const base = all[from]!.chapters;
    let live: Map<ChapterKey, Block[]> | undefined;
    if (toId === 'current') {
      // The live hashes come from the tracker (only changed chapters are read); the blocks only of the chapters compared.
      const now = await this.registry.use(dossierOf(consortiumId), (doc) => {
        const { hashes } = this.chapters.read(doc);
        const keys = chapter ? [chapter] : CHAPTER_KEYS.filter((k) => base[k] !== hashes[k]);
        const blocks = new Map<ChapterKey, Block[]>();
        for (const k of keys) {
          const read = this.chapters.readOne(doc, k);
          if (read) blocks.set(k, read);
        }
        return { hashes, blocks };
      });
      live = now.blocks;
      steps.push({ chapters: now.hashes, authors: [...(this.pending.get(consortiumId)?.authors.values() ?? [])] });
    }
    const end = steps.at(-1)?.chapters ?? base;
    const keys = chapter ? [chapter] : CHAPTER_KEYS.filter((k) => base[k] !== end[k]);
    // Words of every content the chapters pass through (from the cache where they are), blocks of the first and last.
    this.tokens.trim();
    const paths = keys.map((k) => [base[k], ...chapterPath(k, base, steps).map((p) => p.hash)].filter((h): h is string => !!h));
    const contents = new Map<string, Block[]>();
    for (const [k, b] of live ?? []) contents.set(end[k]!, b);
    const { tokens, words } = await this.tokens.gather(paths, contents, (hashes) => this.blocks(consortiumId, hashes), textOf);
    return {
      from: all[from]!.id,
      to: to === all.length ? 'current' : all[to]!.id,
      chapters: compareChapters(keys, base, steps, (hash) => (hash ? (tokens.get(hash) ?? []) : []), words, contents),
    };
  }

  /** The dossier as a version had it, for exports of that version. */
  async dossierAt(actor: Identity, consortiumId: string, versionId: string): Promise<Y.Doc> {
    requireMember(actor, consortiumId);
    const version = await this.version(consortiumId, versionId);
    const keys = CHAPTER_KEYS.filter((k) => version.chapters[k]);
    const contents = await this.blocks(
      consortiumId,
      keys.map((k) => version.chapters[k]!),
    );
    return dossierFromChapters(keys.map((k) => [k, contents.get(version.chapters[k]!) ?? []]));
  }

  private activity(actor: Identity, action: string, detail: Record<string, string>): Promise<void> {
    return this.storage.activity.append({
      consortiumId: actor.consortiumId,
      at: new Date().toISOString(),
      userId: actor.userId,
      name: actor.name,
      action,
      detail,
    });
  }

  /** At shutdown: edits not yet in a version get one now, while the rooms are still loaded. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.pending].filter(([, p]) => p.authors.size > 0);
    for (const [, p] of this.pending) if (p.timer) clearTimeout(p.timer);
    await Promise.allSettled(waiting.map(([c]) => this.take(c, 'edits')));
  }
}

let seeded: Promise<Record<string, string>> | undefined;
/** Content hashes of the chapters as every dossier starts (server/consortia/seed.ts). */
function seedHashes(): Promise<Record<string, string>> {
  seeded ??= dossierSeedUpdate().then((update) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const hashes = Object.fromEntries([...readChapters(doc)].map(([k, blocks]) => [k, contentHash(blocks)]));
    doc.destroy();
    return hashes;
  });
  return seeded;
}

/** Editors and coordinators change the dossier, so they name versions and restore chapters. */
function requireEditor(actor: Identity, consortiumId: string): void {
  requireMember(actor, consortiumId);
  if (!canWrite(actor.role, 'dossier')) throw new DomainError('forbidden', 'Only editors and coordinators can do this.');
}
