import type { Block } from './chapterContent.ts';
import { tokenize } from './wordDiff.ts';

/**
 * Word tokens of chapter contents by content hash, as numbers (one per distinct word, through a
 * shared dictionary), least recently used dropped first once `budget` tokens are held. A compare
 * follows a chapter through every version that changed it; contents never change under a hash, so
 * comparing again (another pair of versions, the same chapter) reuses the tokens instead of reading,
 * unzipping and splitting them again, and numbers compare faster than strings in the word diff.
 */
export class TokenCache {
  private entries = new Map<string, Int32Array>();
  private held = 0;
  private ids = new Map<string, number>();
  /** The dictionary: word of each id. */
  words: string[] = [];

  constructor(
    private readonly budget: number,
    private readonly maxWords = 1_000_000,
  ) {}

  /**
   * Starts over when the dictionary grew past its limit. Only between compares (tokens handed out
   * before would refer to the old dictionary): call it before collecting a compare's tokens.
   */
  trim(): void {
    if (this.words.length <= this.maxWords) return;
    this.entries = new Map();
    this.held = 0;
    this.ids = new Map();
    this.words = [];
  }

  get(hash: string): Int32Array | undefined {
    const tokens = this.entries.get(hash);
    if (tokens) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(hash);
      this.entries.set(hash, tokens);
    }
    return tokens;
  }

  /** The tokens of `text`, kept under `hash`. */
  put(hash: string, text: string): Int32Array {
    const known = this.get(hash);
    if (known) return known;
    const tokens = this.intern(tokenize(text));
    this.entries.set(hash, tokens);
    this.held += tokens.length;
    for (const [oldest, dropped] of this.entries) {
      if (this.held <= this.budget || oldest === hash) break;
      this.entries.delete(oldest);
      this.held -= dropped.length;
    }
    return tokens;
  }

  /** Numbers for words, in this cache's dictionary (not kept under any hash). */
  intern(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
      }
      out[i] = id;
    }
    return out;
  }

  /**
   * The tokens of every content hash along `paths` (a compare: each chapter's contents from the
   * first version to the last), from the cache where they are, else from `contents` (blocks at hand,
   * e.g. the live text), else loaded with `load` into `contents`. The first and last content of each
   * path is always loaded into `contents` (the compare reads their blocks). Call trim() before.
   */
  async gather(
    paths: string[][],
    contents: Map<string, Block[]>,
    load: (hashes: string[]) => Promise<Map<string, Block[]>>,
    textOf: (blocks: Block[] | undefined) => string,
  ): Promise<{ tokens: Map<string, Int32Array>; words: readonly string[] }> {
    const tokens = new Map<string, Int32Array>();
    let words = this.words;
    const asked = new Set<string>();
    for (;;) {
      const missing = new Set<string>();
      for (const path of paths) {
        for (const hash of path) if (!tokens.has(hash) && !this.get(hash) && !contents.has(hash)) missing.add(hash);
        for (const hash of [path[0], path.at(-1)]) if (hash && !contents.has(hash)) missing.add(hash);
      }
      for (const hash of asked) missing.delete(hash);
      for (const hash of missing) asked.add(hash);
      if (missing.size > 0) for (const [hash, blocks] of await load([...missing])) contents.set(hash, blocks);
      // Another compare started the dictionary over meanwhile: what we hold refers to the old one.
      if (words !== this.words) {
        tokens.clear();
        words = this.words;
      }
      // From here on synchronous, so the dictionary cannot start over under our feet. An entry
      // dropped (past the budget) between the look-up above and here is loaded in the next round.
      let complete = true;
      for (const path of paths)
        for (const hash of path) {
          if (tokens.has(hash)) continue;
          const known = this.get(hash) ?? (contents.has(hash) ? this.put(hash, textOf(contents.get(hash))) : undefined);
          if (known) tokens.set(hash, known);
          else complete = false;
        }
      if (complete || missing.size === 0) return { tokens, words };
    }
  }
}
