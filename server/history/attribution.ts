import type { CompareOp, VersionAuthor } from '../../shared/history.ts';
import { TokenCache } from './tokenCache.ts';
import { diffTokens, tokenize } from './wordDiff.ts';

export type { CompareOp };

/** A state of a chapter's text along the way from the old version to the new one. */
export interface TextStep {
  text: string;
  /** Who made the changes that lead to this text (the authors of the version holding it). */
  authors: VersionAuthor[];
}

/** A step as tokens: numbers standing for words (TokenCache), `words[token]` being the word. */
export interface TokenStep {
  tokens: ArrayLike<number>;
  authors: VersionAuthor[];
}

/** attributedDiff of texts (tests, small callers): tokenizes them with a dictionary of their own. */
export function attributedDiff(base: string, steps: TextStep[]): CompareOp[] {
  const dictionary = new TokenCache(0);
  const tokens = (text: string) => dictionary.intern(tokenize(text));
  return attributedTokenDiff(
    tokens(base),
    steps.map((s) => ({ tokens: tokens(s.text), authors: s.authors })),
    dictionary.words,
  );
}

/**
 * Inline insertions and deletions from `base` to the last of `steps`, each attributed to the step
 * that made it. Every token is followed through the intermediate versions: a word typed in one
 * version and deleted in a later one does not show, and a word of the base deleted somewhere on
 * the way is shown deleted by the people of the version where it went.
 */
export function attributedTokenDiff(base: ArrayLike<number>, steps: TokenStep[], words: readonly string[]): CompareOp[] {
  let tokens = base;
  // Where each current token comes from: its index in the base (>= 0), or -(step + 1) for the step
  // that typed it. Typed arrays, so that the long unchanged runs are copied in one go.
  let origins = Int32Array.from({ length: base.length }, (_, i) => i);
  const deletedAt = new Map<number, number>();
  steps.forEach((step, index) => {
    const next = step.tokens;
    const nextOrigins = new Int32Array(next.length);
    let at = 0;
    for (const run of diffTokens(tokens, next)) {
      if (run.kind === 'equal') {
        nextOrigins.set(origins.subarray(run.from, run.from + run.count), at);
        at += run.count;
      } else if (run.kind === 'insert') {
        nextOrigins.fill(-(index + 1), at, at + run.count);
        at += run.count;
      } else {
        for (let i = run.from; i < run.from + run.count; i++) if (origins[i]! >= 0) deletedAt.set(origins[i]!, index);
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
    for (; nextOld < end; nextOld++) push('delete', words[base[nextOld]!]!, deletedAt.get(nextOld));
  };
  for (let i = 0; i < tokens.length; i++) {
    const origin = origins[i]!;
    const word = words[tokens[i]!]!;
    if (origin >= 0) {
      deleteUpTo(origin);
      push('equal', word);
      nextOld = origin + 1;
    } else push('insert', word, -origin - 1);
  }
  deleteUpTo(base.length);
  return ops;
}

/** Everyone named in the changes, once. */
export function peopleIn(ops: CompareOp[]): VersionAuthor[] {
  const seen = new Map<string, VersionAuthor>();
  for (const op of ops) for (const a of op.by ?? []) if (!seen.has(a.userId)) seen.set(a.userId, a);
  return [...seen.values()];
}
