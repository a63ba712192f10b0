import { createHash } from 'node:crypto';

/** Anything that limits attempts per key (an e-mail address, a client address, an account). */
export interface AttemptLimit {
  /** Records an attempt; false when the key has used up its window. */
  take(key: string): Promise<boolean>;
}

/**
 * Counts hits shared by every instance (REDIS_URL): the count of `key` in the window that contains
 * now. Rejects when the count cannot be had (Redis away or slow).
 */
export interface WindowCounter {
  hit(key: string, windowMs: number): Promise<number>;
}

/**
 * Counts attempts per key in a sliding window, in this process's memory. A limit per e-mail
 * address and per client address keeps anyone from mail-bombing an inbox or guessing at scale.
 */
export class RateLimit implements AttemptLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<boolean> {
    return this.takeNow(key);
  }

  /** Records an attempt; false (and nothing recorded) when the key has used up its window. */
  takeNow(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
  }
}

/**
 * A limit every instance shares: attempts are counted in Redis per fixed window, so two instances
 * behind one load balancer allow the limit once, not twice. When Redis cannot answer, this
 * instance counts on its own (as a single instance does) rather than refusing everyone or letting
 * everyone through. Keys are hashed: Redis never holds e-mail or client addresses in the clear.
 */
export class SharedRateLimit implements AttemptLimit {
  private readonly local: RateLimit;

  constructor(
    /** Names the limit in Redis keys, so two limits never count each other's attempts. */
    private readonly name: string,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly counter: WindowCounter,
  ) {
    this.local = new RateLimit(max, windowMs);
  }

  async take(key: string): Promise<boolean> {
    const hashed = createHash('sha256').update(key).digest('base64url').slice(0, 32);
    try {
      return (await this.counter.hit(`${this.name}:${hashed}`, this.windowMs)) <= this.max;
    } catch {
      return this.local.takeNow(key);
    }
  }
}
