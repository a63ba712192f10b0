import { describe, expect, it } from 'vitest';
import { attributedDiff, peopleIn } from '../../server/history/attribution.ts';
import { diffTokens, tokenize } from '../../server/history/wordDiff.ts';
import { TokenCache } from '../../server/history/tokenCache.ts';
import { createRandom } from '../utils/random.ts';

const ana = { userId: 'ana', name: 'Ana', partnerId: 'p1' };
const bo = { userId: 'bo', name: 'Bo', partnerId: 'p2' };

/** Rebuilds the new list from the old one and the runs: the diff must describe the change exactly. */
function apply(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const run of diffTokens(a, b)) {
    if (run.kind === 'equal') out.push(...a.slice(run.from, run.from + run.count));
    if (run.kind === 'insert') out.push(...b.slice(run.from, run.from + run.count));
  }
  return out;
}

describe('word diff', () => {
  it('splits text into words and the spaces between them', () => {
    expect(tokenize('The  quick\nfox')).toEqual(['The', '  ', 'quick', '\n', 'fox']);
  });

  it('splits exactly as /\\s+|\\S+/g does, Unicode spaces included (seeded)', () => {
    const random = createRandom(11);
    const chars = [' ', '\n', '\t', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'é', 'Z', '.', '1'];
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: random.int(0, 30) }, () => random.pick(chars)).join('');
      expect(tokenize(text)).toEqual(text.match(/\s+|\S+/g) ?? []);
    }
  });

  it('diffs interned tokens (numbers) as it diffs words', () => {
    const cache = new TokenCache(100);
    const a = tokenize('the quick brown fox');
    const b = tokenize('the slow brown fox jumps');
    expect(diffTokens(cache.intern(a), cache.intern(b))).toEqual(diffTokens(a, b));
  });

  it('finds the smallest change between two sentences', () => {
    const runs = diffTokens(tokenize('the quick brown fox'), tokenize('the slow brown fox jumps'));
    expect(runs).toEqual([
      { kind: 'equal', from: 0, count: 2 },
      { kind: 'delete', from: 2, count: 1 },
      { kind: 'insert', from: 2, count: 1 },
      { kind: 'equal', from: 3, count: 4 },
      { kind: 'insert', from: 7, count: 2 },
    ]);
  });

  it('describes random edits exactly (seeded)', () => {
    const random = createRandom(7);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: random.int(0, 40) }, () => random.pick(['a', 'b', 'c', 'd', ' ']));
      const b = a.filter(() => !random.chance(0.2));
      for (let i = 0; i < random.int(0, 6); i++) b.splice(random.int(0, b.length), 0, random.pick(['a', 'e', ' ']));
      expect(apply(a, b)).toEqual(b);
      const equal = diffTokens(a, b)
        .filter((r) => r.kind === 'equal')
        .reduce((n, r) => n + r.count, 0);
      // Minimal: as many tokens kept as a longest common subsequence has.
      expect(equal).toBe(lcs(a, b));
    }
  });
});

describe('attributed compare', () => {
  it('shows insertions and deletions by the people of the version that made them', () => {
    const ops = attributedDiff('We offer a joint course.', [
      { text: 'We offer a joint micro-credential course.', authors: [ana] },
      { text: 'We offer a joint micro-credential', authors: [bo] },
    ]);
    expect(ops).toEqual([
      { kind: 'equal', text: 'We offer a joint ' },
      { kind: 'insert', text: 'micro-credential', by: [ana] },
      { kind: 'delete', text: 'course.', by: [bo] },
    ]);
    expect(peopleIn(ops)).toEqual([ana, bo]);
  });

  it('hides a word typed and deleted between the two versions, and keeps untouched text equal', () => {
    const ops = attributedDiff('Shared vision.', [
      { text: 'Shared draft vision.', authors: [ana] },
      { text: 'Shared vision. Agreed.', authors: [bo] },
    ]);
    expect(ops).toEqual([
      { kind: 'equal', text: 'Shared vision.' },
      { kind: 'insert', text: ' Agreed.', by: [bo] },
    ]);
  });

  it('is all equal when nothing changed, and all inserted from an empty chapter', () => {
    expect(attributedDiff('Same text', [{ text: 'Same text', authors: [ana] }])).toEqual([{ kind: 'equal', text: 'Same text' }]);
    expect(attributedDiff('', [{ text: 'New words', authors: [bo] }])).toEqual([{ kind: 'insert', text: 'New words', by: [bo] }]);
  });
});

describe('token cache', () => {
  it('keeps tokens by content hash and drops the least recently used past its budget', () => {
    const cache = new TokenCache(6);
    const one = cache.put('h1', 'one two');
    expect([...one].map((t) => cache.words[t])).toEqual(['one', ' ', 'two']);
    cache.put('h2', 'three four');
    expect(cache.get('h1')).toBe(one); // h1 is now the most recently used
    cache.put('h3', 'five');
    expect(cache.get('h2')).toBeUndefined();
    expect(cache.get('h1')).toBe(one);
    expect(cache.get('h3')).toBeDefined();
  });

  it('starts over once its dictionary holds more words than allowed', () => {
    const cache = new TokenCache(100, 3);
    cache.put('h1', 'a b c');
    const before = cache.words;
    cache.trim();
    expect(cache.words).not.toBe(before);
    expect(cache.words).toEqual([]);
    expect(cache.get('h1')).toBeUndefined();
  });
});

function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}
