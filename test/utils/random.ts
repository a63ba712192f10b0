/** A small seeded PRNG (mulberry32) so that random tests and the bench can be replayed from their seed. */
export interface Random {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A short random string of lowercase letters. */
  word(minLength?: number, maxLength?: number): string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    word(minLength = 1, maxLength = 6) {
      let s = '';
      for (let i = int(minLength, maxLength); i > 0; i--) s += String.fromCharCode(97 + int(0, 25));
      return s;
    },
  };
}

/** Seeds for a random test: FUZZ_SEED (or the given variable) pins one; otherwise `count` seeds from `base`. */
export function seedsFromEnv(count: number, base: number, variable = 'FUZZ_SEED'): number[] {
  const pinned = process.env[variable];
  if (pinned !== undefined && pinned !== '') {
    const seed = Number(pinned);
    if (!Number.isInteger(seed)) throw new Error(`${variable} must be an integer, got ${pinned}`);
    return [seed];
  }
  return Array.from({ length: count }, (_, i) => base + i);
}
