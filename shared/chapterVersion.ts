import * as Y from 'yjs';
import { DOSSIER_FRAGMENT } from './names.ts';

/**
 * A chapter's version: a hash of its content as stored in Yjs (elements, sorted attributes, text
 * with formatting). Browser and server compute it from the same Y.Doc the same way, so a sign-off
 * is stale exactly when the chapter's content differs from what was approved.
 */
export function chapterVersions(doc: Y.Doc): Map<string, string> {
  const versions = new Map<string, string>();
  for (const child of doc.getXmlFragment(DOSSIER_FRAGMENT).toArray()) {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== 'chapter') continue;
    const key = child.getAttribute('key');
    if (typeof key === 'string') versions.set(key, chapterVersion(child));
  }
  return versions;
}

/** One chapter's version (see chapterVersions). */
export function chapterVersion(chapter: Y.XmlElement): string {
  return hashString(canonical(chapter.toArray()));
}

function canonical(nodes: (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node instanceof Y.XmlText) parts.push(JSON.stringify(node.toDelta().map(sortedOp)));
    else if (node instanceof Y.XmlElement) {
      parts.push(`<${node.nodeName} ${stableJson(node.getAttributes())}>${canonical(node.toArray())}</>`);
    }
  }
  return parts.join('');
}

function sortedOp(op: { insert?: unknown; attributes?: Record<string, unknown> }) {
  return op.attributes ? { insert: op.insert, attributes: JSON.parse(stableJson(op.attributes)) } : { insert: op.insert };
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash, the same in every JavaScript runtime. Not for secrets. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
