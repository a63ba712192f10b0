import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import { waitFor } from './waitFor.ts';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[];
  destroy(): void;
}

/** A stock y-websocket provider, as any script would use it (BroadcastChannel off, so only the server syncs). */
export function connectClient(serverUrl: string, room: string, token: string, params: Record<string, string> = {}): SyncClient {
  return connectClientWith(serverUrl, room, token, { params });
}

export interface ClientOptions {
  params?: Record<string, string>;
  /** A `ws` WebSocket subclass, e.g. test/utils/acks.ts's WriteCountingWebSocket. */
  WebSocketClass?: new (address: string, protocols?: string | string[]) => WebSocket;
  /** false: do not connect yet (call provider.connect()). */
  connect?: boolean;
  /** Retry delay cap; the stock default is 2500 ms. */
  maxBackoffTime?: number;
  /** A fixed Yjs client id (set before the provider exists: its awareness takes the doc's id). */
  clientID?: number;
}

/** connectClient with the provider's options exposed. */
export function connectClientWith(serverUrl: string, room: string, token: string, options: ClientOptions = {}): SyncClient {
  const doc = new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID >>> 0;
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params: { token, ...options.params },
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: options.maxBackoffTime ?? 2500,
    WebSocketPolyfill: (options.WebSocketClass ?? WebSocket) as unknown as typeof globalThis.WebSocket,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: String(event.reason) });
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitSynced(client: SyncClient, timeout = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, { timeout, message: 'provider did not sync' });
}

export async function waitClosed(client: SyncClient, timeout = 10_000): Promise<{ code: number; reason: string }> {
  const first = await waitFor(() => client.closes[0], { timeout, message: 'connection was not closed' });
  return first!;
}
