import type { JSONContent } from '@tiptap/core';
import { CLAUSE_NODE, isRefKey, REF_NODE, type ClauseType, type ClauseVariant } from './clauseTypes.ts';
import { PROGRAMME_CLAUSES } from './clausesProgramme.ts';
import { TERMS_CLAUSES } from './clausesTerms.ts';

export * from './clauseTypes.ts';

/** The clause library in the order an agreement usually follows. */
export const CLAUSE_LIBRARY: readonly ClauseType[] = [...PROGRAMME_CLAUSES, ...TERMS_CLAUSES];

export const clauseType = (id: unknown): ClauseType | undefined => CLAUSE_LIBRARY.find((c) => c.id === id);

export function clauseVariant(typeId: unknown, variantId: unknown): ClauseVariant | undefined {
  const type = clauseType(typeId);
  return type?.variants.find((v) => v.id === variantId) ?? type?.variants[0];
}

/** The heading a clause shows: its type's title, or a plain "Clause" for a type this build does not know. */
export const clauseTitle = (typeId: unknown): string => clauseType(typeId)?.title ?? 'Clause';

/** A paragraph of model wording as ProseMirror JSON: `{ref}` becomes a reference node, the rest text. */
export function wordingParagraph(text: string): JSONContent {
  const content: JSONContent[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const ref = match[1];
    if (!isRefKey(ref)) continue;
    if (match.index > last) content.push({ type: 'text', text: text.slice(last, match.index) });
    content.push({ type: REF_NODE, attrs: { ref } });
    last = match.index + match[0].length;
  }
  if (last < text.length) content.push({ type: 'text', text: text.slice(last) });
  return { type: 'paragraph', content };
}

/** A clause block ready to insert: the chosen variant's wording, editable from then on like any text. */
export function clauseJson(typeId: string, variantId?: string): JSONContent {
  const variant = clauseVariant(typeId, variantId);
  if (!variant) throw new Error(`Unknown clause type ${typeId}`);
  return {
    type: CLAUSE_NODE,
    attrs: { clauseType: typeId, variant: variant.id },
    content: variant.paragraphs.map(wordingParagraph),
  };
}

/** The reference keys a clause's content holds, in order of appearance. */
export function refsIn(node: JSONContent): string[] {
  const found: string[] = [];
  const walk = (n: JSONContent) => {
    if (n.type === REF_NODE && typeof n.attrs?.ref === 'string' && !found.includes(n.attrs.ref)) found.push(n.attrs.ref);
    n.content?.forEach(walk);
  };
  walk(node);
  return found;
}
