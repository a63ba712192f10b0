/** A chapter's heading and its one-sentence summary in one language (English: `shared/chapters.ts`; others: the content packs). */
export interface ChapterHeading {
  title: string;
  summary: string;
}
