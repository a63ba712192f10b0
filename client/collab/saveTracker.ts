import * as decoding from 'lib0/decoding';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.ts';

/**
 * Counts the document updates this page sent on the current socket and the server's `saved`
 * acknowledgements, so the header can say "All changes saved" only when it is true.
 */
export class SaveTracker {
  /** Writes sent on this socket; the server counts the same ones, empty or not, in its acks. */
  sent = 0;
  acked = 0;
  /**
   * The number of the last write that held a change. Answering the server's sync step 1 sends a
   * write even when this page has nothing new (an empty update): counted, as the server counts it,
   * but waiting for its ack is not "saving", and every load read "Saving…" for most of a second.
   */
  lastChange = 0;
  private listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  /** Whether a change this page sent is not yet stored. */
  get pending(): boolean {
    return this.lastChange > this.acked;
  }

  /** A WebSocket class for the provider's `WebSocketPolyfill` option that reports to this tracker. */
  socketClass(): typeof WebSocket {
    const tracker = this;
    return class TrackedWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        tracker.sent = 0;
        tracker.acked = 0;
        tracker.lastChange = 0;
        tracker.emit();
      }
      override send(data: Parameters<WebSocket['send']>[0]): void {
        if (data instanceof Uint8Array && data[0] === MessageType.sync && (data[1] === SyncStep.step2 || data[1] === SyncStep.update)) {
          tracker.sent++;
          if (!carriesNothing(data)) tracker.lastChange = tracker.sent;
          tracker.emit();
        }
        super.send(data);
      }
    };
  }

  /** Handler for the provider's `messageHandlers[MessageType.saved]`. */
  readonly handleSaved = (_encoder: unknown, decoder: decoding.Decoder) => {
    this.acked = Math.max(this.acked, decoding.readVarUint(decoder));
    this.emit();
  };
}

/** A sync write whose update is the one Yjs encodes for "nothing new" (no structs, no deletions). */
function carriesNothing(message: Uint8Array): boolean {
  // [sync, step, length 2, 0 structs, 0 deletions]
  return message.length === 5 && message[2] === 2 && message[3] === 0 && message[4] === 0;
}
