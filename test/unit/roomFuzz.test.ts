import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Room } from '../../server/rooms/room.ts';
import { RoomRegistry } from '../../server/rooms/roomRegistry.ts';
import { createMemoryStorage } from '../../server/storage/memory.ts';
import type { Storage } from '../../server/storage/types.ts';
import { MemoryClient, MemoryNetwork } from '../utils/memoryClient.ts';
import { createRandom, seedsFromEnv, type Random } from '../utils/random.ts';

/**
 * Random concurrent editing against the real ClientSession/RoomRegistry/Room, over in-memory
 * sockets whose messages are delivered in a seeded random order (FIFO per socket and direction),
 * with disconnects (half-open ones too), offline edits, reconnects, compaction and room unloads.
 * Reproduce a failure with FUZZ_SEED=<seed> npx vitest run --project unit test/unit/roomFuzz.test.ts;
 * run more seeds with FUZZ_RUNS=<count>.
 */
const SEEDS = seedsFromEnv(Number(process.env.FUZZ_RUNS ?? 30), 1000);
const CLIENTS = 4;
const STEPS = 400;
const KEY = 'c1/dossier';
const UNLOAD_MS = 5;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function randomTextEdit(random: Random, text: Y.Text): void {
  if (text.length > 0 && random.chance(0.35)) {
    const index = random.int(0, text.length - 1);
    text.delete(index, random.int(1, Math.min(4, text.length - index)));
  } else {
    text.insert(random.int(0, text.length), random.word());
  }
}

function randomXmlEdit(random: Random, fragment: Y.XmlFragment): void {
  const roll = random.next();
  if (fragment.length === 0 || roll < 0.35) {
    const paragraph = new Y.XmlElement(random.pick(['paragraph', 'heading']));
    paragraph.insert(0, [new Y.XmlText(random.word())]);
    fragment.insert(random.int(0, fragment.length), [paragraph]);
  } else if (roll < 0.5) {
    fragment.delete(random.int(0, fragment.length - 1), 1);
  } else if (roll < 0.6) {
    const element = fragment.get(random.int(0, fragment.length - 1));
    if (element instanceof Y.XmlElement) element.setAttribute('level', String(random.int(1, 3)));
  } else {
    const element = fragment.get(random.int(0, fragment.length - 1));
    const inner = element instanceof Y.XmlElement ? element.get(0) : undefined;
    if (inner instanceof Y.XmlText) randomTextEdit(random, inner);
  }
}

interface Run {
  storage: Storage;
  registry: RoomRegistry;
  network: MemoryNetwork;
  clients: MemoryClient[];
  failures: string[];
}

function setUp(random: Random): Run {
  const storage = createMemoryStorage();
  const failures: string[] = [];
  const registry = new RoomRegistry(storage.documents, {
    unloadDelayMs: UNLOAD_MS,
    compactAfterUpdates: random.int(2, 25),
    compactAfterBytes: 1 << 20,
    log: (level, msg, extra) => {
      if (level !== 'info') failures.push(`room log ${level}: ${msg} ${JSON.stringify(extra ?? {})}`);
    },
  });
  const network = new MemoryNetwork(random);
  const clients: MemoryClient[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const client: MemoryClient = new MemoryClient(network, registry, KEY, {
      identity: { userId: `u${i}`, name: `User ${i}`, consortiumId: 'c1', partnerId: `p${i}`, role: 'editor' },
      clientID: random.int(1, 2 ** 31),
      wantsAcks: random.chance(0.6),
      onSessionError: (error) => failures.push(`client ${i} session error: ${String(error)}`),
      // A `saved` count promises that every sync write sent so far on that link is stored.
      onSaved: (count, writes) => {
        const previous = client.saved.at(-2) ?? 0;
        if (count <= previous) failures.push(`client ${i}: saved went from ${previous} to ${count}`);
        if (count > client.writes.length) failures.push(`client ${i}: saved ${count} but only ${client.writes.length} writes sent`);
        // The memory adapter reads synchronously, so this is the stored state at this very moment.
        void storage.documents.load(KEY).then((stored) => {
          const storedVector =
            stored.updates.length > 0 ? Y.encodeStateVectorFromUpdate(Y.mergeUpdates(stored.updates)) : new Uint8Array([0]);
          for (const [n, write] of writes.entries()) {
            const missing = Y.decodeUpdate(Y.diffUpdate(write, storedVector)).structs.length;
            if (missing > 0)
              failures.push(`client ${i}: saved ${count} acknowledged write ${n + 1}, but ${missing} of its structs are not stored`);
          }
        });
      },
    });
    client.awareness.setLocalState({ cursor: 0 });
    clients.push(client);
  }
  return { storage, registry, network, clients, failures };
}

async function step(random: Random, run: Run): Promise<void> {
  const { clients, network } = run;
  const roll = random.next();
  const client = random.pick(clients);
  if (roll < 0.3) {
    // Local edits happen online and offline alike; sometimes several in one transaction.
    client.doc.transact(() => {
      for (let n = random.int(1, 2); n > 0; n--) {
        if (random.chance(0.5)) randomTextEdit(random, client.doc.getText('t'));
        else randomXmlEdit(random, client.doc.getXmlFragment('x'));
      }
    });
  } else if (roll < 0.75) {
    for (let n = random.int(1, 4); n > 0; n--) network.deliverOne();
  } else if (roll < 0.8) {
    client.awareness.setLocalStateField('cursor', random.int(0, 1000));
  } else if (roll < 0.84) {
    if (client.connected) client.disconnect({ dropInFlight: random.chance(0.5), serverNoticesLater: random.chance(0.4) });
  } else if (roll < 0.86) {
    // Everyone drops at once (the server's network), so the room empties and may unload.
    for (const c of clients) c.disconnect({ dropInFlight: random.chance(0.5), serverNoticesLater: random.chance(0.2) });
  } else if (roll < 0.91) {
    if (!client.connected) client.connect();
  } else if (roll < 0.95) {
    const halfOpen = network.halfOpen();
    if (halfOpen.length > 0) random.pick(halfOpen).closeServerSide();
  } else {
    vi.advanceTimersByTime(UNLOAD_MS); // lets a pending room unload start
  }
  // Let the room's promise chains (storage, relays, compaction) run for a while, or not at all.
  if (random.chance(0.3)) await tick();
  else if (random.chance(0.5)) await Promise.resolve();
}

/** Everyone online (unless told otherwise), every half-open socket closed, every message delivered, nothing left to do. */
async function settle(run: Run, reconnect = true): Promise<void> {
  for (const link of run.network.halfOpen()) link.closeServerSide();
  if (reconnect) for (const client of run.clients) if (!client.connected) client.connect();
  let quiet = 0;
  for (let round = 0; round < 10_000 && quiet < 5; round++) {
    while (run.network.deliverOne());
    vi.advanceTimersByTime(UNLOAD_MS);
    await run.registry.get(KEY)?.flushed();
    await tick();
    quiet = run.network.idle ? quiet + 1 : 0;
  }
  if (!run.network.idle) throw new Error('the network did not settle');
}

function fragmentJSON(fragment: Y.XmlFragment): string {
  return fragment.toString();
}

async function check(run: Run, seed: number): Promise<void> {
  const at = `seed ${seed} (reproduce with FUZZ_SEED=${seed})`;
  const { clients, registry, storage } = run;
  expect(run.failures, at).toEqual([]);
  for (const [i, c] of clients.entries()) {
    expect(c.serverCloses, `${at}: client ${i} was closed by the server`).toEqual([]);
    expect(c.permissionDenied, `${at}: client ${i}`).toEqual([]);
    expect(c.unknownMessages, `${at}: client ${i}`).toEqual([]);
    expect(c.synced, `${at}: client ${i} synced`).toBe(true);
  }
  const room = registry.get(KEY);
  expect(room, `${at}: room loaded`).toBeDefined();
  const text = room!.doc.getText('t').toString();
  const xml = fragmentJSON(room!.doc.getXmlFragment('x'));
  const vector = Y.encodeStateVector(room!.doc);
  for (const [i, c] of clients.entries()) {
    expect(c.doc.getText('t').toString(), `${at}: client ${i} text`).toBe(text);
    expect(fragmentJSON(c.doc.getXmlFragment('x')), `${at}: client ${i} xml`).toBe(xml);
    expect(Y.encodeStateVector(c.doc), `${at}: client ${i} state vector`).toEqual(vector);
    expect(c.doc.store.pendingStructs, `${at}: client ${i} pending`).toBeNull();
    // Every write on the current link was acknowledged.
    if (c.link?.wantsAcks) expect(c.saved.at(-1), `${at}: client ${i} saved`).toBe(c.writes.length);
  }
  expect(room!.doc.store.pendingStructs, `${at}: room pending`).toBeNull();

  // Presence: each client sees every client, with the identity the server stamped.
  const ids = clients.map((c) => c.doc.clientID).sort();
  expect([...room!.awareness.getStates().keys()].sort(), `${at}: room awareness`).toEqual(ids);
  for (const [i, c] of clients.entries()) {
    expect([...c.awareness.getStates().keys()].sort(), `${at}: client ${i} awareness`).toEqual(ids);
    const seen = room!.awareness.getStates().get(c.doc.clientID) as { user?: { name?: string }; cursor?: number };
    expect(seen.user?.name, `${at}: client ${i} stamped name`).toBe(`User ${i}`);
    expect(seen.cursor, `${at}: client ${i} cursor`).toBe(c.awareness.getLocalState()?.cursor);
  }

  // Whoever leaves last takes their presence along, however often they reconnected before.
  const leaver = clients[seed % clients.length]!;
  leaver.disconnect();
  await settle(run, false);
  const remaining = clients
    .filter((c) => c !== leaver)
    .map((c) => c.doc.clientID)
    .sort();
  expect([...room!.awareness.getStates().keys()].sort(), `${at}: room awareness after a client left`).toEqual(remaining);
  for (const [i, c] of clients.entries()) {
    if (c === leaver) continue;
    expect([...c.awareness.getStates().keys()].sort(), `${at}: client ${i} awareness after a client left`).toEqual(remaining);
  }

  // A room loaded afresh from the same storage holds the same document.
  const fresh = new Room(KEY, storage.documents, { compactAfterUpdates: 1e9, compactAfterBytes: 1e9, log: () => {} });
  await fresh.load();
  expect(fresh.doc.getText('t').toString(), `${at}: reloaded text`).toBe(text);
  expect(fragmentJSON(fresh.doc.getXmlFragment('x')), `${at}: reloaded xml`).toBe(xml);
  expect(Y.encodeStateVector(fresh.doc), `${at}: reloaded state vector`).toEqual(vector);
  fresh.destroy();
}

describe('room fuzz: random concurrent editing over randomly interleaved in-memory sockets', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(SEEDS)('seed %i: clients, room and storage converge', async (seed) => {
    const random = createRandom(seed);
    const run = setUp(random);
    try {
      for (const client of run.clients) if (random.chance(0.75)) client.connect();
      for (let i = 0; i < STEPS; i++) await step(random, run);
      await settle(run);
      await check(run, seed);
    } finally {
      for (const client of run.clients) client.destroy();
      await run.registry.closeAll();
      vi.advanceTimersByTime(UNLOAD_MS);
      await tick();
    }
  });
});
