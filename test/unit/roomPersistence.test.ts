import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DURABLE, RoomPersistence, shouldCompact, type PersistenceEvents } from '../../server/rooms/roomPersistence.ts';
import { createMemoryStorage } from '../../server/storage/memory.ts';
import type { DocumentStore } from '../../server/storage/types.ts';
import { encodeSyncUpdate } from '../../shared/protocol/encode.ts';

const KEY = 'c1/dossier';
const quiet = { compactAfterUpdates: 1e9, compactAfterBytes: 1e9, log: () => {} };

/** A store whose appends wait until the test lets them through. */
function gatedStore(inner: DocumentStore) {
  const gates: (() => void)[] = [];
  const store: DocumentStore = {
    load: (key) => inner.load(key),
    compact: (key, snapshot, seq) => inner.compact(key, snapshot, seq),
    append: (key, update) => new Promise<void>((open) => gates.push(open)).then(() => inner.append(key, update)),
  };
  return { store, openNext: () => gates.shift()!(), waiting: () => gates.length };
}

function recorder(): PersistenceEvents & { relayed: { message: Uint8Array; origin: unknown }[]; failures: unknown[] } {
  const relayed: { message: Uint8Array; origin: unknown }[] = [];
  const failures: unknown[] = [];
  return {
    relayed,
    failures,
    stored: (message, origin) => relayed.push({ message, origin }),
    failed: (e) => failures.push(e),
    applyDurable: () => {
      throw new Error('only rooms on shared storage read updates back');
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('room persistence', () => {
  it('relays an update only once it is stored, in order, encoded once', async () => {
    const storage = createMemoryStorage();
    const gated = gatedStore(storage.documents);
    const doc = new Y.Doc();
    const events = recorder();
    const persistence = new RoomPersistence(KEY, gated.store, doc, quiet, events);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(0, 'a');
    doc.transact(() => doc.getText('t').insert(1, 'b'), 'client-2');
    await settle();
    expect(events.relayed).toEqual([]);
    // Both appends are asked for at once (stores keep the order of their calls; a busy document shares a commit)…
    expect(gated.waiting()).toBe(2);
    let answered = false;
    persistence.afterStored(() => (answered = true));
    gated.openNext();
    await settle();
    // …but what follows an append (relay, replies) still happens one update after the other.
    expect(events.relayed.map((r) => r.message)).toEqual([encodeSyncUpdate(updates[0]!)]);
    expect(answered).toBe(false);
    gated.openNext();
    await persistence.flushed();
    expect(events.relayed.map((r) => r.origin)).toEqual([null, 'client-2']);
    expect(answered).toBe(true);
    expect((await storage.documents.load(KEY)).updates).toEqual(updates);
  });

  it('a failed append stops relays and replies and reports the failure once', async () => {
    const failing: DocumentStore = { ...createMemoryStorage().documents, append: () => Promise.reject(new Error('disk full')) };
    const doc = new Y.Doc();
    const events = recorder();
    const persistence = new RoomPersistence(KEY, failing, doc, quiet, events);
    const reply = vi.fn();
    doc.getText('t').insert(0, 'a');
    persistence.afterStored(reply);
    doc.getText('t').insert(1, 'b');
    await persistence.flushed();
    expect(persistence.failed).toBe(true);
    expect(events.failures).toHaveLength(1);
    expect(events.relayed).toEqual([]);
    expect(reply).not.toHaveBeenCalled();
  });

  it('hands the stored state to a listener before applying it, without storing it again', async () => {
    const storage = createMemoryStorage();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'hello');
    const snapshot = Y.encodeStateAsUpdate(source);
    await storage.documents.append(KEY, snapshot);
    const doc = new Y.Doc();
    const persistence = new RoomPersistence(KEY, storage.documents, doc, quiet, recorder());
    let seen: { state: Uint8Array; textThen: string } | undefined;
    await persistence.load((state) => {
      seen = { state, textThen: doc.getText('t').toString() };
      return true;
    });
    expect(seen).toEqual({ state: snapshot, textThen: '' }); // the one stored row, as it is on disk
    expect(doc.getText('t').toString()).toBe('hello');
    expect((await storage.documents.load(KEY)).updates).toHaveLength(1);
  });

  it('folds the log into one snapshot and keeps what was appended after it', async () => {
    const storage = createMemoryStorage();
    const doc = new Y.Doc();
    const persistence = new RoomPersistence(KEY, storage.documents, doc, quiet, recorder());
    for (const ch of 'abcdef') doc.getText('t').insert(doc.getText('t').length, ch);
    await persistence.compact();
    expect((await storage.documents.load(KEY)).updates).toHaveLength(1);
    doc.getText('t').insert(6, 'g');
    await persistence.flushed();
    const reloaded = new Y.Doc();
    await new RoomPersistence(KEY, storage.documents, reloaded, quiet, recorder()).load();
    expect(reloaded.getText('t').toString()).toBe('abcdefg');
  });

  it('on shared storage a compaction covers rows another instance stored that this one never heard of', async () => {
    const storage = createMemoryStorage();
    const doc = new Y.Doc();
    const relayed: unknown[] = [];
    const events: PersistenceEvents = {
      stored: (_message, origin, _complete, appended) => relayed.push({ origin, appended: appended !== undefined }),
      failed: () => {},
      applyDurable: (update) => Y.applyUpdate(doc, update, DURABLE),
    };
    const persistence = new RoomPersistence(KEY, storage.documents, doc, { ...quiet, sharedStorage: true }, events);
    await persistence.load();
    doc.getText('t').insert(0, 'mine;');
    await persistence.flushed();
    // Another instance stores an update whose message has not reached this one (or was lost while Redis was away)...
    const other = new Y.Doc();
    other.getText('t').insert(0, 'theirs;');
    await storage.documents.append(KEY, Y.encodeStateAsUpdate(other));
    // ...and this one appends after it, so its last sequence number is above the other's row.
    doc.getText('t').insert(0, 'mine again;');
    await persistence.compact();

    const stored = await storage.documents.load(KEY);
    expect(stored.updates).toHaveLength(1);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.updates[0]!);
    expect(reloaded.getText('t').toString()).toContain('theirs;');
    expect(reloaded.getText('t').toString()).toContain('mine again;');
    // What was read back is relayed to local clients, not appended again.
    expect(doc.getText('t').toString()).toBe(reloaded.getText('t').toString());
    expect(relayed.at(-1)).toEqual({ origin: DURABLE, appended: false });
  });
});

describe('when to compact', () => {
  const limits = { compactAfterUpdates: 500, compactAfterBytes: 4 * 1024 * 1024 };
  it('a small document: after the configured number of updates', () => {
    expect(shouldCompact(499, 10_000, 5_000, limits)).toBe(false);
    expect(shouldCompact(500, 10_000, 5_000, limits)).toBe(true);
  });
  it('a large document: only once the log holds 1/16 of the snapshot, so rewriting it stays proportional to typing', () => {
    const snapshot = 1_600_000;
    expect(shouldCompact(500, snapshot + 500 * 25, snapshot, limits)).toBe(false);
    expect(shouldCompact(4000, snapshot + 100_000, snapshot, limits)).toBe(true);
  });
  it('after the configured bytes since the snapshot, whatever the count', () => {
    expect(shouldCompact(3, 1000 + 4 * 1024 * 1024, 1000, limits)).toBe(true);
  });
  it('never for a log of one row', () => {
    expect(shouldCompact(1, 1e9, 0, limits)).toBe(false);
  });
});
