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
import type { SyncLimits } from '../limits/syncLimits.ts';
import type { SyncGate } from './syncGate.ts';

/** The only file that imports `ws`: sockets in, Connections out. */

/** How long a shutdown waits for clients to answer the close frame. */
const CLOSE_GRACE_MS = 1_000;

export interface TransportOptions {
  maxMessageBytes: number;
  limits: SyncLimits;
  pingIntervalMs?: number;
  /** The client's address for the per-address limit (behind a trusted proxy, the forwarded one). */
  clientAddress?: (req: IncomingMessage) => string;
}

class WsConnection implements Connection {
  readonly id = randomUUID();
  canWrite: boolean;

  constructor(
    private readonly ws: WebSocket,
    readonly identity: Identity,
    readonly wantsAcks: boolean,
    document: DocumentName,
    private readonly limits: SyncLimits,
  ) {
    this.canWrite = canWrite(identity.role, document);
  }

  send(data: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    // A reader that never drains would make us buffer without bound: cut it loose instead.
    if (this.limits.isSlowConsumer(this.ws.bufferedAmount)) {
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
  const { limits } = options;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path !== SYNC_PATH && !path.startsWith(SYNC_PATH + '/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Complete the upgrade first: browsers can read a close code, not an HTTP status.
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A rejection here would be unhandled, and an unhandled rejection ends the process.
      accept(ws, req).catch((error: unknown) => {
        gate.onError(error);
        ws.close(CloseCode.serverError, 'internal error');
      });
    });
  });

  async function accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    const fromAddress = limits.openFromAddress(options.clientAddress?.(req) ?? req.socket.remoteAddress ?? 'unknown');
    ws.once('close', fromAddress.release);
    if (!fromAddress.admitted) {
      ws.close(CloseCode.tooMany, 'too many connections from this address');
      return;
    }
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('error', () => ws.terminate());
    // Messages may arrive while we authenticate: the session queues them, in order, until its room is ready.
    const session = new ClientSession((error) => gate.onError(error));
    let closed = false;
    const rate = limits.messageRate();
    let refused = false;
    const refuse = (code: number, reason: string) => {
      refused = true;
      ws.close(code, reason);
    };
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Once we close (removed member, role change, bad frame…) nothing more is accepted: `ws` keeps
      // delivering frames until the peer answers the close, which a hostile one never does (30 s).
      if (refused || ws.readyState !== ws.OPEN) return;
      if (!rate.take()) return refuse(CloseCode.tooMany, 'too many messages');
      if (!isBinary) return refuse(CloseCode.malformed, 'binary frames only');
      session.receive(toBytes(data));
    });
    let untrack: (() => void) | undefined;
    ws.on('close', () => {
      closed = true;
      session.close();
      untrack?.();
    });

    const url = new URL(req.url ?? '/', 'http://localhost');
    // The path as sent: URL() would resolve `..`, `.` and `%2e%2e` (so /sync/c1/../c2/dossier meant c2).
    const parsed = parseSyncPath((req.url ?? '/').split('?')[0] ?? '');
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
      ws,
      verdict.identity,
      url.searchParams.get(ACK_PARAM) === '1',
      parsed.room.documentName as DocumentName,
      limits,
    );
    session.attach(gate.registry, conn, roomKey(parsed.room));
    untrack = gate.live.add(conn);
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
      // Every socket gets a close frame and a moment to answer it, so that clients learn that the
      // server is restarting (1001) instead of seeing the connection drop (1006): terminating at once
      // throws away close frames still queued on busy sockets. Stragglers are then cut.
      const sockets = [...wss.clients];
      const gone = sockets.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.close(CloseCode.goingAway, 'server shutting down');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(gone), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)))]);
      clearTimeout(timer);
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
