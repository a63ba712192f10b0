import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { decodeMessage } from '../../shared/protocol/decode.ts';
import { MessageType } from '../../shared/protocol/messageTypes.ts';

/**
 * A `ws` WebSocket that counts the sync writes (step 2 and updates) sent on it: the number the
 * server's `saved` message refers to. Pass it as the provider's WebSocketPolyfill; read it as
 * `(provider.ws as WriteCountingWebSocket).writes`.
 */
export class WriteCountingWebSocket extends WebSocket {
  writes = 0;

  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    const send = this.send.bind(this) as (data: Uint8Array, ...rest: unknown[]) => void;
    this.send = ((data: Uint8Array, ...rest: unknown[]) => {
      if (decodeMessage(new Uint8Array(data)).kind === 'sync-update') this.writes++;
      send(data, ...rest);
    }) as WebSocket['send'];
  }
}

/** Writes sent on the provider's current socket (0 when it has none). */
export function writesSent(provider: WebsocketProvider): number {
  return (provider.ws as unknown as WriteCountingWebSocket | null)?.writes ?? 0;
}

/** Collects the `saved` counts (MessageType.saved) a provider receives; `onSaved` runs as each arrives. */
export function watchSaved(provider: WebsocketProvider, onSaved?: (count: number) => void): number[] {
  const counts: number[] = [];
  provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    const count = decoding.readVarUint(decoder);
    counts.push(count);
    onSaved?.(count);
  };
  return counts;
}

/** Collects the y-protocols auth "permission denied" reasons a provider receives (instead of its console.warn). */
export function watchPermissionDenied(provider: WebsocketProvider): string[] {
  const reasons: string[] = [];
  provider.messageHandlers[MessageType.auth] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) reasons.push(decoding.readVarString(decoder));
  };
  return reasons;
}
