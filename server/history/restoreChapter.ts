import * as Y from 'yjs';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { chapterElements, readChapter, type Block } from './chapterContent.ts';
import { diffTokens, tokenize, type DiffRun } from './wordDiff.ts';

/** Y elements for ProseMirror JSON blocks, as y-prosemirror writes them (marks become text attributes). */
export function toYNodes(blocks: Block[]): (Y.XmlElement | Y.XmlText)[] {
  const nodes: (Y.XmlElement | Y.XmlText)[] = [];
  let text: Y.XmlText | undefined;
  // The XmlText is not in a document yet, so its length reads 0 (and Yjs warns): runs of differently
  // marked text would each go in at 0 and come out in reverse. The offset is counted here instead.
  let offset = 0;
  for (const block of blocks) {
    if (block.type === 'text') {
      if (!text) {
        nodes.push((text = new Y.XmlText()));
        offset = 0;
      }
      const value = block.text ?? '';
      text.insert(offset, value, markAttributes(block));
      offset += value.length;
      continue;
    }
    text = undefined;
    const element = new Y.XmlElement(block.type);
    for (const [name, value] of Object.entries(block.attrs ?? {})) element.setAttribute(name, value as string);
    element.insert(0, toYNodes(block.content ?? []));
    nodes.push(element);
  }
  return nodes;
}

function markAttributes(block: Block): Record<string, unknown> {
  return Object.fromEntries((block.marks ?? []).map((m) => [m.type, m.attrs ?? {}]));
}

/** A fresh dossier document holding these chapters, in the given order (exports of a version). */
export function dossierFromChapters(chapters: [ChapterKey, Block[]][]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(DOSSIER_FRAGMENT).insert(
    0,
    chapters.map(([key, blocks]) => {
      const chapter = new Y.XmlElement('chapter');
      chapter.setAttribute('key', key);
      chapter.insert(0, toYNodes(blocks));
      return chapter;
    }),
  );
  return doc;
}

const isTextBlock = (b: Block) => (b.content ?? []).every((c) => c.type === 'text');
const sameShell = (a: Block, b: Block) => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

/**
 * Makes the chapter's content equal to `target` with the smallest change to what is there now:
 * blocks that are the same stay untouched, a text block whose words changed is patched word by
 * word, and only what differs is deleted or inserted. Text that survives keeps its Yjs items, so
 * comments anchored to it stay where the words are. Run inside a transaction on the live document.
 * Other chapters are not touched; returns false when the chapter is not in the document.
 */
export function restoreChapter(doc: Y.Doc, key: ChapterKey, target: Block[]): boolean {
  const chapter = chapterElements(doc).get(key);
  if (!chapter) return false;
  const current = readChapter(chapter);
  const hunks = changeHunks(
    diffTokens(
      current.map((b) => JSON.stringify(b)),
      target.map((b) => JSON.stringify(b)),
    ),
  );
  // From the end, so the indexes of the hunks still to do stay valid.
  for (const hunk of hunks.reverse()) {
    const removed = current.slice(hunk.oldStart, hunk.oldEnd);
    const inserted = target.slice(hunk.newStart, hunk.newEnd);
    // Pairs of the same kind of text block are patched in place; the rest is replaced.
    let patched = 0;
    while (
      patched < Math.min(removed.length, inserted.length) &&
      sameShell(removed[patched]!, inserted[patched]!) &&
      isTextBlock(removed[patched]!) &&
      isTextBlock(inserted[patched]!)
    ) {
      patchText(chapter.get(hunk.oldStart + patched) as Y.XmlElement, inserted[patched]!);
      patched++;
    }
    const at = hunk.oldStart + patched;
    if (removed.length > patched) chapter.delete(at, removed.length - patched);
    if (inserted.length > patched) chapter.insert(at, toYNodes(inserted.slice(patched)));
  }
  return true;
}

/** Turns a text block's text into `target`'s word by word, then sets the marks exactly. */
function patchText(element: Y.XmlElement, target: Block): void {
  let text = element.get(0);
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText();
    element.insert(0, [text]);
  }
  const yText = text as Y.XmlText;
  const plain = (yText.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  const wanted = (target.content ?? []).map((c) => c.text ?? '').join('');
  const a = tokenize(plain);
  const b = tokenize(wanted);
  const offsetOf = (tokens: string[], index: number) => tokens.slice(0, index).reduce((n, t) => n + t.length, 0);
  for (const hunk of changeHunks(diffTokens(a, b)).reverse()) {
    const at = offsetOf(a, hunk.oldStart);
    const length = offsetOf(a, hunk.oldEnd) - at;
    if (length > 0) yText.delete(at, length);
    const inserted = b.slice(hunk.newStart, hunk.newEnd).join('');
    if (inserted) yText.insert(at, inserted);
  }
  // Marks: every mark name present now or wanted is set on each run of the target (null removes it).
  const names = new Set<string>();
  for (const op of yText.toDelta() as { attributes?: Record<string, unknown> }[])
    for (const n of Object.keys(op.attributes ?? {})) names.add(n);
  for (const c of target.content ?? []) for (const m of c.marks ?? []) names.add(m.type);
  if (names.size === 0) return;
  let offset = 0;
  for (const c of target.content ?? []) {
    const length = (c.text ?? '').length;
    const attrs: Record<string, unknown> = Object.fromEntries([...names].map((n) => [n, null]));
    Object.assign(attrs, markAttributes(c));
    yText.format(offset, length, attrs);
    offset += length;
  }
}

interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Consecutive insertions and deletions between two kept runs, as one replacement of old [start, end) by new [start, end). */
function changeHunks(runs: DiffRun[]): Hunk[] {
  const hunks: Hunk[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let open: Hunk | undefined;
  for (const run of runs) {
    if (run.kind === 'equal') {
      open = undefined;
      oldIndex += run.count;
      newIndex += run.count;
      continue;
    }
    if (!open) hunks.push((open = { oldStart: oldIndex, oldEnd: oldIndex, newStart: newIndex, newEnd: newIndex }));
    if (run.kind === 'delete') open.oldEnd = oldIndex += run.count;
    else open.newEnd = newIndex += run.count;
  }
  return hunks;
}
