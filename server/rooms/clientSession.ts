import { CloseCode } from '../../shared/closeCodes.ts';
import { decodeMessage } from '../../shared/protocol/decode.ts';
import { encodeSyncStep2 } from '../../shared/protocol/encode.ts';
import type { Connection } from './connection.ts';
import type { Room } from './room.ts';
import { ShuttingDown, type RoomRegistry } from './roomRegistry.ts';

/**
 * One socket's way into its room. It exists from the moment the socket opens: messages that arrive
 * while the socket is still being admitted (token, membership) and while its room loads wait in
 * this one queue, and are handled in order once the room is ready.
 */
export class ClientSession {
  private room: Room | undefined;
  private registry: RoomRegistry | undefined;
  private conn: Connection | undefined;
  private queue: Uint8Array[] | undefined = [];
  private closed = false;

  constructor(private readonly onError: (error: unknown) => void) {}

  /** The socket was admitted: join its room (loading it if needed), then hand over the queue. */
  attach(registry: RoomRegistry, conn: Connection, key: string): void {
    if (this.closed || this.conn) return;
    this.conn = conn;
    registry
      .join(key, conn, (state) => this.answerFromStoredState(state))
      .then(
        (room) => {
          if (this.closed) {
            registry.leave(room, conn);
            return;
          }
          this.room = room;
          this.registry = registry;
          const queued = this.queue ?? [];
          this.queue = undefined;
          for (const data of queued) room.receive(conn, data);
        },
        (error) => {
          if (error instanceof ShuttingDown) return conn.close(CloseCode.goingAway, 'server shutting down');
          this.onError(error);
          conn.close(CloseCode.tryAgainLater, 'document could not be loaded');
        },
      );
  }

  /**
   * The room is loading and its stored state is at hand. If this client's first message asks for
   * everything (a sync step 1 with an empty state vector: a fresh client), answer it now with those
   * bytes, which are all on disk, instead of after the apply and re-encode of a large document.
   */
  private answerFromStoredState(state: Uint8Array): boolean {
    if (this.closed || this.room) return false;
    const first = this.queue?.[0];
    if (first && asksForEverything(first)) {
      this.queue!.shift();
      this.conn!.send(encodeSyncStep2(state));
      return true;
    }
    return false;
  }

  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (this.room) return this.room.receive(this.conn!, data);
    this.queue?.push(data);
  }

  get queuedMessages(): number {
    return this.queue?.length ?? 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = undefined;
    if (this.room) this.registry!.leave(this.room, this.conn!);
  }
}

/** A sync step 1 whose state vector has no clients: a fresh client asking for the whole document. */
function asksForEverything(data: Uint8Array): boolean {
  try {
    const message = decodeMessage(data);
    return message.kind === 'sync-step1' && message.stateVector.length === 1 && message.stateVector[0] === 0;
  } catch {
    return false; // the room refuses it in turn
  }
}
