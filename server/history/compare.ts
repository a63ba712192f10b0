import type { ChapterKey } from '../../shared/chapterTypes.ts';
import type { ChapterCompare, VersionAuthor } from '../../shared/history.ts';
import { attributedTokenDiff, peopleIn, type TokenStep } from './attribution.ts';
import { blocksText, type Block } from './chapterContent.ts';

export type { ChapterCompare };

interface Step {
  chapters: Record<string, string>;
  authors: VersionAuthor[];
}

/** A chapter content's text (blocksText, one line per block), for word diffs. */
export const textOf = (blocks: Block[] | undefined) => blocksText(blocks ?? []).join('\n');

/** The hashes a chapter's content passes through from `base` along `steps`, each with the step's authors: only steps that changed it count. */
export function chapterPath(
  chapter: ChapterKey,
  base: Record<string, string>,
  steps: Step[],
): { hash: string; authors: VersionAuthor[] }[] {
  const path: { hash: string; authors: VersionAuthor[] }[] = [];
  let previous = base[chapter];
  for (const step of steps) {
    const hash = step.chapters[chapter];
    if (!hash || hash === previous) continue;
    path.push({ hash, authors: step.authors });
    previous = hash;
  }
  return path;
}

/**
 * Compares each chapter of `keys` from `base` through `steps` (the versions after it, oldest first):
 * only steps where the chapter's content changed count, so each change is attributed to the people
 * of the version that made it. `tokens(hash)` gives a content's words as numbers, `words` the
 * dictionary; `contents` holds the blocks
 * of each chapter's first and last content, for the changed fields of structured blocks.
 */
export function compareChapters(
  keys: ChapterKey[],
  base: Record<string, string>,
  steps: Step[],
  tokens: (hash: string | undefined) => ArrayLike<number>,
  words: readonly string[],
  contents: Map<string, Block[]>,
): ChapterCompare[] {
  return keys.map((chapter) => {
    const path = chapterPath(chapter, base, steps);
    const tokenSteps: TokenStep[] = path.map((p) => ({ tokens: tokens(p.hash), authors: p.authors }));
    const ops = attributedTokenDiff(tokens(base[chapter]), tokenSteps, words);
    const last = path.at(-1)?.hash ?? base[chapter];
    return {
      chapter,
      ops,
      people: peopleIn(ops),
      fields: changedFields(contents.get(base[chapter]!) ?? [], last ? (contents.get(last) ?? []) : []),
    };
  });
}

function changedFields(before: Block[], after: Block[]): ChapterCompare['fields'] {
  const found: ChapterCompare['fields'] = [];
  before.forEach((block, i) => {
    const other = after[i];
    if (!other || other.type !== block.type) return;
    const names = new Set([...Object.keys(block.attrs ?? {}), ...Object.keys(other.attrs ?? {})]);
    const fields = [...names].filter((n) => JSON.stringify(block.attrs?.[n]) !== JSON.stringify(other.attrs?.[n]));
    if (fields.length > 0) found.push({ block: i, type: block.type, fields });
  });
  return found;
}
