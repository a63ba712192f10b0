/**
 * Sockets for hostile tests: a raw `ws` client (sends any bytes, records every message and the close
 * code) and a hand-made WebSocket over plain TCP (any request path, no URL normalisation, and a
 * reader that can stop reading).
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import { WebSocket, type ClientOptions } from 'ws';
import { MessageType } from '../../shared/protocol/messageTypes.ts';
import { waitFor } from './waitFor.ts';

export interface CloseInfo {
  code: number;
  reason: string;
}

export interface RawSocket {
  readonly ws: WebSocket;
  /** Binary messages from the server, in order. */
  readonly messages: Uint8Array[];
  /** Set once the socket closed. */
  readonly closeInfo: CloseInfo | undefined;
  readonly isOpen: boolean;
  /** Resolves on open; rejects if the socket closed or failed first. */
  readonly opened: Promise<void>;
  /** Resolves with the close code and reason (1006 when the connection just dropped). */
  readonly closed: Promise<CloseInfo>;
  send(data: Uint8Array | string): void;
  /** Reasons of the y-protocols/auth "permission denied" messages received so far. */
  permissionDenied(): string[];
  /** Message types (first varuint) received so far. */
  types(): number[];
  terminate(): void;
}

export interface RawOptions {
  token?: string;
  headers?: Record<string, string>;
  origin?: string;
  localAddress?: string;
  /** Extra query parameters. */
  params?: Record<string, string>;
}

/** `ws://127.0.0.1:port/sync` + `/consortium/document` + `?token=…`. */
export function syncUrl(base: string, room: string, options: RawOptions = {}): string {
  const params = new URLSearchParams({ ...(options.token ? { token: options.token } : {}), ...options.params });
  const query = params.toString();
  return `${base}/${room}${query ? `?${query}` : ''}`;
}

export function openRaw(base: string, room: string, options: RawOptions = {}): RawSocket {
  const clientOptions: ClientOptions = { headers: options.headers, perMessageDeflate: false };
  if (options.origin) clientOptions.origin = options.origin;
  if (options.localAddress) clientOptions.localAddress = options.localAddress;
  const ws = new WebSocket(syncUrl(base, room, options), clientOptions);
  ws.binaryType = 'nodebuffer';
  const messages: Uint8Array[] = [];
  let closeInfo: CloseInfo | undefined;
  let isOpen = false;
  let resolveClosed!: (info: CloseInfo) => void;
  const closed = new Promise<CloseInfo>((r) => (resolveClosed = r));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      isOpen = true;
      resolve();
    });
    ws.once('close', (code) => reject(new Error(`closed before open (${code})`)));
    ws.once('error', (error) => reject(error));
  });
  opened.catch(() => undefined);
  ws.on('error', () => undefined);
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) messages.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice());
  });
  ws.on('close', (code: number, reason: Buffer) => {
    isOpen = false;
    closeInfo = { code, reason: reason.toString() };
    resolveClosed(closeInfo);
  });
  return {
    ws,
    messages,
    get closeInfo() {
      return closeInfo;
    },
    get isOpen() {
      return isOpen;
    },
    opened,
    closed,
    send(data) {
      if (ws.readyState === ws.OPEN) ws.send(data);
    },
    permissionDenied: () => permissionDeniedReasons(messages),
    types: () => messages.map((m) => decoding.readVarUint(decoding.createDecoder(m))),
    terminate: () => ws.terminate(),
  };
}

/** Waits for the server to close the socket and returns its close code. */
export async function closeCode(socket: RawSocket, timeout = 5_000): Promise<number> {
  const info = await Promise.race([
    socket.closed,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('socket was not closed')), timeout).unref()),
  ]);
  return info.code;
}

export function permissionDeniedReasons(messages: readonly Uint8Array[]): string[] {
  const reasons: string[] = [];
  for (const m of messages) {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) !== MessageType.auth) continue;
    if (decoding.readVarUint(d) === 0) reasons.push(decoding.readVarString(d));
  }
  return reasons;
}

/* ---------------------------------------------------------------- raw TCP */

export interface Frame {
  opcode: number;
  payload: Buffer;
}

/**
 * A WebSocket client written by hand over a TCP socket: sends exactly the request line it is given
 * (so `..` and `%2e%2e` reach the server as they are), and lets a test stop reading (`pause`).
 */
export class TcpWebSocket {
  readonly socket: Socket;
  private buffer = Buffer.alloc(0);
  /** Bytes received after the HTTP response, as they arrived. */
  received = 0;
  readonly frames: Frame[] = [];
  status: number | undefined;
  private headerDone = false;
  ended = false;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => (this.ended = true));
    socket.on('error', () => (this.ended = true));
  }

  static async open(port: number, path: string, headers: Record<string, string> = {}): Promise<TcpWebSocket> {
    const socket = connect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new TcpWebSocket(socket);
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(lines.join('\r\n') + '\r\n\r\n');
    await waitFor(() => client.status !== undefined || client.ended, { timeout: 5_000, message: 'no HTTP response to the upgrade' });
    return client;
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (!this.headerDone) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = this.buffer.subarray(0, end).toString('latin1');
      this.status = Number(head.split(' ')[1]);
      this.buffer = this.buffer.subarray(end + 4);
      this.headerDone = true;
    }
    this.received += chunk.length;
    this.parseFrames();
  }

  private parseFrames(): void {
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0x0f;
      let length = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      this.frames.push({ opcode, payload: Buffer.from(this.buffer.subarray(offset, offset + length)) });
      this.buffer = this.buffer.subarray(offset + length);
    }
  }

  /** The close code the server sent, if a close frame arrived. */
  get closeCode(): number | undefined {
    const frame = this.frames.find((f) => f.opcode === 0x8);
    return frame && frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : undefined;
  }

  /** Sends one masked frame (binary by default). */
  send(payload: Uint8Array, opcode = 0x2): void {
    const mask = randomBytes(4);
    const len = payload.length;
    const head = len < 126 ? Buffer.from([0x80 | opcode, 0x80 | len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (len >= 126 && len < 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 0x80 | 126;
      head.writeUInt16BE(len, 2);
    } else if (len >= 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 0x80 | 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
    const body = Buffer.from(payload);
    for (let i = 0; i < body.length; i++) body[i]! ^= mask[i % 4]!;
    this.socket.write(Buffer.concat([head, mask, body]));
  }

  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Sends `request` (a whole HTTP/1.1 request, as written) over TCP and returns the raw response. */
export async function rawHttp(port: number, request: string | Buffer, timeout = 5_000): Promise<{ status: number; text: string }> {
  const socket = connect({ host: '127.0.0.1', port });
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      resolve();
    }, timeout);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on('error', reject);
    socket.write(request);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  return { status: Number(text.split(' ')[1]), text };
}
