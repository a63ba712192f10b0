import type * as Y from 'yjs';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { touchesChapter } from './chapterTouch.ts';
import { AGREEMENT_CHAPTER } from '../../shared/execution.ts';
import type { Storage } from '../storage/types.ts';

const DOSSIER_SUFFIX = '/dossier';

/**
 * Which chapter of each consortium's dossier is frozen (the executed agreement), so that the sync
 * server refuses client updates that would change it. Known per instance: read from storage when a
 * consortium's dossier loads, changed by the Execution service, and with scale-out by the other
 * instances' changes (published over Redis, and read again after Redis was away). Only consortia with a freeze in
 * force pay for the check; for every other update it is one map lookup.
 */
/** A consortium's frozen chapter changed (null: none frozen any more). */
export type FreezeChange = { consortiumId: string; chapter: string | null };

export class ChapterFreeze {
  private readonly frozen = new Map<string, string | null>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly listeners = new Set<(change: FreezeChange) => void>();

  constructor(private readonly read: (consortiumId: string) => Promise<string | null>) {}

  /** Reads the consortium's freeze once (before its dossier room answers anyone). */
  ensure(consortiumId: string): Promise<void> {
    if (this.frozen.has(consortiumId)) return Promise.resolve();
    let pending = this.loading.get(consortiumId);
    if (!pending) {
      pending = this.read(consortiumId).then(
        (chapter) => {
          if (!this.frozen.has(consortiumId)) this.frozen.set(consortiumId, chapter);
          this.loading.delete(consortiumId);
        },
        (error: unknown) => {
          this.loading.delete(consortiumId);
          throw error;
        },
      );
      this.loading.set(consortiumId, pending);
    }
    return pending;
  }

  /** Room.load calls this first: a dossier room knows its freeze before any update is applied. */
  prepare(roomKey: string): Promise<void> {
    return roomKey.endsWith(DOSSIER_SUFFIX) ? this.ensure(roomKey.slice(0, -DOSSIER_SUFFIX.length)) : Promise.resolve();
  }

  /** The Execution service executed or amended here: applied, and told to the other instances (scale-out). */
  set(consortiumId: string, chapter: string | null): void {
    this.frozen.set(consortiumId, chapter);
    for (const listener of this.listeners) listener({ consortiumId, chapter });
  }

  onSet(listener: (change: FreezeChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another instance executed or amended: applied here without telling anyone again. */
  apply(change: FreezeChange): void {
    this.frozen.set(change.consortiumId, change.chapter);
  }

  /**
   * Reads every known consortium's freeze from storage again: after Redis was away, changes other
   * instances published meanwhile were not heard.
   */
  async reload(): Promise<void> {
    await Promise.all([...this.frozen.keys()].map(async (consortiumId) => this.frozen.set(consortiumId, await this.read(consortiumId))));
  }

  async frozenChapter(consortiumId: string): Promise<string | null> {
    await this.ensure(consortiumId);
    return this.frozen.get(consortiumId) ?? null;
  }

  /** Whether a client's (decoded) update to the room's document would change a frozen chapter. */
  refuses(roomKey: string, doc: Y.Doc, update: ReturnType<typeof Y.decodeUpdate>): boolean {
    if (this.frozen.size === 0 || !roomKey.endsWith(DOSSIER_SUFFIX)) return false;
    const chapter = this.frozen.get(roomKey.slice(0, -DOSSIER_SUFFIX.length));
    if (!chapter) return false;
    return touchesChapter(doc, update, doc.getXmlFragment(DOSSIER_FRAGMENT), chapter);
  }
}

/** The chapter frozen in a consortium as storage says: the agreement while its latest execution is not amended. */
export async function frozenChapterIn(storage: Storage, consortiumId: string): Promise<string | null> {
  const latest = (await storage.executions.list(consortiumId)).at(-1);
  return latest && !latest.amendedAt ? AGREEMENT_CHAPTER : null;
}
