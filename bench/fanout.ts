import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BenchConfig } from './config.ts';
import { RawClient, YClient, type BenchClient } from './clients.ts';
import { cpuMs, procIo } from './procs.ts';
import { clock, median, pool, sleep, summarize, waitUntil, type Summary } from './stats.ts';
import type { Target } from './targets.ts';

/** Scenarios 1 and 2: fan-out latency, server CPU per delivered update, throughput. */

export interface FanoutResult {
  rooms: number;
  clientsPerRoom: number;
  writersPerRoom: number;
  ratePerWriter: number;
  connectMs: number;
  windowS: number;
  /** Updates sent inside the measured window. */
  sent: number;
  /** Deliveries to other clients of the room received inside the window. */
  delivered: number;
  /** Deliveries of in-window updates expected and received by the end of the drain. */
  expected: number;
  received: number;
  lost: number;
  /** Copies of a writer's own update sent back to it (the reference server echoes). */
  echoes: number;
  latencyMs: Summary;
  serverCpuMs: number;
  cpuUsPerDelivered: number;
  /** Write syscalls (sockets and files) of the server per delivered update. */
  writeSyscallsPerDelivered: number;
  /** Bytes the server sent to the storage layer per update sent in the window (0 without persistence). */
  storageBytesPerUpdate: number;
  deliveredPerS: number;
  /** Event-loop delay of the load generator during the window (validity check). */
  loadGenLagP99Ms: number;
}

/** CPU ms of every process serving the target (one, or each instance of a scale-out cluster). */
export function targetCpuMs(target: Target): number {
  return (target.children ?? [target.child]).reduce((sum, child) => sum + cpuMs(child.pid), 0);
}

function serverIo(target: Target): { syscw: number; writeBytes: number } {
  const all = (target.children ?? [target.child]).map((child) => procIo(child.pid));
  return { syscw: all.reduce((s, io) => s + io.syscw, 0), writeBytes: all.reduce((s, io) => s + io.writeBytes, 0) };
}

export async function runFanout(target: Target, config: BenchConfig, seed: Uint8Array, rawOverhead: number): Promise<FanoutResult> {
  const { rooms, clients: perRoom, writers: writersPerRoom, rate } = config;
  const clients: BenchClient[] = [];
  for (let r = 0; r < rooms; r++) {
    for (let c = 0; c < perRoom; c++) {
      const id = r * perRoom + c;
      const url = await target.url(`fan-${r}`, id);
      clients.push(target.yjs ? new YClient(url, id) : new RawClient(url, id, rawOverhead));
    }
  }

  let t0 = Number.POSITIVE_INFINITY;
  let t1 = Number.POSITIVE_INFINITY;
  let delivered = 0;
  let received = 0;
  let echoes = 0;
  const latencies: number[] = [];
  const maxSamples = 5_000_000;
  for (const client of clients) {
    client.onMarker = (sender, sentAt, receivedAt) => {
      if (sender === client.id) {
        echoes++;
        return;
      }
      if (receivedAt >= t0 && receivedAt <= t1) delivered++;
      if (sentAt >= t0 && sentAt <= t1) {
        received++;
        if (latencies.length < maxSamples) latencies.push(receivedAt - sentAt);
      }
    };
  }

  const started = clock();
  try {
    // First client of each room: seeds the reference server with the same document ours starts with.
    const firsts = clients.filter((_, i) => i % perRoom === 0);
    await pool(firsts, 20, async (client) => {
      await client.open();
      if (client instanceof YClient) {
        client.seed(seed);
        await client.barrier();
      }
    });
    await pool(
      clients.filter((_, i) => i % perRoom !== 0),
      50,
      (client) => client.open(),
    );
    const connectMs = clock() - started;

    const writers = clients.filter((_, i) => i % perRoom < writersPerRoom);
    let sent = 0;
    let sending = true;
    const period = 1000 / rate;
    const timers: NodeJS.Timeout[] = [];
    for (const writer of writers) {
      // Spread the writers over the period so the load is steady, not in bursts.
      const start = setTimeout(() => {
        if (!sending) return;
        const tick = () => {
          if (!sending) return;
          const now = clock();
          if (now >= t0 && now <= t1) sent++;
          writer.appendMarker();
        };
        tick();
        timers.push(setInterval(tick, period));
      }, Math.random() * period);
      timers.push(start);
    }

    await sleep(config.warmS * 1000);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    t0 = clock();
    const cpu0 = targetCpuMs(target);
    const io0 = serverIo(target);
    await sleep(config.measureS * 1000);
    t1 = clock();
    const cpu1 = targetCpuMs(target);
    const io1 = serverIo(target);
    lag.disable();
    sending = false;
    for (const timer of timers) clearTimeout(timer);

    const expected = sent * (perRoom - 1);
    await waitUntil(() => received >= expected, config.drainMs);
    const windowS = (t1 - t0) / 1000;
    const serverCpuMs = cpu1 - cpu0;
    return {
      rooms,
      clientsPerRoom: perRoom,
      writersPerRoom,
      ratePerWriter: rate,
      connectMs,
      windowS,
      sent,
      delivered,
      expected,
      received,
      lost: Math.max(0, expected - received),
      echoes,
      latencyMs: summarize(latencies),
      serverCpuMs,
      cpuUsPerDelivered: delivered > 0 ? (serverCpuMs * 1000) / delivered : Number.NaN,
      writeSyscallsPerDelivered: delivered > 0 ? (io1.syscw - io0.syscw) / delivered : Number.NaN,
      storageBytesPerUpdate: sent > 0 ? (io1.writeBytes - io0.writeBytes) / sent : Number.NaN,
      deliveredPerS: delivered / windowS,
      loadGenLagP99Ms: lag.percentile(99) / 1e6,
    };
  } finally {
    await pool(clients, 100, (client) => client.close());
  }
}

/** Element-wise median over interleaved rounds (`lost`: the worst round, so a loss is never hidden). */
export function medianOfRounds(rounds: FanoutResult[]): FanoutResult {
  const merge = (items: Record<string, unknown>[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(items[0]!)) {
      const values = items.map((item) => item[key]);
      if (typeof values[0] === 'number') out[key] = key === 'lost' ? Math.max(...(values as number[])) : median(values as number[]);
      else out[key] = merge(values as Record<string, unknown>[]);
    }
    return out;
  };
  return merge(rounds as unknown as Record<string, unknown>[]) as unknown as FanoutResult;
}
