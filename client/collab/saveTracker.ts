import * as decoding from 'lib0/decoding';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.ts';

/**
 * Counts the document updates this page sent on the current socket and the server's `saved`
 * acknowledgements, so the header can say "All changes saved" only when it is true.
 */
export class SaveTracker {
  sent = 0;
  acked = 0;
  private listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  get pending(): boolean {
    return this.sent > this.acked;
  }

  /** A WebSocket class for the provider's `WebSocketPolyfill` option that reports to this tracker. */
  socketClass(): typeof WebSocket {
    const tracker = this;
    return class TrackedWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        tracker.sent = 0;
        tracker.acked = 0;
        tracker.emit();
      }
      override send(data: Parameters<WebSocket['send']>[0]): void {
        if (data instanceof Uint8Array && data[0] === MessageType.sync && (data[1] === SyncStep.step2 || data[1] === SyncStep.update)) {
          tracker.sent++;
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
