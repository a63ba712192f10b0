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

/** The chapter element (a child of the dossier fragment) a type sits in. */
function chapterOf(type: { _item: Y.Item | null }): Y.XmlElement | undefined {
  let node = type;
  while (node._item) {
    const parent = node._item.parent as unknown as { _item: Y.Item | null };
    if (!parent._item) return node instanceof Y.XmlElement ? node : undefined;
    node = parent;
  }
  return undefined;
}

/**
 * Whether an anchor still points at words, by the rule the editor uses (client/comments/anchors.ts):
 * both ends resolve in live text of one chapter, the end after the start, with text between them.
 * A thread on words across paragraphs has its ends in two texts, the start's text first. Otherwise
 * the thread shows as detached: its words were deleted.
 */
export function anchorHolds(doc: Y.Doc, anchor: Anchor): boolean {
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.from), doc);
    const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.to), doc);
    if (!from || !to || !(from.type instanceof Y.XmlText) || !(to.type instanceof Y.XmlText)) return false;
    if (deletedType(from.type) || deletedType(to.type)) return false;
    if (from.type === to.type) return to.index > from.index;
    const chapter = chapterOf(from.type);
    if (!chapter || chapter !== chapterOf(to.type)) return false;
    const texts = textsOf(chapter);
    const [first, last] = [texts.indexOf(from.type), texts.indexOf(to.type)];
    if (first >= last) return false;
    // Words deleted on both sides leave both ends at the paragraph break: nothing is covered then.
    let covered = from.type.length - from.index + to.index;
    for (let i = first + 1; i < last; i++) covered += texts[i]!.length;
    return covered > 0;
  } catch {
    return false;
  }
}

/**
 * Whether the characters an anchor's ends are tied to (the first and the last quoted one) are still
 * there. An anchor across paragraphs whose words were deleted can still span text (its ends fall on
 * whatever surrounds the deleted words), so holding by the editor's rule is not enough to keep it.
 */
function endsLive(doc: Y.Doc, anchor: Anchor): boolean {
  try {
    for (const json of [anchor.from, anchor.to]) {
      const id = Y.createRelativePositionFromJSON(json).item;
      if (id && Y.getItem(doc.store, id).deleted) return false;
    }
    return true;
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

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/** A chapter's words as the editor quotes a selection (one space between text blocks), and where each text starts in them. */
interface ChapterWords {
  plain: string;
  texts: { text: Y.XmlText; start: number; end: number }[];
}

function chapterWords(chapter: Y.XmlElement): ChapterWords {
  let plain = '';
  let first = true;
  const texts: ChapterWords['texts'] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      const start = plain.length;
      plain += plainOf(node);
      texts.push({ text: node, start, end: plain.length });
    } else if (node instanceof Y.XmlElement) {
      const children = node.toArray();
      // ProseMirror's textBetween puts the separator before every text block but the first.
      if (TEXTBLOCKS.has(node.nodeName) || children.some((c) => c instanceof Y.XmlText)) {
        if (!first) plain += ' ';
        first = false;
      }
      for (const child of children) walk(child);
    }
  };
  for (const child of chapter.toArray()) walk(child);
  return { plain, texts };
}

/** The text holding the character at `index` of the chapter's words, or undefined on a separator. */
const textAt = (words: ChapterWords, index: number) => words.texts.find((t) => t.start <= index && index < t.end);

/** Where a quote stands in a chapter: the start sticks to its first character, the end to its last, across paragraphs too. */
function anchorForQuote(words: ChapterWords, quote: string): Anchor | undefined {
  const at = words.plain.indexOf(quote);
  if (at < 0) return undefined;
  let first = at;
  let last = at + quote.length - 1;
  // A quote may start or end on the space between two paragraphs: anchor on the words only.
  while (first <= last && !textAt(words, first)) first++;
  while (last >= first && !textAt(words, last)) last--;
  const start = textAt(words, first);
  const end = textAt(words, last);
  if (!start || !end) return undefined;
  return {
    from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(start.text, first - start.start, 0)) as Record<string, unknown>,
    to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(end.text, last + 1 - end.start, -1)) as Record<string, unknown>,
  };
}

/**
 * New anchors for threads whose words were deleted and have come back (a restore): each thread of
 * `chapters` whose anchor no longer holds is tied to the first place in its chapter where its quote
 * stands again, within a paragraph or across several, with ends made as the editor makes them.
 * Threads whose quote is not found stay detached. Returns thread id → anchor, for the caller to
 * store in the discussion document.
 */
export function reanchorThreads(doc: Y.Doc, threads: ThreadMeta[], chapters: ReadonlySet<ChapterKey>): Map<string, Anchor> {
  const elements = chapterElements(doc);
  const found = new Map<string, Anchor>();
  const words = new Map<ChapterKey, ChapterWords>();
  for (const thread of threads) {
    if (!chapters.has(thread.chapter) || thread.quote.trim() === '') continue;
    if (anchorHolds(doc, thread.anchor) && endsLive(doc, thread.anchor)) continue;
    const element = elements.get(thread.chapter);
    if (!element) continue;
    if (!words.has(thread.chapter)) words.set(thread.chapter, chapterWords(element));
    const anchor = anchorForQuote(words.get(thread.chapter)!, thread.quote);
    if (anchor) found.set(thread.id, anchor);
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
