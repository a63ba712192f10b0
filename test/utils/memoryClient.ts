import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import type { Identity } from '../../server/auth/tokens.ts';
import { ClientSession } from '../../server/rooms/clientSession.ts';
import type { Connection } from '../../server/rooms/connection.ts';
import type { RoomRegistry } from '../../server/rooms/roomRegistry.ts';
import { decodeMessage } from '../../shared/protocol/decode.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import { MessageType } from '../../shared/protocol/messageTypes.ts';
import type { Random } from './random.ts';

/**
 * An in-memory socket between one MemoryClient and the real ClientSession/Room/RoomRegistry.
 * Each direction is a FIFO queue; a MemoryNetwork decides when (and in which order across links)
 * messages are delivered.
 */
export class MemoryLink implements Connection {
  private static nextId = 1;
  readonly id = `mem-${MemoryLink.nextId++}`;
  canWrite: boolean;
  readonly toServer: Uint8Array[] = [];
  readonly toClient: Uint8Array[] = [];
  /** The client still reads and writes this link. */
  clientOpen = true;
  /** The server side (ClientSession) has not seen the close yet. */
  serverOpen = true;
  /** Set when the server closed this connection. */
  closedByServer: { code: number; reason: string } | undefined;
  session!: ClientSession;

  constructor(
    readonly client: MemoryClient,
    readonly identity: Identity,
    readonly wantsAcks: boolean,
    canWrite: boolean,
  ) {
    this.canWrite = canWrite;
  }

  /** Connection.send: server → client. Dropped once either end has gone. */
  send(data: Uint8Array): void {
    if (this.serverOpen && this.clientOpen) this.toClient.push(data.slice());
  }

  /** Connection.close: the server hangs up (like ws.close, followed by the transport's 'close' handling). */
  close(code: number, reason: string): void {
    if (!this.serverOpen) return;
    this.closedByServer = { code, reason };
    this.client.onServerClose(this, code, reason);
    this.closeServerSide();
  }

  /** The server notices that the socket is gone: what the transport does on ws 'close'. */
  closeServerSide(): void {
    if (!this.serverOpen) return;
    this.serverOpen = false;
    this.toServer.length = 0;
    this.toClient.length = 0;
    this.session.close();
  }

  get pending(): number {
    return this.toServer.length + this.toClient.length;
  }
}

/** Delivers queued messages: random order across links and directions, FIFO within each. */
export class MemoryNetwork {
  readonly links = new Set<MemoryLink>();

  constructor(private readonly random: Random) {}

  /** Delivers one message; returns false when nothing was queued. */
  deliverOne(): boolean {
    const ready: { link: MemoryLink; toServer: boolean }[] = [];
    for (const link of this.links) {
      if (link.toServer.length > 0 && link.serverOpen) ready.push({ link, toServer: true });
      if (link.toClient.length > 0 && link.clientOpen) ready.push({ link, toServer: false });
    }
    if (ready.length === 0) return false;
    const { link, toServer } = this.random.pick(ready);
    if (toServer) link.session.receive(link.toServer.shift()!);
    else link.client.receive(link, link.toClient.shift()!);
    return true;
  }

  /** Links whose client has gone but whose server side has not noticed yet (half-open). */
  halfOpen(): MemoryLink[] {
    return [...this.links].filter((l) => !l.clientOpen && l.serverOpen);
  }

  get idle(): boolean {
    for (const link of this.links) {
      if (link.toServer.length > 0 && link.serverOpen) return false;
      if (link.toClient.length > 0 && link.clientOpen) return false;
    }
    return true;
  }

  forget(link: MemoryLink): void {
    if (!link.serverOpen && !link.clientOpen) this.links.delete(link);
  }
}

export interface MemoryClientOptions {
  identity: Identity;
  clientID?: number;
  canWrite?: boolean;
  wantsAcks?: boolean;
  /** Called for each `saved` message with the sync writes (update payloads) sent on that link so far. */
  onSaved?: (count: number, writes: readonly Uint8Array[], link: MemoryLink) => void;
  onSessionError?: (error: unknown) => void;
}

/**
 * A client that speaks the y-websocket protocol as the stock provider does: sync step 1 on open,
 * step 2 in answer to the server's step 1, every local update while connected, awareness changes
 * (its own and, like the stock provider, echoes of others'). Its own messages are encoded with
 * shared/protocol/encode.ts; the server's are read with lib0 decoding and y-protocols.
 * Unlike the stock provider it bumps its awareness clock on reconnect, so the server accepts its
 * presence at once (y-websocket issue #122 describes the stock provider's delay).
 */
export class MemoryClient {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  link: MemoryLink | undefined;
  /** Sync writes (step 2 and update payloads) sent on the current link, oldest first. */
  writes: Uint8Array[] = [];
  /** `saved` counts received on the current link. */
  saved: number[] = [];
  synced = false;
  readonly serverCloses: { code: number; reason: string }[] = [];
  readonly permissionDenied: string[] = [];
  readonly unknownMessages: number[] = [];

  constructor(
    private readonly network: MemoryNetwork,
    private readonly registry: RoomRegistry,
    readonly key: string,
    private readonly options: MemoryClientOptions,
  ) {
    this.doc = new Y.Doc();
    // A fixed client id makes a seeded run replayable: Yjs orders concurrent inserts by client id.
    if (options.clientID !== undefined) this.doc.clientID = options.clientID;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(encodeSyncUpdate(update));
    });
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
    });
  }

  get connected(): boolean {
    return this.link !== undefined;
  }

  connect(): MemoryLink {
    if (this.link) throw new Error('already connected');
    const link = new MemoryLink(this, this.options.identity, this.options.wantsAcks ?? false, this.options.canWrite ?? true);
    this.link = link;
    this.writes = [];
    this.saved = [];
    this.synced = false;
    this.network.links.add(link);
    link.session = new ClientSession((error) => this.options.onSessionError?.(error));
    link.session.attach(this.registry, link, this.key);
    this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const local = this.awareness.getLocalState();
    if (local !== null) this.awareness.setLocalState({ ...local }); // sends it, with a fresh clock
    return link;
  }

  /**
   * The client's socket goes away. Messages already sent may still reach the server (`dropInFlight`
   * false), and the server may notice the close only later (`serverNoticesLater`, see MemoryNetwork.halfOpen).
   */
  disconnect({ dropInFlight = false, serverNoticesLater = false } = {}): void {
    const link = this.link;
    if (!link) return;
    this.link = undefined;
    this.synced = false;
    link.clientOpen = false;
    link.toClient.length = 0;
    if (dropInFlight) link.toServer.length = 0;
    if (!serverNoticesLater) {
      // A clean close: what was sent arrives before the close does.
      while (link.toServer.length > 0 && link.serverOpen) link.session.receive(link.toServer.shift()!);
      link.closeServerSide();
    }
    this.network.forget(link);
    // Like the stock provider, everyone else's presence goes with the connection. Unlike it, their
    // clocks are forgotten too, so the states the server sends on reconnect are taken even when
    // their clock has not moved (y-websocket issue #122).
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    for (const id of others) this.awareness.meta.delete(id);
  }

  onServerClose(link: MemoryLink, code: number, reason: string): void {
    this.serverCloses.push({ code, reason });
    if (this.link === link) {
      this.link = undefined;
      this.synced = false;
    }
    link.clientOpen = false;
    link.toClient.length = 0;
  }

  private send(data: Uint8Array): void {
    const link = this.link;
    if (!link) return;
    const message = decodeMessage(data);
    if (message.kind === 'sync-update') this.writes.push(message.update);
    link.toServer.push(data);
  }

  /** A message from the server, read the way y-websocket's provider reads it. */
  receive(link: MemoryLink, data: Uint8Array): void {
    if (link !== this.link) return;
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.sync);
        const step = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
        if (step === syncProtocol.messageYjsSyncStep2) this.synced = true;
        if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
        break;
      }
      case MessageType.awareness:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
        break;
      case MessageType.auth:
        authProtocol.readAuthMessage(decoder, this.doc, (_doc, reason) => this.permissionDenied.push(reason));
        break;
      case MessageType.queryAwareness:
        this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
        break;
      case MessageType.saved: {
        const count = decoding.readVarUint(decoder);
        this.saved.push(count);
        this.options.onSaved?.(count, this.writes.slice(0, count), link);
        break;
      }
      default:
        this.unknownMessages.push(type);
    }
  }

  destroy(): void {
    this.disconnect();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
