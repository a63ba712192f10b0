import * as Y from 'yjs';
import { CHAPTER_KEYS, type ChapterKey } from '../../shared/chapterTypes.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { chapterElements, contentHash, readChapter, type Block } from './chapterContent.ts';

interface Tracked {
  /** Chapters changed since their hash was last computed. */
  dirty: Set<ChapterKey>;
  hashes: Map<ChapterKey, string>;
}

/** The chapter a changed Y type belongs to, or 'all' when the dossier's list of chapters itself changed. */
function chapterOf(fragment: Y.XmlFragment, event: Y.YEvent<Y.AbstractType<unknown>>): ChapterKey | 'all' | undefined {
  const target = event.target;
  if (target === fragment) return 'all';
  let type = target;
  while (type._item && type._item.parent !== fragment) type = type._item.parent as Y.AbstractType<unknown>;
  if (!type._item) return undefined;
  // A change to a chapter element's own attributes (its key) may move which element holds which chapter.
  if (type === target && (event as Y.YXmlEvent).attributesChanged?.size > 0) return 'all';
  const key = type instanceof Y.XmlElement ? type.getAttribute('key') : undefined;
  return (CHAPTER_KEYS as readonly string[]).includes(key ?? '') ? (key as ChapterKey) : undefined;
}

/**
 * Content hashes of a live dossier's chapters, recomputed only for chapters changed since the last
 * call: taking a version of a large dossier used to read and hash all 19 chapters (about half a
 * second), though a burst of editing usually touches one or two. A deep observer on the dossier
 * notes which chapters changed (a walk up from the changed type, a few steps); a document loaded
 * afresh (the room was unloaded) starts with every chapter to read.
 */
export class ChapterTracker {
  private readonly tracked = new WeakMap<Y.Doc, Tracked>();

  private track(doc: Y.Doc): Tracked {
    let t = this.tracked.get(doc);
    if (t) return t;
    const tracked: Tracked = { dirty: new Set(CHAPTER_KEYS), hashes: new Map() };
    const fragment = doc.getXmlFragment(DOSSIER_FRAGMENT);
    fragment.observeDeep((events) => {
      for (const event of events) {
        const key = chapterOf(fragment, event as Y.YEvent<Y.AbstractType<unknown>>);
        if (key === 'all') for (const k of CHAPTER_KEYS) tracked.dirty.add(k);
        else if (key) tracked.dirty.add(key);
      }
    });
    this.tracked.set(doc, (t = tracked));
    return t;
  }

  /**
   * Every chapter's hash now, and the blocks of the chapters that had to be read (the changed ones),
   * which are the only ones whose content can be new.
   */
  read(doc: Y.Doc): { hashes: Record<string, string>; blocks: Map<ChapterKey, Block[]> } {
    const t = this.track(doc);
    const hashes: Record<string, string> = {};
    const blocks = new Map<ChapterKey, Block[]>();
    for (const [key, element] of chapterElements(doc)) {
      let hash = t.hashes.get(key);
      if (hash === undefined || t.dirty.has(key)) {
        const read = readChapter(element);
        blocks.set(key, read);
        t.hashes.set(key, (hash = contentHash(read)));
      }
      hashes[key] = hash;
    }
    t.dirty.clear();
    return { hashes, blocks };
  }

  /** The blocks of one chapter, read now (a content the tracker hashed before but that is not stored yet). */
  readOne(doc: Y.Doc, key: ChapterKey): Block[] | undefined {
    const element = chapterElements(doc).get(key);
    return element ? readChapter(element) : undefined;
  }

  /** Forgets what was computed for this document (after a failed write, to be safe). */
  forget(doc: Y.Doc): void {
    const t = this.tracked.get(doc);
    if (t) for (const k of CHAPTER_KEYS) t.dirty.add(k);
  }
}
