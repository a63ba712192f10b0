/** The stable keys of the dossier's chapters, in the guideline's order (a contract: stored documents, exports and URLs use these keys, so they never change; docs/ARCHITECTURE.md, "Contracts"). */
export const CHAPTER_KEYS = [
  'concept',
  'overview',
  'alignment',
  'objectives',
  'partnership',
  'team',
  'support',
  'vision',
  'curriculum',
  'qualification',
  'ecosystem',
  'language',
  'admission',
  'examination',
  'quality',
  'business',
  'recruitment',
  'sustainability',
  'agreement',
] as const;

export type ChapterKey = (typeof CHAPTER_KEYS)[number];

export interface ChapterGuidance {
  /** Guidance for the programme team, 2-4 short paragraphs of plain text. Help text, never document content. */
  guidance: string[];
  /** The decisions the consortium must take in this chapter, each a short imperative line. */
  checklist: readonly string[];
}

export interface ChapterDefinition {
  key: ChapterKey;
  /** Chapter number as shown in the sidebar and exports (1-based, guideline order). */
  number: number;
  /** Fixed heading of the chapter. */
  title: string;
  /** One sentence: what this chapter settles. Shown under the heading. */
  summary: string;
  /** Starter prompts seeded as the chapter's first content: short section labels the team fills in. */
  prompts: string[];
}

/** Every chapter's guidance and decision checklist in one language (see shared/i18n/chapterText.ts). */
export type ChapterHelp = Readonly<Record<ChapterKey, ChapterGuidance>>;
