import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { CloseCode } from '../../shared/closeCodes.ts';
import { parseSyncPath, roomKey, SYNC_PATH, type DocumentName } from '../../shared/names.ts';
import { ACK_PARAM } from '../../shared/protocol/messageTypes.ts';
import { canWrite } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import type { Connection } from '../rooms/connection.ts';
import { ClientSession } from '../rooms/clientSession.ts';
import type { SyncGate } from './syncGate.ts';

/** The only file that imports `ws`: sockets in, Connections out. */

export interface TransportOptions {
  maxMessageBytes: number;
  maxBufferedBytes: number;
  pingIntervalMs?: number;
}

class WsConnection implements Connection {
  readonly id = randomUUID();
  canWrite: boolean;

  constructor(
    private readonly ws: WebSocket,
    readonly identity: Identity,
    readonly wantsAcks: boolean,
    document: DocumentName,
    private readonly maxBuffered: number,
  ) {
    this.canWrite = canWrite(identity.role, document);
  }

  send(data: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    // A reader that never drains would make us buffer without bound: cut it loose instead.
    if (this.ws.bufferedAmount > this.maxBuffered) {
      this.close(CloseCode.slowConsumer, 'too slow to keep up');
      return;
    }
    this.ws.send(data);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.CLOSED || this.ws.readyState === this.ws.CLOSING) return;
    this.ws.close(code, reason.slice(0, 120));
  }
}

export interface SyncTransport {
  close(): Promise<void>;
  readonly clientCount: number;
}

export function attachSyncTransport(server: Server, gate: SyncGate, options: TransportOptions): SyncTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path !== SYNC_PATH && !path.startsWith(SYNC_PATH + '/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Complete the upgrade first: browsers can read a close code, not an HTTP status.
    wss.handleUpgrade(req, socket, head, (ws) => void accept(ws, req));
  });

  async function accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('error', () => ws.terminate());
    // Messages may arrive while we authenticate; keep them, in order.
    const early: Uint8Array[] = [];
    let session: ClientSession | undefined;
    let closed = false;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(CloseCode.malformed, 'binary frames only');
        return;
      }
      const bytes = toBytes(data);
      if (session) session.receive(bytes);
      else early.push(bytes);
    });
    ws.on('close', () => {
      closed = true;
      session?.close();
    });

    const url = new URL(req.url ?? '/', 'http://localhost');
    const parsed = parseSyncPath(url.pathname);
    if (!parsed.ok) {
      ws.close(parsed.reason === 'malformed' ? CloseCode.malformed : CloseCode.unknown, parsed.reason);
      return;
    }
    const verdict = await gate.admit(req, url, parsed.room);
    if (closed) return;
    if (!verdict.ok) {
      ws.close(verdict.code, verdict.reason);
      return;
    }
    const conn = new WsConnection(
      ws, verdict.identity, url.searchParams.get(ACK_PARAM) === '1',
      parsed.room.documentName as DocumentName, options.maxBufferedBytes,
    );
    session = new ClientSession(gate.registry, conn, roomKey(parsed.room), (error) => gate.onError(error));
    verdict.onOpen?.(conn, () => session?.close());
    for (const bytes of early) session.receive(bytes);
  }

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.pingIntervalMs ?? 30_000);
  pinger.unref();

  return {
    get clientCount() {
      return wss.clients.size;
    },
    async close() {
      clearInterval(pinger);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
