import type { ChapterKey } from '../../shared/chapterTypes.ts';
import type { ChapterCompare, VersionAuthor } from '../../shared/history.ts';
import { attributedDiff, peopleIn, type TextStep } from './attribution.ts';
import { blocksText, type Block } from './chapterContent.ts';

export type { ChapterCompare };

interface Step {
  chapters: Record<string, string>;
  authors: VersionAuthor[];
}

const textOf = (blocks: Block[] | undefined) => blocksText(blocks ?? []).join('\n');

/**
 * Compares each chapter of `keys` from `base` through `steps` (the versions after it, oldest first):
 * only steps where the chapter's content changed count, so each change is attributed to the people
 * of the version that made it.
 */
export function compareChapters(
  keys: ChapterKey[],
  base: Record<string, string>,
  steps: Step[],
  contents: Map<string, Block[]>,
): ChapterCompare[] {
  return keys.map((chapter) => {
    const textSteps: TextStep[] = [];
    let previous = base[chapter];
    for (const step of steps) {
      const hash = step.chapters[chapter];
      if (!hash || hash === previous) continue;
      textSteps.push({ text: textOf(contents.get(hash)), authors: step.authors });
      previous = hash;
    }
    const ops = attributedDiff(textOf(contents.get(base[chapter]!)), textSteps);
    return {
      chapter,
      ops,
      people: peopleIn(ops),
      fields: changedFields(contents.get(base[chapter]!) ?? [], previous ? (contents.get(previous) ?? []) : []),
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
