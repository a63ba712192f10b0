import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { MembershipChange } from '../rooms/membershipEvents.ts';
import type { FreezeChange } from '../rooms/chapterFreeze.ts';
import type { DocumentLink, LinkKind } from '../rooms/roomLink.ts';
import type { Metrics } from '../metrics.ts';
import { decodeFanout, encodeFanout, type FanoutKind } from './fanoutMessages.ts';

export interface FanoutOptions {
  /** redis://[user:password@]host:port[/db] */
  url: string;
  /** Prepended to every channel name, so that deployments (or test runs) sharing a Redis never hear each other. */
  prefix: string;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  metrics?: Metrics;
}

type DocumentHandler = (kind: LinkKind, payload: Uint8Array) => void;

interface Channel {
  handlers: Set<DocumentHandler>;
  /** The SUBSCRIBE in flight or done: a second room on the channel waits for it too. */
  subscribed: Promise<unknown>;
}

/** Redis URLs in messages: never show a password. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

/**
 * Links instances through Redis pub/sub: one channel per loaded document (updates, awareness,
 * resync notices) and one for membership changes. Nothing here is needed for correctness of what an
 * instance stores: every update is stored before it is published, so Redis only carries news. When
 * Redis goes away, publishing fails fast (no offline queue to grow) and each instance keeps serving
 * its own clients; when both connections are back, `onReconnected` listeners reload every loaded
 * document from storage, which holds everything that was not heard meanwhile.
 */
export class RedisFanout {
  readonly instanceId = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly channels = new Map<string, Channel>();
  private readonly membershipListeners = new Set<(change: MembershipChange) => void>();
  private readonly freezeListeners = new Set<(change: FreezeChange) => void>();
  private readonly recheckListeners = new Set<() => void>();
  private readonly reconnectedListeners = new Set<() => void>();
  private readonly membershipChannel: string;
  /** Set when a connection dropped; cleared (and listeners told) once both are ready again. */
  private interrupted = false;
  private closed = false;

  private constructor(private readonly options: FanoutOptions) {
    const common = {
      lazyConnect: true,
      // A publish while Redis is away fails at once instead of piling up in memory: the resync after reconnecting covers it.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // Subscriptions are restored by us after a reconnect, before the resync (see onReady).
      autoResubscribe: false,
      retryStrategy: (times: number) => Math.min(100 * times, 1_000),
      connectTimeout: 5_000,
    };
    this.pub = new Redis(options.url, { ...common, connectionName: 'jointly-pub' });
    this.sub = new Redis(options.url, { ...common, connectionName: 'jointly-sub' });
    this.membershipChannel = `${options.prefix}membership`;
    for (const client of [this.pub, this.sub]) {
      client.on('error', () => undefined); // reported through 'close' below; ioredis reconnects by itself
      client.on('close', () => this.onClose());
      client.on('ready', () => void this.onReady());
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.onMessage(channel.toString(), message));
  }

  /** Connects both Redis connections; rejects with a clear message if Redis cannot be reached at start. */
  static async connect(options: FanoutOptions): Promise<RedisFanout> {
    const fanout = new RedisFanout(options);
    try {
      await Promise.all([fanout.pub.connect(), fanout.sub.connect()]);
      await fanout.sub.subscribe(fanout.membershipChannel);
    } catch (error) {
      await fanout.close();
      throw new Error(`Redis at ${redactRedisUrl(options.url)}: ${(error as Error).message}`, { cause: error });
    }
    return fanout;
  }

  /** Whether both connections are up (for /readyz). */
  get linked(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready' && !this.interrupted;
  }

  /**
   * Counts a hit on `key` in the current fixed window of `windowMs` (shared rate limits): one INCR
   * on a key named by the window, which expires with it. Rejects at once while Redis is away, and
   * after half a second when it does not answer, so a sign-in never waits on it.
   */
  async hit(key: string, windowMs: number): Promise<number> {
    if (!this.linked) throw new Error('Redis is not connected');
    const window = Math.floor(Date.now() / windowMs);
    const name = `${this.options.prefix}limit:${key}:${window}`;
    let timer: NodeJS.Timeout | undefined;
    try {
      const counted = this.pub.multi().incr(name).pexpire(name, windowMs).exec();
      const result = await Promise.race([
        counted,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer')), 500))),
      ]);
      const [error, count] = result?.[0] ?? [new Error('no answer'), 0];
      if (error) throw error;
      return Number(count);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when Redis answers a PING within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<void> {
    if (!this.linked) throw new Error('Redis is not connected');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.pub.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer PING')), timeoutMs))),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Listens on the document's channel. Resolves once Redis confirmed the subscription, so a room that
   * subscribes before it reads storage misses nothing published in between; while Redis is away it
   * resolves at once (the resync after reconnecting catches up).
   */
  async subscribe(key: string, handler: DocumentHandler): Promise<DocumentLink> {
    const channel = this.documentChannel(key);
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { handlers: new Set(), subscribed: this.sub.subscribe(channel).catch(() => undefined) };
      this.channels.set(channel, entry);
    }
    const subscribed = entry;
    subscribed.handlers.add(handler);
    await subscribed.subscribed;
    let closed = false;
    return {
      publish: (kind, payload) => {
        if (!closed) this.publish(channel, kind, payload);
      },
      close: () => {
        if (closed) return;
        closed = true;
        subscribed.handlers.delete(handler);
        if (subscribed.handlers.size > 0 || this.channels.get(channel) !== subscribed) return;
        this.channels.delete(channel);
        if (this.sub.status === 'ready') this.sub.unsubscribe(channel).catch(() => undefined);
      },
    };
  }

  publishMembership(change: MembershipChange): void {
    this.publish(this.membershipChannel, 'membership', new TextEncoder().encode(JSON.stringify(change)));
  }

  onMembership(listener: (change: MembershipChange) => void): void {
    this.membershipListeners.add(listener);
  }

  /** A consortium's agreement executed (frozen) or amended here: other instances refuse or allow its edits at once. */
  publishFreeze(change: FreezeChange): void {
    this.publish(this.membershipChannel, 'freeze', new TextEncoder().encode(JSON.stringify(change)));
  }

  onFreeze(listener: (change: FreezeChange) => void): void {
    this.freezeListeners.add(listener);
  }

  /**
   * Asks the other instances to re-read the memberships of their open sockets: sent after this one
   * was cut off, since membership changes it published meanwhile were lost (publishing fails fast).
   */
  askMembershipRecheck(): void {
    this.publish(this.membershipChannel, 'recheck', new Uint8Array(0));
  }

  onMembershipRecheck(listener: () => void): void {
    this.recheckListeners.add(listener);
  }

  /** Runs after Redis came back (both connections ready and subscriptions restored). */
  onReconnected(listener: () => void): void {
    this.reconnectedListeners.add(listener);
  }

  private documentChannel(key: string): string {
    return `${this.options.prefix}doc:${key}`;
  }

  private publish(channel: string, kind: FanoutKind, payload: Uint8Array): void {
    const message = Buffer.from(encodeFanout({ from: this.instanceId, kind, payload }));
    this.pub.publish(channel, message).then(
      () => this.options.metrics?.fanoutPublished.inc({ kind }),
      () => this.options.metrics?.fanoutPublishFailures.inc({ kind }),
    );
  }

  private onMessage(channel: string, data: Buffer): void {
    const message = decodeFanout(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (!message || message.from === this.instanceId) return;
    this.options.metrics?.fanoutReceived.inc({ kind: message.kind });
    if (message.kind === 'recheck') {
      for (const listener of this.recheckListeners) listener();
      return;
    }
    if (message.kind === 'freeze') {
      const change = parseFreezeChange(message.payload);
      if (change) for (const listener of this.freezeListeners) listener(change);
      return;
    }
    if (message.kind === 'membership') {
      const change = parseMembershipChange(message.payload);
      if (change) for (const listener of this.membershipListeners) listener(change);
      return;
    }
    for (const handler of this.channels.get(channel)?.handlers ?? []) handler(message.kind, message.payload);
  }

  private onClose(): void {
    if (this.closed || this.interrupted) return;
    this.interrupted = true;
    this.options.log('warn', 'lost the connection to Redis: serving local clients only until it is back');
  }

  private async onReady(): Promise<void> {
    if (this.closed || !this.interrupted || this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    try {
      await this.sub.subscribe(this.membershipChannel, ...this.channels.keys());
    } catch {
      return; // dropped again: the next 'ready' retries
    }
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready' || !this.interrupted) return;
    this.interrupted = false;
    this.options.log('info', 'Redis is back: resynchronising loaded documents from storage', { documents: this.channels.size });
    for (const listener of this.reconnectedListeners) listener();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
    this.pub.disconnect();
    this.sub.disconnect();
  }
}

function parseMembershipChange(payload: Uint8Array): MembershipChange | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(payload)) as MembershipChange;
    if (typeof value.consortiumId !== 'string' || typeof value.userId !== 'string') return undefined;
    if (value.kind !== 'changed' && value.kind !== 'removed') return undefined;
    return { consortiumId: value.consortiumId, userId: value.userId, kind: value.kind };
  } catch {
    return undefined;
  }
}

function parseFreezeChange(payload: Uint8Array): FreezeChange | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(payload)) as FreezeChange;
    if (typeof value.consortiumId !== 'string' || (value.chapter !== null && typeof value.chapter !== 'string')) return undefined;
    return { consortiumId: value.consortiumId, chapter: value.chapter };
  } catch {
    return undefined;
  }
}
