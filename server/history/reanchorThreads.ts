import * as Y from 'yjs';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { roots, type ThreadMeta } from '../../shared/discussion.ts';
import { chapterElements } from './chapterContent.ts';

type Anchor = ThreadMeta['anchor'];

/** True when the type, or an element it sits in, was deleted. */
function deletedType(type: { _item: Y.Item | null }): boolean {
  for (let item = type._item; item; item = (item.parent as { _item: Y.Item | null } | null)?._item ?? null) if (item.deleted) return true;
  return false;
}

/**
 * Whether an anchor still points at words, by the rule the editor uses (client/comments/anchors.ts):
 * both ends resolve, in one live text, with the end after the start. Otherwise the thread shows as
 * detached: its words were deleted.
 */
export function anchorHolds(doc: Y.Doc, anchor: Anchor): boolean {
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.from), doc);
    const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.to), doc);
    return !!from && !!to && from.type === to.type && from.type instanceof Y.XmlText && !deletedType(from.type) && to.index > from.index;
  } catch {
    return false;
  }
}

/** The plain text of a Y text (embeds count as nothing, as in the quote). */
const plainOf = (text: Y.XmlText) =>
  (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');

/** Every text of a chapter, in document order. */
function textsOf(chapter: Y.XmlElement): Y.XmlText[] {
  const found: Y.XmlText[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) found.push(node);
    else if (node instanceof Y.XmlElement) for (const child of node.toArray()) walk(child);
  };
  for (const child of chapter.toArray()) walk(child);
  return found;
}

/**
 * New anchors for threads whose words were deleted and have come back (a restore): each thread of
 * `chapters` whose anchor no longer holds is tied to the first place in its chapter where its quote
 * stands again, with ends made as the editor makes them (the start sticks to the first quoted
 * character, the end to the last). Threads whose quote is not found, or spans several paragraphs,
 * stay detached. Returns thread id → anchor, for the caller to store in the discussion document.
 */
export function reanchorThreads(doc: Y.Doc, threads: ThreadMeta[], chapters: ReadonlySet<ChapterKey>): Map<string, Anchor> {
  const elements = chapterElements(doc);
  const found = new Map<string, Anchor>();
  const texts = new Map<ChapterKey, { text: Y.XmlText; plain: string }[]>();
  for (const thread of threads) {
    if (!chapters.has(thread.chapter) || thread.quote.trim() === '' || anchorHolds(doc, thread.anchor)) continue;
    const element = elements.get(thread.chapter);
    if (!element) continue;
    if (!texts.has(thread.chapter))
      texts.set(
        thread.chapter,
        textsOf(element).map((text) => ({ text, plain: plainOf(text) })),
      );
    for (const { text, plain } of texts.get(thread.chapter)!) {
      const at = plain.indexOf(thread.quote);
      if (at < 0) continue;
      found.set(thread.id, {
        from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at, 0)) as Record<string, unknown>,
        to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at + thread.quote.length, -1)) as Record<string, unknown>,
      });
      break;
    }
  }
  return found;
}

/** Stores re-made anchors, for threads whose anchor nobody changed in the meantime. */
export function moveAnchors(doc: Y.Doc, before: ThreadMeta[], moved: Map<string, ThreadMeta['anchor']>): void {
  const threads = roots(doc).threads;
  for (const old of before) {
    const anchor = moved.get(old.id);
    const now = threads.get(old.id);
    if (anchor && now && JSON.stringify(now.anchor) === JSON.stringify(old.anchor)) threads.set(old.id, { ...now, anchor });
  }
}
