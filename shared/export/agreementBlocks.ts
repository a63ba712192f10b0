import type { JSONContent } from '@tiptap/core';
import { CLAUSE_NODE, REF_NODE, isRefKey } from '../agreement/clauses.ts';
import type { ResolvedRefs } from '../agreement/references.ts';
import { clauseTitleIn, refTextIn } from '../i18n/content/clauseTexts.ts';
import type { Locale } from '../i18n/locales.ts';

/** A reference becomes the text it shows now (a value nobody has set says so in `language`); its marks (bold, …) stay. */
function resolveInline(node: JSONContent, refs: ResolvedRefs, language: Locale): JSONContent {
  if (node.type === REF_NODE) {
    const ref = node.attrs?.ref;
    return {
      type: 'text',
      text: isRefKey(ref) ? refTextIn(ref, refs[ref].text, language) : '',
      ...(node.marks ? { marks: node.marks } : {}),
    };
  }
  if (!node.content) return node;
  const content = node.content.map((child) => resolveInline(child, refs, language)).filter((c) => c.type !== 'text' || c.text);
  return { ...node, content };
}

/**
 * The agreement's clauses as every renderer already knows them: each clause a level-3 heading with
 * its title in the export's language (numbered by clauseNumbers like any clause heading) followed by
 * its paragraphs, as the partners wrote them, and every reference replaced by its current value.
 */
export function expandClauses(blocks: JSONContent[], refs: ResolvedRefs, language: Locale): JSONContent[] {
  return blocks.flatMap((block) => {
    if (block.type !== CLAUSE_NODE) return [resolveInline(block, refs, language)];
    const heading: JSONContent = {
      type: 'heading',
      attrs: { level: 3 },
      content: [{ type: 'text', text: clauseTitleIn(block.attrs?.clauseType, language) }],
    };
    return [heading, ...(block.content ?? []).map((p) => resolveInline(p, refs, language))];
  });
}
