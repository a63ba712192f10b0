import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { BenchConfig } from './config.ts';
import { encodeUpdate, YClient } from './clients.ts';
import { cpuMs } from './procs.ts';
import { clock, median, sleep, withTimeout } from './stats.ts';
import { mulberry32 } from '../test/utils/random.ts';
import { startTarget, DOCUMENT, type Target } from './targets.ts';

/** Scenario 4: a document with a long edit history; time until a fresh client is synced. */

const ROOM = 'large-0';
const WRITER = 900_001;
const INGEST_LIMIT_MS = 150_000;

export interface LargeEdits {
  /** One sync-update message per edit, identical for every server. */
  messages: Uint8Array[];
  /** State vector after each batch (seed included): the barrier then asks only for what is missing. */
  batchStateVectors: Uint8Array[];
  seedStateVector: Uint8Array;
  finalText: string;
  snapshotBytes: number;
  wireBytes: number;
  genMs: number;
}

/** Typing with backspaces and cursor jumps, one character per update, on top of the seed. */
export function generateEdits(count: number, batch: number, seed: Uint8Array): LargeEdits {
  const t0 = clock();
  const doc = new Y.Doc();
  doc.clientID = 4_242_424;
  Y.applyUpdate(doc, seed, 'seed');
  const seedStateVector = Y.encodeStateVector(doc);
  const text = doc.getText('bench');
  const messages: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'seed') messages.push(encodeUpdate(update));
  });
  const batchStateVectors: Uint8Array[] = [];
  // The same seed for every server, so each receives the very same edits.
  const random = mulberry32(20_240_917);
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.05 || cursor > text.length) cursor = Math.floor(random() * (text.length + 1));
    if (r >= 0.05 && r < 0.25 && cursor > 0) {
      text.delete(cursor - 1, 1);
      cursor--;
    } else {
      text.insert(cursor, String.fromCharCode(97 + Math.floor(random() * 26)));
      cursor++;
    }
    if ((i + 1) % batch === 0 || i === count - 1) batchStateVectors.push(Y.encodeStateVector(doc));
  }
  if (messages.length !== count) throw new Error(`generated ${messages.length} updates for ${count} edits`);
  const result: LargeEdits = {
    messages,
    batchStateVectors,
    seedStateVector,
    finalText: text.toString(),
    snapshotBytes: Y.encodeStateAsUpdate(doc).byteLength,
    wireBytes: messages.reduce((sum, m) => sum + m.byteLength, 0),
    genMs: clock() - t0,
  };
  doc.destroy();
  return result;
}

export interface LargeResult {
  edits: number;
  wireBytes: number;
  ingestMs?: number;
  ingestCpuMs?: number;
  cpuUsPerEdit?: number;
  /** Size of the sync step 2 a fresh client receives (raw: the payload it transfers). */
  syncBytes: number;
  /** Fresh client with the document in server memory (raw: connect + transfer of syncBytes). */
  warmSyncMs: number;
  warmSamples: number[];
  /** Until the step 2 arrived, before the client applied it. */
  warmRecvMs?: number;
  /** Ours only: first client after a restart (document loaded from disk). */
  coldSyncMs?: number;
  coldSamples?: number[];
  coldRecvMs?: number;
  restartMs?: number;
  stopMs?: number;
  logRowsAfterIngest?: number;
  /** Ours only: bytes of every file in DATA_DIR once the server is idle after the ingest, and after the graceful stop. */
  dataDirBytesAtRest?: number;
  dataDirBytesAfterStop?: number;
  logRowsAtRestart?: number;
  logBytesAtRestart?: number;
}

function dataDirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const s = statSync(join(dir, name));
    total += s.isDirectory() ? dataDirBytes(join(dir, name)) : s.size;
  }
  return total;
}

/** The data folder at rest: polled until three readings 500 ms apart agree (at most 10 s), since checkpoints run on a timer. */
async function restingDataDirBytes(dir: string): Promise<number> {
  const readings: number[] = [];
  const deadline = clock() + 10_000;
  for (;;) {
    readings.push(dataDirBytes(dir));
    const last = readings.slice(-3);
    if ((last.length === 3 && last.every((b) => b === last[0])) || clock() > deadline) return last.at(-1)!;
    await sleep(500);
  }
}

function logStats(dataDir: string): { rows: number; bytes: number } {
  const db = new Database(join(dataDir, 'jointly.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT COUNT(*) AS rows, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM doc_updates WHERE doc = ?')
      .get(`${ROOM}/${DOCUMENT}`) as { rows: number; bytes: number };
    return row;
  } finally {
    db.close();
  }
}

interface Sync {
  /** Until the client applied the server's sync step 2. */
  ms: number;
  /** Until that message arrived. */
  recvMs: number;
  bytes: number;
}

async function freshSync(target: Target, user: number, edits: LargeEdits): Promise<Sync> {
  const url = await target.url(ROOM, user);
  const t0 = clock();
  const client = new YClient(url, user);
  try {
    const bytes = await client.open(60_000);
    const ms = clock() - t0;
    const recvMs = client.step2At - t0;
    if (client.text.toString() !== edits.finalText) {
      throw new Error(`${target.kind}: fresh client got ${client.text.length} characters, expected ${edits.finalText.length}`);
    }
    return { ms, recvMs, bytes };
  } finally {
    await client.close();
  }
}

async function ingest(
  target: Target,
  edits: LargeEdits,
  config: BenchConfig,
  seed: Uint8Array,
): Promise<{ ms: number; cpu: number; writer: YClient }> {
  // Ours limits sync step 1 per connection, so there the barrier is its `saved` ack instead.
  const acks = target.kind === 'ours';
  const writer = new YClient(await target.url(ROOM, WRITER, { acks }), WRITER, false);
  const barrier = (sv: Uint8Array | undefined) => (acks ? writer.savedBarrier(60_000) : writer.barrier(60_000, sv));
  await writer.open();
  writer.sendRaw(encodeUpdate(seed)); // ours has it already; the reference gets the same document
  await barrier(edits.seedStateVector);
  const cpu0 = cpuMs(target.child.pid);
  const t0 = clock();
  for (let b = 0; b < edits.batchStateVectors.length; b++) {
    const end = Math.min(edits.messages.length, (b + 1) * config.largeBatch);
    for (let i = b * config.largeBatch; i < end; i++) writer.sendRaw(edits.messages[i]!);
    await barrier(edits.batchStateVectors[b]);
    if (clock() - t0 > INGEST_LIMIT_MS) throw new Error(`${target.kind}: ingest exceeded ${INGEST_LIMIT_MS} ms at batch ${b}`);
  }
  return { ms: clock() - t0, cpu: cpuMs(target.child.pid) - cpu0, writer };
}

/** Reference and ours. `target` is stopped here (ours is restarted `coldRestarts` times). */
export async function runLargeYjs(target: Target, config: BenchConfig, edits: LargeEdits, seed: Uint8Array): Promise<LargeResult> {
  const { ms: ingestMs, cpu: ingestCpuMs, writer } = await ingest(target, edits, config, seed);
  const warm: Sync[] = [];
  try {
    await freshSync(target, WRITER + 99, edits); // untimed: warms the client's and server's code paths
    for (let i = 0; i < config.largeSamples; i++) warm.push(await freshSync(target, WRITER + 1 + i, edits));
  } finally {
    await writer.close();
  }
  const result: LargeResult = {
    edits: edits.messages.length,
    wireBytes: edits.wireBytes,
    ingestMs,
    ingestCpuMs,
    cpuUsPerEdit: (ingestCpuMs * 1000) / edits.messages.length,
    syncBytes: warm[0]!.bytes,
    warmSyncMs: median(warm.map((w) => w.ms)),
    warmSamples: warm.map((w) => w.ms),
    warmRecvMs: median(warm.map((w) => w.recvMs)),
  };
  if (target.kind !== 'ours' || !target.dataDir) {
    await target.child.stop();
    return result;
  }
  result.logRowsAfterIngest = logStats(target.dataDir).rows;
  result.dataDirBytesAtRest = await restingDataDirBytes(target.dataDir);
  result.stopMs = await target.child.stop();
  result.dataDirBytesAfterStop = dataDirBytes(target.dataDir);
  const cold: Sync[] = [];
  const restarts: number[] = [];
  for (let i = 0; i < config.coldRestarts; i++) {
    const again = await startTarget('ours', { dataDir: target.dataDir });
    try {
      restarts.push(again.child.startMs);
      if (i === 0) {
        const stats = logStats(target.dataDir);
        result.logRowsAtRestart = stats.rows;
        result.logBytesAtRestart = stats.bytes;
      }
      cold.push(await freshSync(again, WRITER + 100 + i, edits));
    } finally {
      await again.child.stop();
    }
  }
  result.coldSamples = cold.map((c) => c.ms);
  result.coldSyncMs = median(result.coldSamples);
  result.coldRecvMs = median(cold.map((c) => c.recvMs));
  result.restartMs = median(restarts);
  return result;
}

function once(ws: WebSocket, event: 'open' | 'close'): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once(event, () => resolve());
    if (event === 'open') ws.once('error', reject);
  });
}

/** Raw baseline: a fresh socket connects, asks a peer on the relay for `bytes` bytes, receives them. */
export async function runLargeRaw(target: Target, config: BenchConfig, bytes: number, edits: LargeEdits): Promise<LargeResult> {
  const url = await target.url(ROOM, 0);
  const payload = Buffer.alloc(bytes, 0x61);
  const peer = new WebSocket(url, { perMessageDeflate: false });
  await withTimeout(once(peer, 'open'), 10_000, 'raw peer open');
  peer.on('message', (data: Buffer) => {
    if (data.byteLength === 1) peer.send(payload);
  });
  const samples: number[] = [];
  try {
    for (let i = -1; i < config.largeSamples; i++) {
      const t0 = clock();
      const fresh = new WebSocket(url, { perMessageDeflate: false });
      const got = new Promise<void>((resolve) => {
        fresh.on('message', (data: Buffer) => {
          if (data.byteLength === bytes) resolve();
        });
      });
      fresh.once('open', () => fresh.send(Buffer.from([1])));
      await withTimeout(got, 30_000, 'raw transfer');
      if (i >= 0) samples.push(clock() - t0); // the first one is an untimed warm-up
      const closed = once(fresh, 'close');
      fresh.close();
      await withTimeout(closed, 5_000, 'raw close');
    }
  } finally {
    peer.terminate();
    await target.child.stop();
  }
  return { edits: edits.messages.length, wireBytes: edits.wireBytes, syncBytes: bytes, warmSyncMs: median(samples), warmSamples: samples };
}
