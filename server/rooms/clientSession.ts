import { CloseCode } from '../../shared/closeCodes.ts';
import type { Connection } from './connection.ts';
import type { Room } from './room.ts';
import { ShuttingDown, type RoomRegistry } from './roomRegistry.ts';

/**
 * Binds one connection to its room. Messages that arrive while the room is still loading are
 * queued and handled in order once it is ready.
 */
export class ClientSession {
  private room: Room | undefined;
  private queue: Uint8Array[] | undefined = [];
  private closed = false;

  constructor(
    private readonly registry: RoomRegistry,
    private readonly conn: Connection,
    key: string,
    onError: (error: unknown) => void,
  ) {
    registry.join(key, conn).then(
      (room) => {
        if (this.closed) {
          registry.leave(room, conn);
          return;
        }
        this.room = room;
        const queued = this.queue ?? [];
        this.queue = undefined;
        for (const data of queued) room.receive(conn, data);
      },
      (error) => {
        if (error instanceof ShuttingDown) return conn.close(CloseCode.goingAway, 'server shutting down');
        onError(error);
        conn.close(CloseCode.tryAgainLater, 'document could not be loaded');
      },
    );
  }

  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (this.room) this.room.receive(this.conn, data);
    else this.queue?.push(data);
  }

  get queuedMessages(): number {
    return this.queue?.length ?? 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = undefined;
    if (this.room) this.registry.leave(this.room, this.conn);
  }
}
