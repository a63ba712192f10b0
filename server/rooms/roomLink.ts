/** What a room tells, and hears from, the same document on other instances (server/fanout/, REDIS_URL). */
export type LinkKind = 'update' | 'awareness' | 'resync';

/** A room's channel to the same document on other instances. */
export interface DocumentLink {
  publish(kind: LinkKind, payload: Uint8Array): void;
  close(): void;
}

export interface LinkHandlers {
  /** An update another instance stored. */
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
  /** Another instance asks everyone to read the document back from storage (it was cut off from Redis). */
  resync(): void;
}

/**
 * The room's side of its link: the registry subscribes (and sets `link`) before the room reads
 * storage, so messages can arrive while it loads; they wait here and are handled once it has.
 */
export class RoomLink {
  link: DocumentLink | undefined;
  private waiting: { kind: LinkKind; payload: Uint8Array }[] | undefined = [];
  /**
   * Updates heard while the room loaded. A client answered from the stored state during the load
   * (ClientSession) lacks them, so they go to every connection that joins right after the load.
   */
  lateUpdates: Uint8Array[] = [];

  constructor(
    private readonly handlers: LinkHandlers,
    private readonly onBadMessage: (error: unknown) => void,
  ) {}

  publish(kind: LinkKind, payload: Uint8Array): void {
    this.link?.publish(kind, payload);
  }

  hear(kind: LinkKind, payload: Uint8Array): void {
    if (this.waiting) {
      this.waiting.push({ kind, payload });
      return;
    }
    try {
      if (kind === 'update') this.handlers.update(payload);
      else if (kind === 'awareness') this.handlers.awareness(payload);
      else this.handlers.resync();
    } catch (error) {
      this.onBadMessage(error);
    }
  }

  /** The room has loaded: handle what waited. */
  loaded(): void {
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    for (const { kind, payload } of waiting) {
      if (kind === 'update') this.lateUpdates.push(payload);
      this.hear(kind, payload);
    }
    // Those who waited for the load join in this same turn (microtasks); later joiners sync normally.
    if (this.lateUpdates.length > 0) setImmediate(() => (this.lateUpdates = []));
  }

  close(): void {
    this.link?.close();
    this.link = undefined;
  }
}
