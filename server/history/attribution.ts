import type { CompareOp, VersionAuthor } from '../../shared/history.ts';
import { diffTokens, tokenize } from './wordDiff.ts';

export type { CompareOp };

/** A state of a chapter's text along the way from the old version to the new one. */
export interface TextStep {
  text: string;
  /** Who made the changes that lead to this text (the authors of the version holding it). */
  authors: VersionAuthor[];
}

type Origin = { old: number } | { step: number };

/**
 * Inline insertions and deletions from `base` to the last of `steps`, each attributed to the step
 * that made it. Every token is followed through the intermediate versions: a word typed in one
 * version and deleted in a later one does not show, and a word of the base deleted somewhere on
 * the way is shown deleted by the people of the version where it went.
 */
export function attributedDiff(base: string, steps: TextStep[]): CompareOp[] {
  const baseTokens = tokenize(base);
  let tokens = baseTokens;
  let origins: Origin[] = baseTokens.map((_, i) => ({ old: i }));
  const deletedAt = new Map<number, number>();
  steps.forEach((step, index) => {
    const next = tokenize(step.text);
    const nextOrigins: Origin[] = [];
    for (const run of diffTokens(tokens, next)) {
      for (let i = run.from; i < run.from + run.count; i++) {
        if (run.kind === 'equal') nextOrigins.push(origins[i]!);
        else if (run.kind === 'insert') nextOrigins.push({ step: index });
        else {
          const origin = origins[i]!;
          if ('old' in origin) deletedAt.set(origin.old, index);
        }
      }
    }
    tokens = next;
    origins = nextOrigins;
  });

  const ops: CompareOp[] = [];
  const push = (kind: CompareOp['kind'], text: string, step?: number) => {
    const by = step === undefined ? undefined : steps[step]!.authors;
    const last = ops.at(-1);
    if (last && last.kind === kind && last.by === by) last.text += text;
    else ops.push(by ? { kind, text, by } : { kind, text });
  };
  let nextOld = 0;
  const deleteUpTo = (end: number) => {
    for (; nextOld < end; nextOld++) push('delete', baseTokens[nextOld]!, deletedAt.get(nextOld));
  };
  tokens.forEach((token, i) => {
    const origin = origins[i]!;
    if ('old' in origin) {
      deleteUpTo(origin.old);
      push('equal', token);
      nextOld = origin.old + 1;
    } else push('insert', token, origin.step);
  });
  deleteUpTo(baseTokens.length);
  return ops;
}

/** Everyone named in the changes, once. */
export function peopleIn(ops: CompareOp[]): VersionAuthor[] {
  const seen = new Map<string, VersionAuthor>();
  for (const op of ops) for (const a of op.by ?? []) if (!seen.has(a.userId)) seen.set(a.userId, a);
  return [...seen.values()];
}
