import * as Y from 'yjs';
import { CHAPTER_KEYS, type ChapterKey } from '../../shared/chapterTypes.ts';
import { hashString } from '../../shared/chapterVersion.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

/** A chapter's content as ProseMirror JSON (what y-prosemirror reads from the same Y elements). */
export interface Block {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Block[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export type ChapterContents = Map<ChapterKey, Block[]>;

const isChapterKey = (key: unknown): key is ChapterKey => typeof key === 'string' && (CHAPTER_KEYS as readonly string[]).includes(key);

/** The `chapter` elements of a dossier by key. */
export function chapterElements(doc: Y.Doc): Map<ChapterKey, Y.XmlElement> {
  const found = new Map<ChapterKey, Y.XmlElement>();
  for (const child of doc.getXmlFragment(DOSSIER_FRAGMENT).toArray()) {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== 'chapter') continue;
    const key = child.getAttribute('key');
    if (isChapterKey(key) && !found.has(key)) found.set(key, child);
  }
  return found;
}

/**
 * Every chapter's blocks, read straight from the Y elements without ProseMirror: a version is taken
 * after every burst of editing, and loading the schema and building nodes would cost far more.
 */
export function readChapters(doc: Y.Doc): ChapterContents {
  const chapters: ChapterContents = new Map();
  for (const [key, element] of chapterElements(doc)) chapters.set(key, readChapter(element));
  return chapters;
}

/** One chapter element's blocks. */
export const readChapter = (element: Y.XmlElement): Block[] => element.toArray().flatMap(toBlocks);

function toBlocks(node: Y.XmlElement | Y.XmlText | Y.XmlHook): Block[] {
  if (node instanceof Y.XmlText) return textNodes(node);
  if (!(node instanceof Y.XmlElement)) return [];
  const attrs = node.getAttributes() as Record<string, unknown>;
  const block: Block = { type: node.nodeName };
  if (Object.keys(attrs).length > 0) block.attrs = sortKeys(attrs);
  const content = node.toArray().flatMap(toBlocks);
  if (content.length > 0) block.content = content;
  return [block];
}

function textNodes(text: Y.XmlText): Block[] {
  const nodes: Block[] = [];
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const node: Block = { type: 'text', text: op.insert };
    const marks = Object.entries(op.attributes ?? {})
      .sort(([a], [b]) => (a < b ? -1 : 1))
      // y-prosemirror stores a mark as an attribute: `true` or the mark's attrs; overlapping marks of one type get a `--hash` suffix.
      .map(([name, value]) => {
        const type = name.split('--')[0]!;
        return value && typeof value === 'object' && Object.keys(value).length > 0
          ? { type, attrs: sortKeys(value as Record<string, unknown>) }
          : { type };
      });
    if (marks.length > 0) node.marks = marks;
    nodes.push(node);
  }
  return nodes;
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Content address of a chapter's blocks: versions store each distinct chapter content once. */
export function contentHash(blocks: Block[]): string {
  const json = JSON.stringify(blocks);
  return `${hashString(json)}-${hashString(json, 1)}-${json.length.toString(36)}`;
}

/** The plain text of blocks, one line per text block, for word diffs. */
export function blocksText(blocks: Block[]): string[] {
  const lines: string[] = [];
  const walk = (block: Block): void => {
    const inline = block.content?.every((c) => c.type === 'text' || c.type === 'hardBreak');
    if (block.type === 'text') return;
    if (inline || !block.content) {
      lines.push((block.content ?? []).map((c) => (c.type === 'text' ? c.text : '\n')).join(''));
      return;
    }
    for (const child of block.content) walk(child);
  };
  for (const block of blocks) walk(block);
  return lines;
}
