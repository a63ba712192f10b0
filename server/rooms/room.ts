import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { decodeMessage, MalformedMessage, type IncomingMessage } from '../../shared/protocol/decode.ts';
import {
  encodeAwareness,
  encodePermissionDenied,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../../shared/protocol/encode.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { DocumentStore } from '../storage/types.ts';
import { SYNC_STEP1_PER_MINUTE, SlidingWindowRation } from '../limits/syncLimits.ts';
import type { Connection } from './connection.ts';
import { stampIdentity } from './awarenessIdentity.ts';
import { changesNothingIn, emptyPartIn } from './updateShape.ts';
import { encodeIntegrated, hasNothingPending, PendingUpdatesWatch } from './pendingUpdates.ts';
import { DURABLE, RoomPersistence, type PersistenceOptions } from './roomPersistence.ts';
import { RoomLink } from './roomLink.ts';

/** Origin of awareness changes heard from other instances: shown locally, never published back. */
const REMOTE_AWARENESS = Symbol('remote awareness');

/** Origin of a client's update that is relayed to everyone, the client too (see applyClientUpdate). */
class EchoToSender {
  constructor(readonly conn: Connection) {}
}

/** Origin of a durable update that completes local parts that were pending: those must be stored, so it takes the append path. */
const COMPLETES_PENDING = Symbol('completes pending');

export interface RoomOptions extends PersistenceOptions {
  /** A client's update was applied (history notes who edited: server/history). */
  onClientUpdate?: (roomKey: string, conn: Connection) => void;
  /** Refuses client updates that would change a frozen chapter (the executed agreement): see ChapterFreeze. */
  freeze?: {
    prepare(roomKey: string): Promise<void>;
    refuses(roomKey: string, doc: Y.Doc, update: ReturnType<typeof Y.decodeUpdate>): boolean;
  };
  /** A fresh sync step 1 ration per connection (server/limits); 20 a minute when not given. */
  syncStep1Ration?: () => { take(): boolean };
}

interface ConnectionState {
  awarenessClients: Set<number>;
  /** Sync writes received from this connection and stored (for `saved` acks). */
  stored: number;
  /** The count last sent in a `saved` message. */
  acked: number;
  /** Each sync step 1 makes the server encode the document, so they are rationed. */
  step1: { take(): boolean };
}

/**
 * One document in memory and the connections to it. This class speaks the protocol: it decodes
 * frames, checks permissions, applies updates and awareness, and sends acks. Storing and relaying
 * is RoomPersistence's job; update parts that wait for dependencies are PendingUpdatesWatch's.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<Connection, ConnectionState>();
  private readonly persistence: RoomPersistence;
  private readonly pending: PendingUpdatesWatch;
  loaded = false;
  /** Origin of the last transaction that changed the document (Yjs emits 'update' only when something changed). */
  private changedBy: unknown;
  /** The same document on other instances (REDIS_URL): the registry links it before the room loads. */
  readonly remote = new RoomLink(
    {
      update: (update) => {
        this.options.metrics?.updatesReceived.inc({ source: 'instance' });
        this.applyDurable(update);
      },
      awareness: (update) => awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_AWARENESS),
      resync: () => void this.catchUp(false),
    },
    (error) => this.options.log('warn', 'ignored a bad message from another instance', { room: this.key, error: String(error) }),
  );

  constructor(
    readonly key: string,
    store: DocumentStore,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => (this.changedBy = origin));
    this.persistence = new RoomPersistence(key, store, this.doc, options, {
      stored: (message, origin, complete, appended) => {
        let sent = 0;
        for (const conn of this.connections.keys()) {
          if (conn === origin) continue;
          conn.send(message);
          sent++;
        }
        this.options.metrics?.updatesSent.inc(sent);
        if (complete) this.sendAcks(); // acks held back while this update's dependencies were missing
        // Stored first, published after: another instance never holds something that is not durable.
        if (appended) this.remote.publish('update', appended);
      },
      applyDurable: (update) => this.applyDurable(update),
      failed: () => {
        // Drop every connection (their clients keep the edits and resend them) so the room reloads from what is durable.
        for (const conn of [...this.connections.keys()]) conn.close(CloseCode.tryAgainLater, 'storage unavailable');
      },
    });
    this.pending = new PendingUpdatesWatch(this.doc, () => {
      if (this.persistence.failed) return;
      this.options.log('warn', 'dropped update parts whose dependencies never arrived', { room: this.key });
      const ask = encodeSyncStep1(Y.encodeStateVector(this.doc));
      for (const conn of this.connections.keys()) conn.send(ask);
    });
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** See RoomPersistence.load: `onStoredState` may answer clients from the stored bytes before the apply. */
  async load(onStoredState?: (state: Uint8Array) => boolean): Promise<void> {
    await this.options.freeze?.prepare(this.key);
    await this.persistence.load(onStoredState);
    this.loaded = true;
    this.remote.loaded();
  }

  /**
   * Reads the stored document and applies what this instance missed (after Redis was away). With
   * `tellOthers`, the other instances that have the document loaded are asked to do the same, for
   * what this one stored while they could not hear it.
   */
  async catchUp(tellOthers: boolean): Promise<void> {
    if (!this.loaded) return;
    try {
      await this.persistence.catchUp();
    } catch (error) {
      this.options.log('warn', 'could not read the document back after Redis returned', { room: this.key, error: String(error) });
    }
    if (tellOthers) this.remote.publish('resync', new Uint8Array(0));
  }

  /**
   * Applies an update that is stored already: relayed at once, not appended again. If local parts
   * are pending, the update may complete them, and its update event then carries them too: it takes
   * the append path so that they are stored (the durable part is stored twice, which Yjs ignores).
   */
  private applyDurable(update: Uint8Array): void {
    if (this.persistence.failed) return;
    Y.applyUpdate(this.doc, update, hasNothingPending(this.doc) ? DURABLE : COMPLETES_PENDING);
    this.pending.check();
  }

  /** Adds a connection and starts the sync handshake (server speaks first, like y-websocket). */
  join(conn: Connection): void {
    const step1 = this.options.syncStep1Ration?.() ?? new SlidingWindowRation(SYNC_STEP1_PER_MINUTE, 60_000, () => performance.now());
    this.connections.set(conn, { awarenessClients: new Set(), stored: 0, acked: 0, step1 });
    conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    for (const update of this.remote.lateUpdates) conn.send(encodeSyncUpdate(update));
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
    const state = this.connections.get(conn);
    if (!state) return;
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
        if (!state.step1.take()) {
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
        this.persistence.afterStored(() => conn.send(reply));
        return;
      }
      case 'sync-update':
        this.applyClientUpdate(conn, state, message.update);
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

  private applyClientUpdate(conn: Connection, state: ConnectionState, update: Uint8Array): void {
    if (!conn.canWrite) {
      if (!changesNothing(this.doc, update)) conn.send(encodePermissionDenied('read-only: your role cannot change this document'));
      return;
    }
    this.options.metrics?.updatesReceived.inc({ source: 'client' });
    let origin: Connection | EchoToSender;
    try {
      // Read the whole update before applying it: Yjs integrates the structs before it reads the
      // delete set, so an update broken only there would be half applied, stored and relayed.
      const decoded = Y.decodeUpdate(update);
      const empty = emptyPartIn(decoded);
      if (empty) {
        conn.close(CloseCode.malformed, empty);
        return;
      }
      if (this.options.freeze?.refuses(this.key, this.doc, decoded)) {
        conn.close(CloseCode.frozen, 'the executed agreement is read-only');
        return;
      }
      this.changedBy = undefined;
      // With parts pending, this apply may also integrate them (Yjs retries them on every update), and
      // the update event then holds more than this client sent: it goes back to the sender too.
      origin = hasNothingPending(this.doc) ? conn : new EchoToSender(conn);
      Y.applyUpdate(this.doc, update, origin);
    } catch {
      conn.close(CloseCode.malformed, 'update could not be applied');
      return;
    }
    this.pending.check();
    // A page that only reads still answers sync step 1 with what the server has already: that is not an edit,
    // and its person must not be listed among a version's authors.
    if (this.changedBy === origin) this.options.onClientUpdate?.(this.key, conn);
    if (conn.wantsAcks) {
      // Pending parts are stored only once their dependencies arrive, so acks go out only after a
      // write that left nothing pending: every write applied before it has then been appended.
      const complete = hasNothingPending(this.doc);
      this.persistence.afterStored(() => {
        state.stored++;
        if (complete) this.sendAcks();
      });
    }
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

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
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
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwareness(update);
    for (const conn of this.connections.keys()) conn.send(message);
    // Local changes (and removals when a local client leaves) go to the other instances.
    if (origin !== REMOTE_AWARENESS) this.remote.publish('awareness', update);
  };

  /** Resolves once every update received so far is stored. */
  flushed(): Promise<void> {
    return this.persistence.flushed();
  }

  compact(): Promise<void> {
    return this.persistence.compact();
  }

  get isFailed(): boolean {
    return this.persistence.failed;
  }

  destroy(): void {
    this.remote.close();
    this.pending.stop();
    this.persistence.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Nothing this document lacks (what a reader's page sends as sync step 2); an unreadable update is a change refused. */
function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    return changesNothingIn(doc, Y.decodeUpdate(update));
  } catch {
    return false;
  }
}
