import type { BenchConfig } from './config.ts';
import { awarenessMessage, IdleClient, RawClient, YClient, type BenchClient } from './clients.ts';
import { rssBytes } from './procs.ts';
import { collectGarbage, inspectorUrl } from './inspector.ts';
import { median, pool, sleep } from './stats.ts';
import type { Target } from './targets.ts';

/** Scenario 3: server RSS per idle connection and per open document. */

const STABLE_READINGS = 4;
const STABLE_BYTES = 256 * 1024;
const STABLE_MAX_MS = 8000;

/**
 * VmRSS once it is stable: after `settleMs`, readings every ~300 ms (each after a forced full GC when
 * the server runs with an inspector, `gc` knob) until STABLE_READINGS in a row are within
 * STABLE_BYTES; their median. Gives up waiting after STABLE_MAX_MS.
 */
async function settledRss(target: Target, settleMs: number): Promise<number> {
  const pid = target.child.pid;
  const inspector = inspectorUrl(target.child.output());
  await sleep(settleMs);
  const readings: number[] = [];
  const deadline = performance.now() + STABLE_MAX_MS;
  for (;;) {
    if (inspector) await collectGarbage(inspector, 1);
    await sleep(300);
    readings.push(rssBytes(pid));
    const last = readings.slice(-STABLE_READINGS);
    const stable = last.length === STABLE_READINGS && Math.max(...last) - Math.min(...last) <= STABLE_BYTES;
    if (stable || performance.now() > deadline) return median(last);
  }
}

/** Code paths warm (handshake, auth, provisioning) before the first reading. */
async function preWarm(target: Target): Promise<void> {
  const clients = await pool(
    Array.from({ length: 200 }, (_, i) => i),
    50,
    async (i) => {
      const client = new IdleClient(await target.url('memwarm-0', 100_000 + i), target.yjs);
      await client.open();
      return client;
    },
  );
  await pool(clients, 100, (client) => client.close());
}

async function openSeeded(target: Target, room: string, user: number, seed: Uint8Array): Promise<BenchClient> {
  const url = await target.url(room, user);
  if (!target.yjs) {
    const raw = new RawClient(url, user, 0);
    await raw.open();
    raw.sendRaw(seed); // nobody else on the path: the relay drops it
    return raw;
  }
  const client = new YClient(url, user);
  await client.open();
  client.seed(seed); // ours already has it (no-op); the reference gets the same document
  await client.barrier();
  return client;
}

const STEPS = 4;

export interface SteppedRss {
  /** RSS before the first step, then after each. */
  rssBytes: number[];
  /** Growth per item of each step. */
  stepBytesPerItem: number[];
  /**
   * Median of the steps. Processes started through tsx (ours, the raw relay) hand back 5–15 MiB of
   * tsx's own memory once, a few seconds into the run, whatever we do first; the step where that
   * happens comes out negative, and the median keeps it from deciding the figure.
   */
  bytesPerItem: number;
}

/** Opens `count` items in STEPS steps (RSS before and after each); `open` adds one and keeps it. */
async function stepped(
  target: Target,
  config: BenchConfig,
  count: number,
  concurrency: number,
  open: (i: number) => Promise<void>,
): Promise<SteppedRss> {
  const rss = [await settledRss(target, config.settleMs)];
  const perItem: number[] = [];
  const steps = Math.min(STEPS, count);
  for (let step = 0; step < steps; step++) {
    const from = Math.floor((step * count) / steps);
    const to = Math.floor(((step + 1) * count) / steps);
    await pool(
      Array.from({ length: to - from }, (_, k) => from + k),
      concurrency,
      open,
    );
    rss.push(await settledRss(target, config.settleMs));
    perItem.push((rss[rss.length - 1]! - rss[rss.length - 2]!) / (to - from));
  }
  return { rssBytes: rss, stepBytesPerItem: perItem, bytesPerItem: median(perItem) };
}

export interface IdleResult extends SteppedRss {
  rooms: number;
  connections: number;
  rssStartBytes: number;
}

/**
 * One seeded client per room first (loads the documents), then the remaining idle connections
 * spread over those rooms, in steps: the growth is per connection only.
 */
export async function runIdleMemory(target: Target, config: BenchConfig, seed: Uint8Array): Promise<IdleResult> {
  const clients: { close(): Promise<void> }[] = [];
  try {
    await preWarm(target);
    const rssStartBytes = await settledRss(target, config.settleMs);
    const rooms = Array.from({ length: config.idleRooms }, (_, r) => `idle-${r}`);
    clients.push(...(await pool(rooms, 20, (room, r) => openSeeded(target, room, r, seed))));
    const extra = config.idleConns - config.idleRooms;
    const result = await stepped(target, config, extra, 50, async (i) => {
      const user = config.idleRooms + i;
      const aw = target.yjs && config.idleAwareness ? awarenessMessage(1_000_000 + user, `Bench ${user}`) : undefined;
      const client = new IdleClient(await target.url(rooms[i % rooms.length]!, user), target.yjs, aw);
      clients.push(client);
      await client.open();
    });
    return { rooms: config.idleRooms, connections: extra, rssStartBytes, ...result };
  } finally {
    await pool(clients, 200, (client) => client.close());
  }
}

export interface DocsResult extends SteppedRss {
  /** Each document counts its one open connection. */
  documents: number;
}

const WARMUP_DOCS = 5;

/** A few documents first (provisioning warm), then `docs` more, each in its own consortium, one client each. */
export async function runDocMemory(target: Target, config: BenchConfig, seed: Uint8Array): Promise<DocsResult> {
  const clients: BenchClient[] = [];
  try {
    await preWarm(target);
    clients.push(...(await pool([0, 1, 2, 3, 4].slice(0, WARMUP_DOCS), 5, (i) => openSeeded(target, `docwarm-${i}`, i, seed))));
    const result = await stepped(target, config, config.docs, 20, async (i) => {
      clients.push(await openSeeded(target, `doc-${i}`, WARMUP_DOCS + i, seed));
    });
    return { documents: config.docs, ...result };
  } finally {
    await pool(clients, 200, (client) => client.close());
  }
}
