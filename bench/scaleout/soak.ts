import * as Y from 'yjs';
import type { BenchConfig } from '../config.ts';
import { YClient } from '../clients.ts';
import { rssBytes } from '../procs.ts';
import { clock, median, pool, sleep, summarize, waitUntil, type Summary } from '../stats.ts';
import { targetCpuMs } from '../fanout.ts';
import { startInstances } from './cluster.ts';
import { startTarget, type Target } from '../targets.ts';

/**
 * `BENCH_SCENARIOS=soak`: two instances on PostgreSQL + Redis under a moderate, steady load for
 * `soakSeconds` (default 600), then the reference y-websocket server under the same load for as
 * long. Each run is cut into windows (60 s, or a fifth of a run shorter than 3 minutes); the second
 * window (after warm-up) is compared with the last. Each writer keeps its own text in the room under
 * a fixed length (the oldest text is deleted as new text is added, and Yjs merges one writer's
 * tombstones), so the documents stay the same size: each window reports their encoded size to show
 * it, and growth in RSS is the server's own. The reference's drift under the same load is the yardstick.
 */

const INSTANCES = 2;
/** Characters a room's text is kept under during the soak (about 180 markers). */
const MAX_CHARS = 4_000;
const RSS_EVERY_MS = 5_000;
export const SOAK_TOLERANCE = 1.1;

export interface SoakWindow {
  startS: number;
  latencyMs: Summary;
  /** Median of the instances' summed RSS samples in the window. */
  rssBytes: number;
  /** Encoded size of all rooms' documents (as one client of each holds them) at the window's end. */
  docBytes: number;
  cpuUsPerDelivered: number;
}

export interface SoakArm {
  /** "ours" (two instances, PostgreSQL + Redis) or "reference" (one y-websocket server process). */
  server: 'ours' | 'reference';
  instances: number;
  seconds: number;
  windowS: number;
  rooms: number;
  clientsPerRoom: number;
  writersPerRoom: number;
  ratePerWriter: number;
  sent: number;
  lost: number;
  windows: SoakWindow[];
  /** Last window over the second one. */
  rssRatio: number;
  p99Ratio: number;
  p50Ratio: number;
  /** Worst window's p99 over the median window's (after warm-up): one bad minute shows here even when it is not the last. */
  p99Spike: number;
}

export interface SoakResult {
  ours: SoakArm;
  reference: SoakArm;
  /** Our drift over the reference's (last/second window of each): above 1, we grow more than the workload explains. */
  rssDriftVsReference: number;
  p99DriftVsReference: number;
  p99SpikeVsReference: number;
}

export async function runSoak(config: BenchConfig, seed: Uint8Array, log: (msg: string) => void): Promise<SoakResult> {
  const ours = await soakArm(config, seed, log, 'ours', await startInstances(config, INSTANCES, 'postgres+redis'), INSTANCES);
  const referenceTarget = await startTarget('reference');
  const reference = await soakArm(config, seed, log, 'reference', { ...referenceTarget, stop: () => referenceTarget.child.stop() }, 1);
  return {
    ours,
    reference,
    rssDriftVsReference: ours.rssRatio / reference.rssRatio,
    p99DriftVsReference: ours.p99Ratio / reference.p99Ratio,
    p99SpikeVsReference: ours.p99Spike / reference.p99Spike,
  };
}

async function soakArm(
  config: BenchConfig,
  seed: Uint8Array,
  log: (msg: string) => void,
  server: SoakArm['server'],
  cluster: Target & { stop(): Promise<unknown> },
  instances: number,
): Promise<SoakArm> {
  const { rooms, clients: perRoom, soakWriters: writersPerRoom, soakRate: rate, soakSeconds: seconds } = config;
  const windowS = seconds >= 180 ? 60 : Math.max(6, Math.floor(seconds / 5));
  const windowCount = Math.floor(seconds / windowS);
  const clients: YClient[] = [];
  try {
    for (let r = 0; r < rooms; r++) {
      for (let c = 0; c < perRoom; c++) clients.push(new YClient(await cluster.url(`soak-${r}`, r * perRoom + c), r * perRoom + c));
    }
    let tStart = Number.POSITIVE_INFINITY;
    const latencies: number[][] = Array.from({ length: windowCount }, () => []);
    const delivered = new Array<number>(windowCount).fill(0);
    const windowOf = (t: number) => Math.floor((t - tStart) / (windowS * 1000));
    let received = 0;
    for (const client of clients) {
      client.onMarker = (sender, sentAt, receivedAt) => {
        if (sender === client.id) return;
        const sentIn = windowOf(sentAt);
        if (sentIn >= 0 && sentIn < windowCount) {
          received++;
          latencies[sentIn]!.push(receivedAt - sentAt);
        }
        const receivedIn = windowOf(receivedAt);
        if (receivedIn >= 0 && receivedIn < windowCount) delivered[receivedIn]!++;
      };
    }
    await pool(
      clients.filter((_, i) => i % perRoom === 0),
      20,
      async (client) => {
        await client.open();
        client.seed(seed);
        await client.barrier();
      },
    );
    await pool(
      clients.filter((_, i) => i % perRoom !== 0),
      50,
      (client) => client.open(),
    );

    log(
      `soak (${server}): ${seconds} s on ${instances} instance(s), ${rooms} rooms x ${perRoom} clients, ${writersPerRoom} writers/room at ${rate}/s, windows of ${windowS} s`,
    );
    let sent = 0;
    let sending = true;
    const timers: NodeJS.Timeout[] = [];
    tStart = clock();
    const tEnd = tStart + windowCount * windowS * 1000;
    for (const writer of clients.filter((_, i) => i % perRoom < writersPerRoom)) {
      const start = setTimeout(
        () => {
          const tick = () => {
            if (!sending || clock() >= tEnd) return;
            sent++;
            writer.appendMarkerBounded(Math.floor(MAX_CHARS / writersPerRoom));
          };
          tick();
          timers.push(setInterval(tick, 1000 / rate));
        },
        Math.random() * (1000 / rate),
      );
      timers.push(start);
    }

    const rssSamples: number[][] = Array.from({ length: windowCount }, () => []);
    const cpuAt: number[] = [targetCpuMs(cluster)];
    const docBytes: number[] = [];
    const readers = clients.filter((_, i) => i % perRoom === perRoom - 1);
    for (let w = 0; w < windowCount; w++) {
      const windowEnd = tStart + (w + 1) * windowS * 1000;
      while (clock() < windowEnd - 50) {
        await sleep(Math.min(RSS_EVERY_MS, windowEnd - clock()));
        if (clock() < windowEnd + 500)
          rssSamples[w]!.push((cluster.children ?? [cluster.child]).reduce((sum, child) => sum + rssBytes(child.pid), 0));
      }
      cpuAt.push(targetCpuMs(cluster));
      docBytes.push(readers.reduce((sum, reader) => sum + Y.encodeStateAsUpdate(reader.doc).length, 0));
      const l = summarize(latencies[w]!);
      log(
        `  window ${w + 1}/${windowCount}: p99 ${l.p99.toFixed(1)} ms, RSS ${(median(rssSamples[w]!) / 2 ** 20).toFixed(1)} MiB, documents ${(docBytes[w]! / 1024).toFixed(0)} KiB`,
      );
    }
    sending = false;
    for (const timer of timers) clearTimeout(timer);
    const expected = sent * (perRoom - 1);
    await waitUntil(() => received >= expected, Math.max(config.drainMs, 10_000));

    const windows: SoakWindow[] = latencies.map((l, w) => ({
      startS: w * windowS,
      latencyMs: summarize(l),
      rssBytes: median(rssSamples[w]!),
      docBytes: docBytes[w]!,
      cpuUsPerDelivered: delivered[w]! > 0 ? ((cpuAt[w + 1]! - cpuAt[w]!) * 1000) / delivered[w]! : Number.NaN,
    }));
    const second = windows[1]!;
    const last = windows.at(-1)!;
    return {
      server,
      instances,
      seconds: windowCount * windowS,
      windowS,
      rooms,
      clientsPerRoom: perRoom,
      writersPerRoom,
      ratePerWriter: rate,
      sent,
      lost: Math.max(0, expected - received),
      windows,
      rssRatio: last.rssBytes / second.rssBytes,
      p99Ratio: last.latencyMs.p99 / second.latencyMs.p99,
      p50Ratio: last.latencyMs.p50 / second.latencyMs.p50,
      p99Spike: spike(windows.slice(1).map((w) => w.latencyMs.p99)),
    };
  } finally {
    await pool(clients, 100, (client) => client.close());
    await cluster.stop();
  }
}

export function renderSoak(r: SoakResult): string {
  const lines: string[] = [];
  for (const arm of [r.ours, r.reference]) {
    const where = arm.server === 'ours' ? `${arm.instances} instances (PostgreSQL + Redis)` : 'the reference y-websocket server';
    lines.push(
      `soak, ${where}: ${arm.seconds} s, ${arm.rooms} rooms x ${arm.clientsPerRoom} clients, ${arm.writersPerRoom} writers/room at ${arm.ratePerWriter}/s; ${arm.sent} updates, lost ${arm.lost}`,
      'window    p50 ms   p99 ms   RSS MiB   docs KiB   CPU µs/delivery',
    );
    for (const w of arm.windows) {
      lines.push(
        `${String(w.startS).padStart(4)} s  ${w.latencyMs.p50.toFixed(2).padStart(7)}  ${w.latencyMs.p99.toFixed(2).padStart(7)}  ${(w.rssBytes / 2 ** 20).toFixed(1).padStart(8)}  ${(w.docBytes / 1024).toFixed(0).padStart(9)}  ${w.cpuUsPerDelivered.toFixed(1).padStart(16)}`,
      );
    }
    lines.push(
      `last window / second window: RSS ${arm.rssRatio.toFixed(2)}x, p50 ${arm.p50Ratio.toFixed(2)}x, p99 ${arm.p99Ratio.toFixed(2)}x; worst p99 / median p99 ${arm.p99Spike.toFixed(2)}x`,
      '',
    );
  }
  lines.push(
    `drift, ours over reference: RSS ${r.rssDriftVsReference.toFixed(2)}x, p99 ${r.p99DriftVsReference.toFixed(2)}x, p99 spike ${r.p99SpikeVsReference.toFixed(2)}x (goal <= ${SOAK_TOLERANCE.toFixed(2)}x each)`,
  );
  return lines.join('\n');
}

function spike(values: number[]): number {
  const med = median(values);
  return med > 0 ? Math.max(...values) / med : Number.NaN;
}
