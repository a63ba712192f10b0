/**
 * The "everyone else is fine" half of every hostile test: honest stock-provider clients in the
 * attacked room, checks that they keep working and converge, and that what is stored after a
 * restart is exactly what they wrote. Plus a read-only look into the SQLite file.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket, type ClientOptions } from 'ws';
import { expect } from 'vitest';
import type { Role } from '../../shared/roles.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { MessageType } from '../../shared/protocol/messageTypes.ts';
import type { TestServer } from './testServer.ts';
import { waitFor as waitForSlow } from './waitFor.ts';

/** waitFor with a short poll: these loops run hundreds of times per file. */
const waitFor: typeof waitForSlow = (check, options = {}) => waitForSlow(check, { interval: 3, ...options });

/** The Y.Text honest clients write to. Attackers in tests write elsewhere, or nowhere. */
export const HONEST = 'honest';

export interface Honest {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[];
  /** Permission-denied reasons received (read instead of the provider's console.warn). */
  denied: string[];
  text(): string;
  append(s: string): void;
  destroy(): void;
}

/** A `ws` class that connects from a given loopback address (127.0.0.2 …), as another machine would. */
export function webSocketFrom(localAddress: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL | null, protocols?: string | string[], options?: ClientOptions) {
      super(address!, protocols, { ...options, localAddress });
    }
  } as typeof WebSocket;
}

export interface HonestOptions {
  localAddress?: string;
  /** Reconnect after 44xx closes too (the stock default stops). */
  reconnectAlways?: boolean;
  params?: Record<string, string>;
  /** Fixed Yjs client id (set before the provider starts: its awareness is keyed by it). */
  clientID?: number;
}

/** A stock y-websocket provider (BroadcastChannel off), as the browser uses it. */
export function connectHonest(wsUrl: string, room: string, token: string, options: HonestOptions = {}): Honest {
  const doc = new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { token, ...options.params },
    disableBc: true,
    maxBackoffTime: 200,
    WebSocketPolyfill: (options.localAddress ? webSocketFrom(options.localAddress) : WebSocket) as unknown as typeof globalThis.WebSocket,
    ...(options.reconnectAlways ? { shouldReconnect: () => true } : {}),
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: String(event.reason) });
  });
  const denied: string[] = [];
  let destroyed = false;
  provider.messageHandlers[MessageType.auth] = (_encoder, decoder) => {
    // y-protocols/auth: varuint 0 = permission denied, then the reason.
    if (decoding.readVarUint(decoder) === 0) denied.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    closes,
    denied,
    text: () => doc.getText(HONEST).toString(),
    append: (s) => doc.getText(HONEST).insert(doc.getText(HONEST).length, s),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function synced(client: Honest, timeout = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, { timeout, message: 'honest client did not sync' });
}

const sv = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex');

/**
 * Honest people in one room. `start` connects A and writes before the attack; `afterAttack` checks
 * A was never disconnected and can still edit, and that B (connecting now) converges with A;
 * `verifyStored` restarts the server and loads the room with a fresh client: exactly what A and B
 * wrote (same text, same state vector: nothing else got in).
 */
export class HonestRoom {
  readonly clients: Honest[] = [];
  private marks = 0;
  /** Written by others legitimately (e.g. a commenter) and expected in the stored state. */
  extraWriters: Honest[] = [];

  private constructor(
    readonly ts: TestServer,
    readonly room: string,
    readonly a: Honest,
    private readonly tokens: { a: string; b: string },
    private readonly bAddress?: string,
  ) {}

  static async start(
    ts: TestServer,
    room: string,
    options: { role?: Role; aAddress?: string; bAddress?: string } = {},
  ): Promise<HonestRoom> {
    const consortiumId = room.split('/')[0]!;
    const role = options.role ?? 'editor';
    const tokens = {
      a: await ts.token({ userId: 'honest-a', name: 'Honest A', consortiumId, partnerId: 'pa', role }),
      b: await ts.token({ userId: 'honest-b', name: 'Honest B', consortiumId, partnerId: 'pb', role }),
    };
    const a = connectHonest(ts.wsUrl, room, tokens.a, { localAddress: options.aAddress });
    const honest = new HonestRoom(ts, room, a, tokens, options.bAddress);
    honest.clients.push(a);
    await synced(a);
    a.append('A0;');
    // Stored before the attack starts: a second reader sees it.
    await honest.seenByServer('A0;');
    return honest;
  }

  /** Waits until the server's copy of the room holds `mark` and has stored it. */
  private async seenByServer(mark: string): Promise<void> {
    const held = () => this.ts.server.registry.get(this.room)?.doc.getText(HONEST).toString().includes(mark);
    await waitFor(held, { message: `server never held ${mark}` });
    await this.ts.server.registry.get(this.room)!.flushed();
  }

  /** A quick (b) after each of many attacks: A was not disconnected and its next edit reaches the server. */
  async stillServes(): Promise<void> {
    expect(this.a.closes, 'the honest client was disconnected').toEqual([]);
    const mark = `q${++this.marks};`;
    this.a.append(mark);
    await this.seenByServer(mark);
  }

  /** (b): A kept its socket and can edit; B connects, edits, and both converge. */
  async afterAttack(): Promise<Honest> {
    const { a } = this;
    expect(a.closes, 'the honest client was disconnected').toEqual([]);
    expect(a.provider.wsconnected).toBe(true);
    const n = ++this.marks;
    a.append(`A${n};`);
    const b = connectHonest(this.ts.wsUrl, this.room, this.tokens.b, { localAddress: this.bAddress });
    this.clients.push(b);
    await synced(b);
    await waitFor(() => b.text().includes(`A${n};`), { message: "B never received A's edit after the attack" });
    b.append(`B${n};`);
    await waitFor(() => a.text().includes(`B${n};`), { message: "A never received B's edit after the attack" });
    await waitFor(() => a.text() === b.text() && sv(a.doc) === sv(b.doc), { message: 'A and B did not converge' });
    expect(a.text().endsWith(`A${n};B${n};`)).toBe(true);
    return b;
  }

  /**
   * (c): everyone disconnects, the server restarts, and a fresh client loads exactly what honest
   * clients (and `extraWriters`) hold: same honest text, same state vector.
   */
  async verifyStored(): Promise<Y.Doc> {
    const reference = this.a;
    const expectedText = reference.text();
    for (const w of this.extraWriters) await waitFor(() => sv(w.doc) === sv(reference.doc), { message: 'extra writer did not converge' });
    const expectedSv = sv(reference.doc);
    const expectedFragment = reference.doc.getXmlFragment(DOSSIER_FRAGMENT).toString();
    for (const c of [...this.clients, ...this.extraWriters]) c.destroy();
    this.clients.length = 0;
    await this.ts.restart();
    const fresh = connectHonest(this.ts.wsUrl, this.room, this.tokens.b);
    try {
      await synced(fresh);
      expect(fresh.text()).toBe(expectedText);
      expect(sv(fresh.doc)).toBe(expectedSv);
      expect(fresh.doc.getXmlFragment(DOSSIER_FRAGMENT).toString()).toBe(expectedFragment);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
      return copy;
    } finally {
      fresh.destroy();
    }
  }

  destroy(): void {
    for (const c of this.clients) c.destroy();
    for (const c of this.extraWriters) c.destroy();
  }
}

/** The room as a fresh stock client loads it now (a detached copy). */
export async function loadRoom(ts: TestServer, room: string, token: string): Promise<Y.Doc> {
  const fresh = connectHonest(ts.wsUrl, room, token);
  try {
    await synced(fresh);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
    return copy;
  } finally {
    fresh.destroy();
  }
}

export interface DbSnapshot {
  consortia: string[];
  /** doc key → number of stored updates. */
  docs: Record<string, number>;
  members: string[];
}

/** What the SQLite file holds, read through a separate read-only connection. */
export function dbSnapshot(dataDir: string): DbSnapshot {
  const db = new Database(join(dataDir, 'jointly.db'), { readonly: true, fileMustExist: true });
  try {
    const consortia = db
      .prepare<[], { id: string }>('SELECT id FROM consortia ORDER BY id')
      .all()
      .map((r) => r.id);
    const docs: Record<string, number> = {};
    for (const r of db
      .prepare<[], { doc: string; n: number }>('SELECT doc, count(*) AS n FROM doc_updates GROUP BY doc ORDER BY doc')
      .all()) {
      docs[r.doc] = r.n;
    }
    const members = db
      .prepare<[], { c: string; u: string }>('SELECT consortium_id AS c, user_id AS u FROM members ORDER BY c, u')
      .all()
      .map((r) => `${r.c}/${r.u}`);
    return { consortia, docs, members };
  } finally {
    db.close();
  }
}
