import type { ChapterKey } from '../chapterTypes.ts';

/**
 * The clause library's shape. A clause's wording is a list of paragraphs; `{ref}` in a paragraph
 * becomes a live reference (see references.ts), so the text always shows the current value.
 */

export const CLAUSE_NODE = 'clause';
export const REF_NODE = 'agreementRef';

/** What a live reference can show; the key is stored in the document (attr `ref`), so keys never change. */
export const REF_KEYS = [
  'programmeTitle',
  'partners',
  'signatories',
  'ects',
  'eqf',
  'languages',
  'admission',
  'grading',
  'awardingBodies',
  'teachingShare',
  'feeSplit',
] as const;
export type RefKey = (typeof REF_KEYS)[number];
export const isRefKey = (v: unknown): v is RefKey => (REF_KEYS as readonly string[]).includes(v as string);

/** How a reference is named in the editor's "Insert reference" list and in change notes. */
export const REF_LABEL: Record<RefKey, string> = {
  programmeTitle: 'Programme title',
  partners: 'Partners (legal names and signatories)',
  signatories: 'Signatories',
  ects: 'Total ECTS',
  eqf: 'EQF level',
  languages: 'Languages of instruction',
  admission: 'Admission rules',
  grading: 'Grading scheme',
  awardingBodies: 'Awarding bodies',
  teachingShare: 'Teaching share per partner',
  feeSplit: 'Fee split',
};

/** Short name for change notes: "ECTS changed from 5 to 6". */
export const REF_SHORT: Record<RefKey, string> = {
  programmeTitle: 'Programme title',
  partners: 'Partners',
  signatories: 'Signatories',
  ects: 'ECTS',
  eqf: 'EQF level',
  languages: 'Languages',
  admission: 'Admission rules',
  grading: 'Grading scheme',
  awardingBodies: 'Awarding bodies',
  teachingShare: 'Teaching share',
  feeSplit: 'Fee split',
};

/**
 * What a reference nobody has set yet reads (references.ts), in English: the text a sign-off records,
 * so it never depends on who signed off in which language. A reader's page and an export word it in
 * their language (`refTextIn`, shared/i18n/content/clauseTexts.ts).
 */
export const notSetText = (key: RefKey): string => `[${REF_SHORT[key].toLowerCase()} not yet set]`;

export interface ClauseVariant {
  /** Stable id within its type (stored in the document as the clause's `variant`). */
  id: string;
  /** What sets this variant apart, for the library's choice ("Joint controllers"). */
  label: string;
  /** One line: when to choose it. */
  summary: string;
  paragraphs: string[];
}

export interface ClauseType {
  /** Stable id, stored in the document as the clause's `clauseType`. */
  id: string;
  title: string;
  /** The agreement is not ready for signing without it. */
  mandatory: boolean;
  /** The chapters whose agreed text this clause rests on (for the readiness check). */
  dependsOn: ChapterKey[];
  variants: ClauseVariant[];
}
