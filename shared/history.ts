import { CHAPTER_KEYS, type ChapterKey } from './chapterTypes.ts';
import { z } from './zod.ts';

/** Version history of the dossier: the shapes of the REST API (docs/API.md, "History"). */

/** Someone whose edits a version holds. */
export interface VersionAuthor {
  userId: string;
  name: string;
  partnerId: string;
}

/** Why a version was taken: a burst of edits ended, someone named it, or a sign-off, status change, export or restore. */
export type VersionReason = 'edits' | 'named' | 'signoff' | 'status' | 'export' | 'restore';

export interface VersionSummary {
  id: string;
  createdAt: string;
  name?: string;
  reason: VersionReason;
  authors: VersionAuthor[];
  /** Chapter keys whose content differs from the previous version's. */
  changed: string[];
  /**
   * e.g. { chapter, from } for a restore; { chapter, partnerId, by } for a sign-off, { chapter, status, partnerId, by } for a
   * status change, { format, chapter, partnerId, by } for an export (`by`: who did it, by name; older versions lack it).
   */
  detail?: Record<string, string>;
}

/** One piece of an inline compare: text kept, inserted or deleted, with who did it. */
export interface CompareOp {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
  /** For insertions and deletions: the people of the version that made the change. */
  by?: VersionAuthor[];
}

/** What changed in one chapter between two versions. */
export interface ChapterCompare {
  chapter: ChapterKey;
  /** The chapter's text, one line per text block, as kept, inserted and deleted runs. */
  ops: CompareOp[];
  /** Everyone whose change shows in `ops`. */
  people: VersionAuthor[];
  /** Blocks in the same place and of the same kind whose settings (attributes) changed: which fields. */
  fields: { block: number; type: string; fields: string[] }[];
}

export interface CompareResult {
  from: string;
  /** A version id, or 'current' for the live text. */
  to: string;
  chapters: ChapterCompare[];
}

export const NameVersion = z.object({ name: z.string().trim().min(1, 'Give the version a name').max(200) });
/** A chapter, or `'*'` (or no chapter at all) for the whole dossier. */
export const RestoreChapter = z.preprocess(
  (body) => body ?? {},
  z.object({ chapter: z.union([z.enum(CHAPTER_KEYS), z.literal('*')]).default('*') }),
);
