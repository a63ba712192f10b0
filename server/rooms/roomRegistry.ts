import type { DocumentStore } from '../storage/types.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { Connection } from './connection.ts';
import { Room, type RoomOptions } from './room.ts';
import type { DocumentLink, LinkKind } from './roomLink.ts';

/** Origin of changes the server makes itself (REST commands): relayed to every connection. */
export const SERVER_ORIGIN = Symbol('server');

/** A room was asked for after closeAll() began: storage is about to close, so no room may (re)load. */
export class ShuttingDown extends Error {
  constructor() {
    super('server shutting down');
  }
}

interface Entry {
  room: Room;
  ready: Promise<void>;
  /** While the room loads: who wants the stored state as soon as it is read (ClientSession). */
  storedStateListeners?: ((state: Uint8Array) => boolean)[];
  /** Server-side uses in progress (REST writing into the doc): the room stays loaded meanwhile. */
  holds: number;
  unloadTimer?: NodeJS.Timeout;
  unloading?: Promise<void>;
}

export interface RegistryOptions extends RoomOptions {
  /** How long a room stays in memory after its last connection left. */
  unloadDelayMs: number;
  /** With REDIS_URL: a channel per loaded document to the same document on other instances. */
  fanout?: { subscribe(key: string, hear: (kind: LinkKind, payload: Uint8Array) => void): Promise<DocumentLink> };
}

/** Loads a room on first join (no client is answered before the load finished) and unloads it after the last leaves. */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private closing = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: RegistryOptions,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  isLoaded(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): Room | undefined {
    return this.entries.get(key)?.room;
  }

  rooms(): Room[] {
    return [...this.entries.values()].map((e) => e.room);
  }

  /** `onStoredState`: called, if the room has to be loaded, with the stored state before it is applied (see Room.load). */
  async join(key: string, conn: Connection, onStoredState?: (state: Uint8Array) => boolean): Promise<Room> {
    const entry = await this.acquire(key, onStoredState);
    entry.room.join(conn);
    return entry.room;
  }

  /**
   * Runs `fn` on the live document: loads the room when nobody has it open, and keeps it loaded
   * while `fn` runs. With `write`, `fn` runs in one transaction whose update is stored, then relayed
   * to every connection, before this resolves.
   */
  async use<T>(key: string, fn: (doc: Room['doc']) => T, options: { write?: boolean } = {}): Promise<T> {
    const entry = await this.acquire(key);
    entry.holds++;
    try {
      let result!: T;
      if (options.write) entry.room.doc.transact(() => (result = fn(entry.room.doc)), SERVER_ORIGIN);
      else result = fn(entry.room.doc);
      await entry.room.flushed();
      if (entry.room.isFailed) throw new Error('storage unavailable');
      return result;
    } finally {
      entry.holds--;
      this.scheduleUnload(entry);
    }
  }

  private async acquire(key: string, onStoredState?: (state: Uint8Array) => boolean): Promise<Entry> {
    if (this.closing) throw new ShuttingDown();
    let entry = this.entries.get(key);
    while (entry?.unloading) {
      await entry.unloading;
      entry = this.entries.get(key);
    }
    if (!entry) {
      const room = new Room(key, this.store, this.options);
      const listeners: ((state: Uint8Array) => boolean)[] = [];
      const created: Entry = { room, ready: Promise.resolve(), holds: 0, storedStateListeners: listeners };
      const onStored = (state: Uint8Array) => {
        created.storedStateListeners = undefined;
        let answered = false;
        for (const listener of listeners) answered = listener(state) || answered;
        return answered;
      };
      const { fanout } = this.options;
      // Subscribe before reading storage: whatever another instance stores after the read is then heard (the room queues it until loaded).
      created.ready = fanout
        ? fanout
            .subscribe(key, (kind, payload) => room.remote.hear(kind, payload))
            .then((link) => {
              room.remote.link = link;
              return room.load(onStored);
            })
        : room.load(onStored);
      entry = created;
      this.entries.set(key, created);
      created.ready.catch(() => {
        if (this.entries.get(key) === created) this.entries.delete(key);
        room.destroy();
      });
    }
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = undefined;
    if (onStoredState) entry.storedStateListeners?.push(onStoredState);
    await entry.ready;
    if (this.closing) throw new ShuttingDown(); // closeAll() is unloading this entry
    if (entry.room.isFailed) {
      this.entries.delete(key);
      throw new Error('room failed');
    }
    return entry;
  }

  leave(room: Room, conn: Connection): void {
    room.leave(conn);
    const entry = this.entries.get(room.key);
    if (!entry || entry.room !== room) return;
    if (room.isFailed) {
      this.entries.delete(room.key);
      room.destroy();
      return;
    }
    this.scheduleUnload(entry);
  }

  private scheduleUnload(entry: Entry): void {
    if (entry.room.connections.size > 0 || entry.holds > 0 || entry.unloadTimer || entry.unloading) return;
    if (this.entries.get(entry.room.key) !== entry) return;
    entry.unloadTimer = setTimeout(() => void this.unload(entry), this.options.unloadDelayMs);
    entry.unloadTimer.unref();
  }

  private unload(entry: Entry): Promise<void> {
    entry.unloadTimer = undefined;
    if (entry.room.connections.size > 0 || entry.holds > 0) return Promise.resolve();
    entry.unloading = (async () => {
      try {
        await entry.room.compact();
      } finally {
        this.entries.delete(entry.room.key);
        entry.room.destroy();
      }
    })();
    return entry.unloading;
  }

  /** After Redis was away: every loaded room reads back what others stored meanwhile, and asks them to do the same. */
  catchUpAll(): Promise<void> {
    return Promise.all(this.rooms().map((room) => room.catchUp(true))).then(() => undefined);
  }

  /** Closes every connection, writes everything down and drops all rooms (graceful shutdown). */
  async closeAll(): Promise<void> {
    this.closing = true;
    const entries = [...this.entries.values()];
    for (const entry of entries) {
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      for (const conn of [...entry.room.connections.keys()]) conn.close(CloseCode.goingAway, 'server shutting down');
    }
    await Promise.allSettled(entries.map((e) => e.unloading ?? this.unload(e)));
  }
}
