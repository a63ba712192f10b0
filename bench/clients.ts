import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { clock, withTimeout } from './stats.ts';

/**
 * Load-generator clients. `YClient` is a real Y.Doc speaking the y-websocket protocol with raw
 * y-protocols framing (cheaper than the stock provider); `RawClient` talks to the raw relay; `IdleClient`
 * just completes the handshake and sits there. Each writer's insertion carries a marker
 * `~<sender>@<send time ms>;` that receivers find in the update bytes (Yjs V1 stores strings as UTF-8).
 */

export const REMOTE = Symbol('remote');
export const EMPTY_SV = Y.encodeStateVector(new Y.Doc());
export const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}
export const encodeStep1 = (sv: Uint8Array) =>
  frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, sv)));
export const encodeStep2 = (u: Uint8Array) =>
  frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, u)));
export const encodeUpdate = (u: Uint8Array) =>
  frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, u)));

/** An awareness message for one client id with a small user state, like a stock client's. */
export function awarenessMessage(clientId: number, name: string): Uint8Array {
  const inner = frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { name, color: '#30bced' }, cursor: null }));
  });
  return frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, inner)));
}

export const marker = (sender: number, sentAt: number) => `~${sender}@${sentAt.toFixed(3)};`;

/** Calls `found` for every well-formed marker in `buf`; returns how many. */
export function scanMarkers(buf: Uint8Array, found: (sender: number, sentAt: number) => void): number {
  let count = 0;
  const n = buf.length;
  const digit = (j: number) => j < n && buf[j]! >= 48 && buf[j]! <= 57;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0x7e) continue;
    let j = i + 1;
    let sender = 0;
    const s0 = j;
    while (digit(j) && j - s0 < 9) sender = sender * 10 + buf[j++]! - 48;
    if (j === s0 || buf[j] !== 0x40) continue;
    const w0 = ++j;
    let whole = 0;
    while (digit(j) && j - w0 < 16) whole = whole * 10 + buf[j++]! - 48;
    if (j === w0 || buf[j] !== 0x2e) continue;
    const f0 = ++j;
    let frac = 0;
    let scale = 1;
    while (digit(j) && j - f0 < 6) {
      frac = frac * 10 + buf[j++]! - 48;
      scale *= 10;
    }
    if (j === f0 || buf[j] !== 0x3b) continue;
    found(sender, whole + frac / scale);
    count++;
    i = j;
  }
  return count;
}

export type MarkerHandler = (sender: number, sentAt: number, receivedAt: number) => void;

export interface BenchClient {
  readonly id: number;
  onMarker?: MarkerHandler;
  /** Connects; for Yjs clients resolves with the size of the server's sync step 2 once it arrived. */
  open(timeoutMs?: number): Promise<number>;
  /** Resolves once the server processed everything this client sent before (no-op on the raw relay). */
  barrier(timeoutMs?: number, stateVector?: Uint8Array): Promise<number>;
  /** One small insertion carrying the send time. */
  appendMarker(): void;
  sendRaw(bytes: Uint8Array): void;
  close(): Promise<void>;
}

abstract class SocketClient {
  protected ws: WebSocket | undefined;
  private closed = false;
  constructor(readonly url: string) {}

  protected connect(onMessage: (buf: Uint8Array) => void, onOpen: () => void, onClose: (why: Error) => void): void {
    const ws = new WebSocket(this.url, { perMessageDeflate: false });
    this.ws = ws;
    ws.on('open', onOpen);
    ws.on('message', (data: Buffer) => onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    ws.on('error', (error) => onClose(error));
    ws.on('close', (code, reason) => {
      this.closed = true;
      onClose(new Error(`socket closed ${code} ${reason.toString()}`));
    });
  }

  sendRaw(bytes: Uint8Array): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(bytes);
  }

  async close(): Promise<void> {
    const ws = this.ws;
    if (!ws || this.closed) return;
    const gone = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.close();
    await withTimeout(gone, 3000, 'close').catch(() => ws.terminate());
  }
}

type Waiter = { resolve: (bytes: number) => void; reject: (error: Error) => void };

export class YClient extends SocketClient implements BenchClient {
  readonly doc = new Y.Doc({ gc: true });
  readonly text = this.doc.getText('bench');
  onMarker?: MarkerHandler;
  /** When the last sync step 2 arrived (before it was applied). */
  step2At = 0;
  /** Sync writes (step 2 or update) sent, and the last `saved` count (Jointly's acks, URL `acks=1`). */
  private writes = 0;
  private saved = 0;
  private readonly waiters: Waiter[] = [];
  private readonly ackWaiters: { count: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  /** With `apply: false` incoming updates are not applied (a writer replaying precomputed messages). */
  constructor(
    url: string,
    readonly id: number,
    private readonly apply = true,
  ) {
    super(url);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.sendRaw(encodeUpdate(update));
    });
  }

  open(timeoutMs = 20_000): Promise<number> {
    const synced = this.nextStep2();
    this.connect(
      (buf) => this.onMessage(buf),
      () => this.sendRaw(encodeStep1(this.apply ? Y.encodeStateVector(this.doc) : EMPTY_SV)),
      (why) => this.failAll(why),
    );
    return withTimeout(synced, timeoutMs, `sync of ${this.url.split('?')[0]}`);
  }

  barrier(timeoutMs = 60_000, stateVector?: Uint8Array): Promise<number> {
    const reply = this.nextStep2();
    this.sendRaw(encodeStep1(stateVector ?? Y.encodeStateVector(this.doc)));
    return withTimeout(reply, timeoutMs, 'sync barrier');
  }

  /**
   * Jointly only (connect with `acks=1`): resolves once the server reports every sync write sent so far
   * as stored. Unlike a sync step 1 barrier it is not rate-limited.
   */
  savedBarrier(timeoutMs = 60_000): Promise<void> {
    const count = this.writes;
    if (this.saved >= count) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.ackWaiters.push({ count, resolve, reject }));
    return withTimeout(done, timeoutMs, `saved ${count}`);
  }

  override sendRaw(bytes: Uint8Array): void {
    if (bytes[0] === 0 && (bytes[1] === 1 || bytes[1] === 2)) this.writes++;
    super.sendRaw(bytes);
  }

  appendMarker(): void {
    this.text.insert(this.text.length, marker(this.id, clock()));
  }

  /**
   * A marker at the end of this writer's own text, and once that text is longer than `maxChars` its
   * oldest part goes in the same change: a steady load over a long run (the soak) whose document
   * stays the same size. Each writer has a text of its own because Yjs merges the tombstones of one
   * client's consecutive deleted text into one; when writers interleave in one text, every deleted
   * marker stays a separate tombstone and the document grows for the whole run.
   */
  appendMarkerBounded(maxChars: number): void {
    const own = this.doc.getText(`bench-${this.id}`);
    this.doc.transact(() => {
      const over = own.length - maxChars;
      if (over > 0) own.delete(0, over);
      own.insert(own.length, marker(this.id, clock()));
    });
  }

  /** Applies `update` locally; whatever is new to this doc goes to the server as an update. */
  seed(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'seed');
  }

  private nextStep2(): Promise<number> {
    return new Promise<number>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private failAll(why: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(why);
    for (const waiter of this.ackWaiters.splice(0)) waiter.reject(why);
  }

  private onSaved(buf: Uint8Array): void {
    const decoder = decoding.createDecoder(buf);
    decoding.readVarUint(decoder);
    this.saved = decoding.readVarUint(decoder);
    while (this.ackWaiters.length > 0 && this.ackWaiters[0]!.count <= this.saved) this.ackWaiters.shift()!.resolve();
  }

  private onMessage(buf: Uint8Array): void {
    const now = clock();
    if (buf[0] === 100) return this.onSaved(buf);
    if (buf[0] !== 0) return; // awareness, auth: not needed here
    const decoder = decoding.createDecoder(buf);
    decoding.readVarUint(decoder);
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === 0) {
      this.sendRaw(encodeStep2(this.apply ? Y.encodeStateAsUpdate(this.doc, payload) : EMPTY_UPDATE));
      return;
    }
    if (step === 1) this.step2At = now;
    if (step === 2 && this.onMarker) scanMarkers(payload, (sender, sentAt) => this.onMarker!(sender, sentAt, now));
    if (this.apply) Y.applyUpdate(this.doc, payload, REMOTE);
    if (step === 1) this.waiters.shift()?.resolve(buf.byteLength);
  }
}

export class RawClient extends SocketClient implements BenchClient {
  onMarker?: MarkerHandler;
  /** Each message is the marker padded by `overhead` bytes: the size of the equivalent Yjs update message. */
  constructor(
    url: string,
    readonly id: number,
    private readonly overhead: number,
  ) {
    super(url);
  }

  open(timeoutMs = 20_000): Promise<number> {
    const opened = new Promise<number>((resolve, reject) => {
      this.connect(
        (buf) => {
          const now = clock();
          if (this.onMarker) scanMarkers(buf, (sender, sentAt) => this.onMarker!(sender, sentAt, now));
        },
        () => resolve(0),
        reject,
      );
    });
    return withTimeout(opened, timeoutMs, `open ${this.url}`);
  }

  async barrier(): Promise<number> {
    return 0;
  }

  appendMarker(): void {
    const text = marker(this.id, clock());
    const bytes = Buffer.alloc(text.length + this.overhead, 0x20);
    bytes.write(text, 0, 'latin1');
    this.sendRaw(bytes);
  }
}

/** Handshake only (empty doc), then optionally one awareness state; ignores everything it receives. */
export class IdleClient extends SocketClient {
  constructor(
    url: string,
    private readonly yjs: boolean,
    private readonly awareness?: Uint8Array,
  ) {
    super(url);
  }

  open(timeoutMs = 20_000): Promise<void> {
    const ready = new Promise<void>((resolve, reject) => {
      this.connect(
        (buf) => {
          if (buf[0] !== 0 || buf.length < 2) return;
          if (buf[1] === 0) this.sendRaw(encodeStep2(EMPTY_UPDATE));
          else if (buf[1] === 1) {
            if (this.awareness) this.sendRaw(this.awareness);
            resolve();
          }
        },
        () => {
          if (!this.yjs) return resolve();
          this.sendRaw(encodeStep1(EMPTY_SV));
        },
        reject,
      );
    });
    return withTimeout(ready, timeoutMs, `idle connection ${this.url.split('?')[0]}`);
  }
}

/** Bytes a Yjs update message adds around an appended marker (so raw messages can match its size). */
export function yMessageOverhead(): number {
  const doc = new Y.Doc();
  const text = doc.getText('bench');
  text.insert(0, marker(1, clock()));
  let size = 0;
  const m = marker(2, clock());
  doc.on('update', (u: Uint8Array) => (size = encodeUpdate(u).byteLength));
  text.insert(text.length, m);
  doc.destroy();
  return size - m.length;
}
