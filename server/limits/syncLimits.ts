/**
 * Every limit a sync socket meets, in one place: connections per client address and per document,
 * messages per second per socket, sync step 1 requests per minute per socket, and outgoing bytes a
 * slow reader may leave queued. The transport, the gate and the rooms ask this module; none of them
 * keeps a count of its own. Exceeding any of them closes only the socket concerned (4429 or 4408).
 */

export interface SyncLimitSettings {
  maxConnectionsPerIp: number;
  maxConnectionsPerRoom: number;
  /** Steady rate per socket; bursts of twice this are allowed. */
  maxMessagesPerSecond: number;
  maxBufferedBytes: number;
  /** Sync step 1 requests per socket and minute (each makes the server encode the document). */
  syncStep1PerMinute?: number;
  /** Told each time a limit refuses or cuts a socket (for the rate-limit metric). */
  onExceeded?: (limit: 'address' | 'room' | 'messages' | 'sync-step1' | 'slow-consumer') => void;
}

/** A client needs one step 1 per connection, plus one per resync; more than this in a minute is abuse. */
export const SYNC_STEP1_PER_MINUTE = 20;

type Clock = () => number;

export class SyncLimits {
  private readonly perAddress = new Map<string, number>();
  readonly syncStep1PerMinute: number;

  constructor(
    readonly settings: SyncLimitSettings,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.syncStep1PerMinute = settings.syncStep1PerMinute ?? SYNC_STEP1_PER_MINUTE;
  }

  /**
   * Counts one more socket from `address`. Always returns the release function (call it when the
   * socket closes, even if it was refused); `admitted` says whether the socket may stay.
   */
  openFromAddress(address: string): { admitted: boolean; release: () => void } {
    const open = (this.perAddress.get(address) ?? 0) + 1;
    this.perAddress.set(address, open);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left <= 0) this.perAddress.delete(address);
      else this.perAddress.set(address, left);
    };
    const admitted = open <= this.settings.maxConnectionsPerIp;
    if (!admitted) this.settings.onExceeded?.('address');
    return { admitted, release };
  }

  /** Sockets currently counted for `address` (for tests and diagnostics). */
  openCount(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  /** Whether a document that has `connections` open sockets may take one more. */
  roomAdmits(connections: number): boolean {
    const admits = connections < this.settings.maxConnectionsPerRoom;
    if (!admits) this.settings.onExceeded?.('room');
    return admits;
  }

  /** A per-socket message budget: `take()` is false once the socket floods. */
  messageRate(): TokenBucket {
    return new TokenBucket(this.settings.maxMessagesPerSecond, this.settings.maxMessagesPerSecond * 2, this.now, () =>
      this.settings.onExceeded?.('messages'),
    );
  }

  /** A per-socket sync step 1 ration over a sliding minute. */
  syncStep1Ration(): SlidingWindowRation {
    return new SlidingWindowRation(this.syncStep1PerMinute, 60_000, this.now, () => this.settings.onExceeded?.('sync-step1'));
  }

  /** A reader that leaves more than this queued would make us buffer without bound. */
  isSlowConsumer(bufferedBytes: number): boolean {
    const slow = bufferedBytes > this.settings.maxBufferedBytes;
    if (slow) this.settings.onExceeded?.('slow-consumer');
    return slow;
  }
}

/** Messages per second with bursts: a flood closes its own socket (4429), nobody else's. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: Clock,
    private readonly onEmpty?: () => void,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      this.onEmpty?.();
      return false;
    }
    this.tokens -= 1;
    return true;
  }
}

/** At most `limit` uses in any window of `windowMs`. */
export class SlidingWindowRation {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: Clock,
    private readonly onExhausted?: () => void,
  ) {}

  take(): boolean {
    const now = this.now();
    while (this.times.length > 0 && now - this.times[0]! >= this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) {
      this.onExhausted?.();
      return false;
    }
    this.times.push(now);
    return true;
  }
}
