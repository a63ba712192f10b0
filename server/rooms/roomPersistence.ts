import * as Y from 'yjs';
import { encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import type { DocumentStore } from '../storage/types.ts';
import type { Metrics } from '../metrics.ts';
import { encodeIntegrated, hasNothingPending } from './pendingUpdates.ts';

export interface PersistenceOptions {
  /** Compact the log into a snapshot once it holds this many updates... */
  compactAfterUpdates: number;
  /** ...or this many bytes. */
  compactAfterBytes: number;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  /**
   * Other instances append to the same documents (REDIS_URL): a compaction must then cover what is
   * stored, not what this instance has heard of, so it first reads the log back into the document.
   */
  sharedStorage?: boolean;
  metrics?: Metrics;
}

export interface PersistenceEvents {
  /**
   * An update is on disk: relay `message` (encoded once for every receiver) to all but `origin`.
   * `complete`: nothing was pending when the update was made, so acks held back may go out.
   * `appended`: the update, when this instance appended it (to publish to other instances); undefined
   * for an update that was durable already (DURABLE origin).
   */
  stored(message: Uint8Array, origin: unknown, complete: boolean, appended: Uint8Array | undefined): void;
  /** An append failed: the document in memory is now ahead of the disk. */
  failed(error: unknown): void;
  /** Apply an update read back from storage (Room.applyDurable). */
  applyDurable(update: Uint8Array): void;
}

/** Origin of the update that loads the stored document: it is not appended again. */
const LOAD = Symbol('load');

/**
 * Origin of updates that are durable already: stored by another instance (heard over Redis) or read
 * back from storage. They are relayed at once and never appended again. Apply them with this origin
 * only when nothing is pending in the doc (see Room.applyDurable): otherwise the update event would
 * also carry local parts that were waiting for them, and those must be appended.
 */
export const DURABLE = Symbol('durable');

/**
 * The per-document side of a room: loads the document, appends every change before it is relayed,
 * and folds the log into a snapshot now and then. Everything after an append waits on `tail`, one
 * promise chain per room, so order is kept and nothing unstored is ever relayed or answered.
 */
/**
 * Compactions take turns across the rooms of this process, with the event loop free between turns.
 * A compaction merges the stored log and encodes the document: milliseconds of CPU each, but rooms
 * under a steady load reach their threshold together, and twenty of them at once held the event
 * loop long enough to delay every relay by hundreds of milliseconds (the soak's p99).
 */
let compactions: Promise<unknown> = Promise.resolve();
function compactionTurn(compact: () => Promise<void>): Promise<void> {
  const turn = compactions.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(compact);
  compactions = turn.catch(() => undefined);
  return turn;
}

export class RoomPersistence {
  private tail: Promise<unknown> = Promise.resolve();
  private lastSeq = 0;
  private logCount = 0;
  private logBytes = 0;
  /** Size of the oldest row (the snapshot after a compaction); the threshold grows with it. */
  private snapshotBytes = 0;
  private compacting = false;
  private failedWith: unknown;
  private destroyed = false;

  constructor(
    private readonly key: string,
    private readonly store: DocumentStore,
    private readonly doc: Y.Doc,
    private readonly options: PersistenceOptions,
    private readonly events: PersistenceEvents,
  ) {
    doc.on('update', this.onDocUpdate);
  }

  /**
   * Reads the stored document and applies it. `onStoredState` gets the stored state as one update
   * before it is applied: it is all on disk, so a client asking for everything can be answered with
   * it at once instead of after the (much slower) apply and re-encode. It returns whether it sent anything.
   */
  async load(onStoredState?: (state: Uint8Array) => boolean): Promise<void> {
    const stored = await this.store.load(this.key);
    this.lastSeq = stored.lastSeq;
    this.logCount = stored.updates.length;
    this.logBytes = stored.bytes;
    this.snapshotBytes = stored.updates[0]?.byteLength ?? 0;
    if (stored.updates.length === 0) return;
    const state = stored.updates.length === 1 ? stored.updates[0]! : Y.mergeUpdates(stored.updates);
    // Let those replies reach the sockets before the apply holds the event loop.
    if (onStoredState?.(state)) await new Promise((resolve) => setImmediate(resolve));
    Y.applyUpdate(this.doc, state, LOAD);
    if (this.logCount > 1) this.scheduleCompaction();
  }

  get failed(): boolean {
    return this.failedWith !== undefined;
  }

  /** Runs `fn` once every update received so far is stored (not at all if storage failed). */
  afterStored(fn: () => void): void {
    this.tail = this.tail.then(() => {
      if (!this.failed) fn();
    });
  }

  /** Resolves once every update received so far is stored. */
  flushed(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /**
   * Reads the stored document and applies what this one lacks (DURABLE: relayed, not appended).
   * After Redis was away this catches up with everything other instances stored meanwhile.
   */
  async catchUp(): Promise<void> {
    const stored = await this.store.load(this.key);
    if (this.destroyed || this.failed || stored.updates.length === 0) return;
    this.events.applyDurable(stored.updates.length === 1 ? stored.updates[0]! : Y.mergeUpdates(stored.updates));
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD) return;
    const message = encodeSyncUpdate(update);
    const complete = hasNothingPending(this.doc);
    if (origin === DURABLE) return this.events.stored(message, origin, complete, undefined);
    if (this.failed) return; // the room is closing: its clients resend to the next one
    const { metrics } = this.options;
    const received = performance.now();
    // Appended now, not once the previous append resolved: stores keep the order of their calls
    // (group commit, one batch after the other), so a busy document's updates share a commit
    // instead of waiting a database round trip each. What follows an append still runs in order on `tail`.
    const appended = this.store.append(this.key, update).then((seq) => {
      metrics?.appendSeconds.observe((performance.now() - received) / 1000);
      return seq;
    });
    appended.catch(() => undefined); // handled on `tail`, after the appends before it
    this.tail = this.tail
      .then(() => appended)
      .then(
        (seq) => {
          // An earlier append failed: this one may be stored, but is not relayed (its clients resend it).
          if (this.failed) return;
          this.lastSeq = seq;
          this.logCount++;
          this.logBytes += update.byteLength;
          metrics?.storedBytes.inc(update.byteLength);
          this.events.stored(message, origin, complete, update);
          metrics?.relaySeconds.observe((performance.now() - received) / 1000);
          if (shouldCompact(this.logCount, this.logBytes, this.snapshotBytes, this.options)) this.scheduleCompaction();
        },
        (error) => this.fail(error),
      );
  };

  private scheduleCompaction(): void {
    if (this.compacting || this.failed) return;
    this.compacting = true;
    void compactionTurn(() => this.compact()).finally(() => (this.compacting = false));
  }

  /**
   * Folds the log into one snapshot. The snapshot covers everything up to lastSeq, since updates are
   * applied before they are appended. With shared storage, rows other instances appended below our
   * lastSeq may not have reached us (in flight over Redis, or lost while it was away): the stored log
   * is read back and applied first, and the snapshot then covers the last sequence number read.
   */
  async compact(): Promise<void> {
    await this.flushed();
    // A dropped room (e.g. unloaded at shutdown while still loading) has nothing left to write, and its storage may be closed.
    if (this.failed || this.destroyed || this.logCount <= 1) return;
    let throughSeq = this.lastSeq;
    let covered: number[] | undefined;
    if (this.options.sharedStorage) {
      const stored = await this.store.load(this.key);
      if (this.failed || this.destroyed) return;
      if (stored.updates.length > 0) this.events.applyDurable(Y.mergeUpdates(stored.updates));
      // Whatever the apply made this instance append (parts that waited for it) is above lastSeq and is kept.
      throughSeq = stored.lastSeq;
      covered = stored.seqs;
    }
    const countBefore = this.logCount;
    const bytesBefore = this.logBytes;
    const snapshot = encodeIntegrated(this.doc);
    try {
      await this.store.compact(this.key, snapshot, throughSeq, covered);
      this.logCount = this.logCount - countBefore + 1;
      this.logBytes = this.logBytes - bytesBefore + snapshot.byteLength;
      this.snapshotBytes = snapshot.byteLength;
    } catch (error) {
      this.options.log('error', 'compaction failed; the log is kept', { room: this.key, error: String(error) });
    }
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failedWith = error ?? new Error('storage failed');
    this.options.log('error', 'storage append failed; closing room', { room: this.key, error: String(error) });
    this.events.failed(error);
  }

  destroy(): void {
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
  }
}

/** A snapshot is rewritten whole; it is worth it once the log since holds this fraction of its size. */
const SNAPSHOT_SHARE = 1 / 16;

/**
 * Whether to fold the log now. Besides the configured count and bytes, the log must hold at least
 * 1/16 of the snapshot's size: a compaction rewrites the whole document, so without that a large
 * document would be re-encoded and rewritten every few hundred keystrokes and the cost of typing
 * would grow with the document. With it, each byte appended causes at most 16 bytes of rewriting.
 */
export function shouldCompact(
  logCount: number,
  logBytes: number,
  snapshotBytes: number,
  limits: { compactAfterUpdates: number; compactAfterBytes: number },
): boolean {
  if (logCount <= 1) return false;
  const sinceSnapshot = logBytes - snapshotBytes;
  if (sinceSnapshot >= limits.compactAfterBytes) return true;
  return logCount >= limits.compactAfterUpdates && sinceSnapshot >= snapshotBytes * SNAPSHOT_SHARE;
}
