import type { JSONContent } from '@tiptap/core';

/**
 * The programme blocks as found in a dossier: node names and readers, without the checks, so the
 * schema and the editor can use them without loading the rules (`blocks.ts` adds those).
 */

/** Node names of the structured blocks (shared by the schema, the readers and the server). */
export const FACTS_NODE = 'programmeFacts';
export const UNIT_NODE = 'curriculumUnit';

export interface ProgrammeBlocks {
  facts: Record<string, unknown> | null;
  units: Record<string, unknown>[];
}

/** The structured blocks in document order, from the dossier's ProseMirror JSON (server, exports). The first facts block counts. */
export function blocksFromJson(root: JSONContent): ProgrammeBlocks {
  const found: ProgrammeBlocks = { facts: null, units: [] };
  const walk = (node: JSONContent) => {
    if (node.type === UNIT_NODE) found.units.push(node.attrs ?? {});
    else if (node.type === FACTS_NODE) found.facts ??= node.attrs ?? {};
    else node.content?.forEach(walk);
  };
  walk(root);
  return found;
}

/** The minimal shape of a ProseMirror node, so the browser can read its live document without a JSON copy. */
interface NodeLike {
  type: { name: string };
  attrs: Record<string, unknown>;
  isLeaf: boolean;
  forEach(fn: (child: NodeLike) => void): void;
}

export const NO_BLOCKS: ProgrammeBlocks = { facts: null, units: [] };

/** Unchanged ProseMirror nodes keep their attrs objects, so identity tells whether any block changed. */
export function sameBlocks(a: ProgrammeBlocks, b: ProgrammeBlocks): boolean {
  return a.facts === b.facts && a.units.length === b.units.length && a.units.every((u, i) => u === b.units[i]);
}

export function blocksFromDoc(doc: NodeLike): ProgrammeBlocks {
  const found: ProgrammeBlocks = { facts: null, units: [] };
  const walk = (node: NodeLike) => {
    if (node.type.name === UNIT_NODE) found.units.push(node.attrs);
    else if (node.type.name === FACTS_NODE) found.facts ??= node.attrs;
    else if (!node.isLeaf && node.type.name !== 'paragraph' && node.type.name !== 'heading') node.forEach(walk);
  };
  walk(doc);
  return found;
}
