import type { RefKey } from '../../agreement/clauseTypes.ts';

/** A clause variant's choice in the library: what sets it apart, and when to choose it. */
export interface VariantText {
  label: string;
  summary: string;
}

/**
 * One language's words of the clause library: each clause type's title, each variant's label and
 * summary, and the names of the live references. The model wording (a variant's paragraphs) is legal
 * text the partners edit and sign, and stays as written. English is the source, in the clause files
 * (`shared/agreement/clausesProgramme.ts`, `clausesTerms.ts`, `clauseTypes.ts`).
 */
export interface ClauseTexts {
  /** By clause type id: its title and, by variant id, its variants. */
  clauses: Record<string, { title: string; variants: Record<string, VariantText> }>;
  /** As `REF_LABEL`: a reference in the "Insert a live value" list. */
  refLabels: Record<RefKey, string>;
  /** As `REF_SHORT`: a reference in change notes and tooltips. */
  refShort: Record<RefKey, string>;
  /** What a reference nobody has set yet shows; `{what}` is its short name. */
  notSet: string;
}
