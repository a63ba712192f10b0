import type { ChapterKey } from '../../shared/chapterTypes.ts';
import type { ChapterCompare, VersionAuthor } from '../../shared/history.ts';
import { attributedDiff, peopleIn, type TextStep } from './attribution.ts';
import { blocksText, type Block } from './chapterContent.ts';

export type { ChapterCompare };

interface Step {
  chapters: Record<string, string>;
  authors: VersionAuthor[];
}

/** A chapter's content after a change, and who made it. */
export interface ChapterStep {
  hash: string;
  authors: VersionAuthor[];
}

/**
 * A compare follows each change, so its cost grows with the number of versions that changed the
 * chapter. Beyond this many, consecutive versions are taken together and a change is attributed to
 * the people of the group it happened in (all of them named): the cost stays bounded at any history length.
 */
export const MAX_STEPS = 40;

/** The versions after `base` that changed `chapter`, at most MAX_STEPS (see there). */
export function chapterSteps(chapter: ChapterKey, base: Record<string, string>, steps: Step[]): ChapterStep[] {
  const changes: ChapterStep[] = [];
  let previous = base[chapter];
  for (const step of steps) {
    const hash = step.chapters[chapter];
    if (!hash || hash === previous) continue;
    changes.push({ hash, authors: step.authors });
    previous = hash;
  }
  if (changes.length <= MAX_STEPS) return changes;
  const size = Math.ceil(changes.length / MAX_STEPS);
  const grouped: ChapterStep[] = [];
  for (let i = 0; i < changes.length; i += size) {
    const group = changes.slice(i, i + size);
    const people = new Map<string, VersionAuthor>();
    for (const c of group) for (const a of c.authors) people.set(a.userId, a);
    grouped.push({ hash: group.at(-1)!.hash, authors: [...people.values()] });
  }
  return grouped;
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
  stepsOf: Map<ChapterKey, ChapterStep[]>,
  contents: Map<string, Block[]>,
): ChapterCompare[] {
  return keys.map((chapter) => {
    const steps = stepsOf.get(chapter) ?? [];
    const textSteps: TextStep[] = steps.map((s) => ({ text: textOf(contents.get(s.hash)), authors: s.authors }));
    const previous = steps.at(-1)?.hash ?? base[chapter];
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
