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
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params: { token, ...params },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
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
  const first = await waitFor(() => client.closes[0], { timeout, message: "connection was not closed" });
  return first!;
}
