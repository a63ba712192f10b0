import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { decodeMessage, MalformedMessage, type IncomingMessage } from '../../shared/protocol/decode.ts';
import { encodeAwareness, encodePermissionDenied, encodeSaved, encodeSyncStep1, encodeSyncStep2 } from '../../shared/protocol/encode.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { DocumentStore } from '../storage/types.ts';
import { SYNC_STEP1_PER_MINUTE, SlidingWindowRation } from '../limits/syncLimits.ts';
import type { Connection } from './connection.ts';
import { stampIdentity } from './awarenessIdentity.ts';
import { encodeIntegrated, hasNothingPending, PendingUpdatesWatch } from './pendingUpdates.ts';
import { RoomPersistence, type PersistenceOptions } from './roomPersistence.ts';

export interface RoomOptions extends PersistenceOptions {
  /** A client's update was applied (history notes who edited: server/history). */
  onClientUpdate?: (roomKey: string, conn: Connection) => void;
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

  constructor(
    readonly key: string,
    store: DocumentStore,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.persistence = new RoomPersistence(key, store, this.doc, options, {
      stored: (message, origin, complete) => {
        for (const conn of this.connections.keys()) if (conn !== origin) conn.send(message);
        if (complete) this.sendAcks(); // acks held back while this update's dependencies were missing
      },
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
    await this.persistence.load(onStoredState);
    this.loaded = true;
  }

  /** Adds a connection and starts the sync handshake (server speaks first, like y-websocket). */
  join(conn: Connection): void {
    const step1 = this.options.syncStep1Ration?.() ?? new SlidingWindowRation(SYNC_STEP1_PER_MINUTE, 60_000, () => performance.now());
    this.connections.set(conn, { awarenessClients: new Set(), stored: 0, acked: 0, step1 });
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
    this.pending.check();
    this.options.onClientUpdate?.(this.key, conn);
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
    this.pending.stop();
    this.persistence.destroy();
    this.awareness.destroy();
    this.doc.destroy();
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
