import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { decodeMessage, MalformedMessage, type IncomingMessage } from '../../shared/protocol/decode.ts';
import {
  encodeAwareness, encodePermissionDenied, encodeSaved, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate,
} from '../../shared/protocol/encode.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { DocumentStore } from '../storage/types.ts';
import type { Connection } from './connection.ts';
import { stampIdentity } from './awarenessIdentity.ts';

export interface RoomOptions {
  /** Compact the log into a snapshot once it holds this many updates... */
  compactAfterUpdates: number;
  /** ...or this many bytes. */
  compactAfterBytes: number;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
}

const LOAD = Symbol('load');

interface ConnectionState {
  awarenessClients: Set<number>;
  /** Sync writes received from this connection and stored (for `saved` acks). */
  stored: number;
  /** The count last sent in a `saved` message. */
  acked: number;
  /** Recent sync step 1 requests: each makes the server encode the document, so they are rationed. */
  step1Times: number[];
}

/** A client needs one step 1 per connection, plus one per resync; more than this in a minute is abuse. */
const STEP1_PER_MINUTE = 20;
/** How long update parts may wait for their dependencies before the room asks everyone to resend. */
const PENDING_GRACE_MS = 5_000;

/**
 * One document in memory: the Y.Doc, its awareness and the connections to it.
 * Hot path: receive → apply → append to storage → relay. Relays and replies wait on `tail`,
 * so nothing reaches another client before it is on disk, and order is kept.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<Connection, ConnectionState>();
  private tail: Promise<unknown> = Promise.resolve();
  private lastSeq = 0;
  private logCount = 0;
  private logBytes = 0;
  private compacting = false;
  private failed = false;
  private destroyed = false;
  loaded = false;

  constructor(
    readonly key: string,
    private readonly store: DocumentStore,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  async load(): Promise<void> {
    const stored = await this.store.load(this.key);
    if (stored.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), LOAD);
    this.lastSeq = stored.lastSeq;
    this.logCount = stored.updates.length;
    this.logBytes = stored.bytes;
    this.loaded = true;
    if (this.logCount > 1) this.scheduleCompaction();
  }

  /** Adds a connection and starts the sync handshake (server speaks first, like y-websocket). */
  join(conn: Connection): void {
    this.connections.set(conn, { awarenessClients: new Set(), stored: 0, acked: 0, step1Times: [] });
    conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(conn: Connection): void {
    const state = this.connections.get(conn);
    if (!state) return;
    this.connections.delete(conn);
    if (state.awarenessClients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...state.awarenessClients], null);
  }

  /** Handles one raw message. Throws nothing: a bad message closes its own connection only. */
  receive(conn: Connection, data: Uint8Array): void {
    if (!this.connections.has(conn)) return;
    let message: IncomingMessage;
    try {
      message = decodeMessage(data);
    } catch (error) {
      if (!(error instanceof MalformedMessage)) throw error;
      conn.close(CloseCode.malformed, error.message);
      return;
    }
    switch (message.kind) {
      case 'sync-step1': {
        const state = this.connections.get(conn)!;
        const now = Date.now();
        state.step1Times = state.step1Times.filter((t) => now - t < 60_000);
        if (state.step1Times.push(now) > STEP1_PER_MINUTE) {
          conn.close(CloseCode.tooMany, 'too many sync requests');
          return;
        }
        let reply: Uint8Array;
        try {
          reply = encodeSyncStep2(encodeIntegrated(this.doc, message.stateVector));
        } catch {
          conn.close(CloseCode.malformed, 'bad state vector');
          return;
        }
        // Answer only with what is durable: wait until every earlier update is stored.
        this.afterStored(() => conn.send(reply));
        return;
      }
      case 'sync-update':
        this.applyClientUpdate(conn, message.update);
        return;
      case 'awareness':
        this.applyAwareness(conn, message.update);
        return;
      case 'query-awareness': {
        const states = [...this.awareness.getStates().keys()];
        conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
        return;
      }
      case 'auth':
        return;
    }
  }

  private applyClientUpdate(conn: Connection, update: Uint8Array): void {
    if (!conn.canWrite) {
      if (!isEmptyUpdate(update)) conn.send(encodePermissionDenied('read-only: your role cannot change this document'));
      return;
    }
    try {
      // Read the whole update before applying it: Yjs integrates the structs before it reads the
      // delete set, so an update broken only there would be half applied, stored and relayed.
      Y.decodeUpdate(update);
      Y.applyUpdate(this.doc, update, conn);
    } catch {
      conn.close(CloseCode.malformed, 'update could not be applied');
      return;
    }
    const state = this.connections.get(conn);
    if (!this.hasNothingPending()) this.watchPending();
    if (state && conn.wantsAcks) {
      const complete = this.hasNothingPending();
      this.afterStored(() => {
        state.stored++;
        if (complete) this.sendAcks();
      });
    }
  }

  /**
   * Yjs keeps the parts of an update whose dependencies are missing aside (pending) and emits, hence
   * stores, them only once those arrive, e.g. with the step 2 of a client that edited offline and typed
   * again right after reconnecting. Acks are therefore sent only after a write or update that left
   * nothing pending: every write applied before it has then been appended.
   */
  private hasNothingPending(): boolean {
    return this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null;
  }

  private pendingTimer: NodeJS.Timeout | undefined;

  /**
   * Pending parts normally resolve within milliseconds. If they do not (a client sent an update whose
   * dependencies never come, by accident or on purpose), they would hold back everyone's acks: drop
   * them (they were never stored or relayed) and ask every client for what the room lacks, so honest
   * clients send again whatever was held back.
   */
  private watchPending(): void {
    if (this.pendingTimer) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      if (this.hasNothingPending() || this.failed) return;
      this.options.log('warn', 'dropping update parts whose dependencies never arrived', { room: this.key });
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      const ask = encodeSyncStep1(Y.encodeStateVector(this.doc));
      for (const conn of this.connections.keys()) conn.send(ask);
    }, PENDING_GRACE_MS);
    this.pendingTimer.unref();
  }

  /** Tells every connection asking for acks how many of its writes are stored, if that changed. */
  private sendAcks(): void {
    for (const [conn, state] of this.connections) {
      if (state.acked === state.stored) continue;
      state.acked = state.stored;
      conn.send(encodeSaved(state.stored));
    }
  }

  private applyAwareness(conn: Connection, update: Uint8Array): void {
    let stamped: Uint8Array;
    try {
      stamped = stampIdentity(update, conn.identity);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, conn);
    } catch {
      conn.close(CloseCode.malformed, 'bad awareness update');
    }
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD) return;
    const message = encodeSyncUpdate(update);
    const complete = this.hasNothingPending();
    this.tail = this.tail
      .then(() => this.store.append(this.key, update))
      .then(
        (seq) => {
          this.lastSeq = seq;
          this.logCount++;
          this.logBytes += update.byteLength;
          for (const conn of this.connections.keys()) if (conn !== origin) conn.send(message);
          if (complete) this.sendAcks(); // acks held back while this update's dependencies were missing
          if (this.logCount >= this.options.compactAfterUpdates || this.logBytes >= this.options.compactAfterBytes) {
            this.scheduleCompaction();
          }
        },
        (error) => this.fail(error),
      );
  };

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    const state = this.connections.get(origin as Connection);
    if (state) {
      // `updated` too: a client that comes back to a room that saw it before (reconnect after a
      // network drop) is reported as updated, not added, and must still be removed when it leaves.
      for (const id of added) state.awarenessClients.add(id);
      for (const id of updated) state.awarenessClients.add(id);
      for (const id of removed) state.awarenessClients.delete(id);
    }
    // Sent to everyone, the sender too: it keeps the stock provider's idle watchdog fed.
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections.keys()) conn.send(message);
  };

  private afterStored(fn: () => void): void {
    this.tail = this.tail.then(() => {
      if (!this.failed) fn();
    });
  }

  /** Resolves once every update received so far is stored. */
  flushed(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  private scheduleCompaction(): void {
    if (this.compacting || this.failed) return;
    this.compacting = true;
    setImmediate(() => void this.compact().finally(() => (this.compacting = false)));
  }

  /** Folds the log into one snapshot. The snapshot covers everything up to lastSeq, since updates are applied before they are appended. */
  async compact(): Promise<void> {
    await this.flushed();
    // A dropped room (e.g. unloaded at shutdown while still loading) has nothing left to write, and its storage may be closed.
    if (this.failed || this.destroyed || this.logCount <= 1) return;
    const throughSeq = this.lastSeq;
    const countBefore = this.logCount;
    const snapshot = encodeIntegrated(this.doc);
    try {
      await this.store.compact(this.key, snapshot, throughSeq);
      this.logCount = this.logCount - countBefore + 1;
      this.logBytes = snapshot.byteLength;
    } catch (error) {
      this.options.log('error', 'compaction failed; the log is kept', { room: this.key, error: String(error) });
    }
  }

  /**
   * Storage refused an append: the in-memory doc is now ahead of the disk. Drop every connection
   * (their clients keep the edits and resend them) so the room reloads from what is durable.
   */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.log('error', 'storage append failed; closing room', { room: this.key, error: String(error) });
    for (const conn of [...this.connections.keys()]) conn.close(CloseCode.tryAgainLater, 'storage unavailable');
  }

  get isFailed(): boolean {
    return this.failed;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.pendingTimer);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * The document's state without the parts Yjs holds aside for missing dependencies. Yjs's own
 * encodeStateAsUpdate adds those pending parts, which would store (in a snapshot) or hand to
 * clients (in a sync step 2) content that was never applied, stored or relayed as such.
 */
export function encodeIntegrated(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}

/** An update with no structs and no deletions (what a client with nothing new sends as sync step 2). */
function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}
