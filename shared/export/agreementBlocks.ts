import type { JSONContent } from '@tiptap/core';
import { CLAUSE_NODE, REF_NODE, clauseTitle, isRefKey } from '../agreement/clauses.ts';
import type { ResolvedRefs } from '../agreement/references.ts';

/** A reference becomes the text it shows now; its marks (bold, …) stay. */
function resolveInline(node: JSONContent, refs: ResolvedRefs): JSONContent {
  if (node.type === REF_NODE) {
    const ref = node.attrs?.ref;
    return { type: 'text', text: isRefKey(ref) ? refs[ref].text : '', ...(node.marks ? { marks: node.marks } : {}) };
  }
  if (!node.content) return node;
  const content = node.content.map((child) => resolveInline(child, refs)).filter((c) => c.type !== 'text' || c.text);
  return { ...node, content };
}

/**
 * The agreement's clauses as every renderer already knows them: each clause a level-3 heading with
 * its title (numbered by clauseNumbers like any clause heading) followed by its paragraphs, and
 * every reference replaced by its current value.
 */
export function expandClauses(blocks: JSONContent[], refs: ResolvedRefs): JSONContent[] {
  return blocks.flatMap((block) => {
    if (block.type !== CLAUSE_NODE) return [resolveInline(block, refs)];
    const heading: JSONContent = {
      type: 'heading',
      attrs: { level: 3 },
      content: [{ type: 'text', text: clauseTitle(block.attrs?.clauseType) }],
    };
    return [heading, ...(block.content ?? []).map((p) => resolveInline(p, refs))];
  });
}
