import type { BenchConfig } from '../config.ts';
import { awarenessMessage, IdleClient, YClient } from '../clients.ts';
import { medianOfRounds, runFanout, type FanoutResult } from '../fanout.ts';
import { peakRssBytes, rssBytes } from '../procs.ts';
import { pool } from '../stats.ts';
import { startInstances, type Setup } from './cluster.ts';

/**
 * `BENCH_SCENARIOS=scaleout`: the fan-out load of the `fanout` scenario on one instance on SQLite,
 * one on PostgreSQL + Redis, and two and three instances on PostgreSQL + Redis with each room's
 * clients spread over them; then idle connections on one instance (peak RSS). See bench/README.md.
 */

export interface SetupSpec {
  key: 'sqlite1' | 'pg1' | 'pg2' | 'pg3';
  label: string;
  instances: number;
  setup: Setup;
}

export const SETUPS: SetupSpec[] = [
  { key: 'sqlite1', label: '1 instance, SQLite', instances: 1, setup: 'sqlite' },
  { key: 'pg1', label: '1 instance, PostgreSQL + Redis', instances: 1, setup: 'postgres+redis' },
  { key: 'pg2', label: '2 instances, PostgreSQL + Redis', instances: 2, setup: 'postgres+redis' },
  { key: 'pg3', label: '3 instances, PostgreSQL + Redis', instances: 3, setup: 'postgres+redis' },
];

export interface IdleScaleResult {
  connections: number;
  rooms: number;
  /** VmHWM of the instance once every connection is open (its peak since start). */
  peakRssBytes: number;
  rssBytes: number;
  openMs: number;
}

export interface ScaleoutResult {
  fanout: Partial<Record<SetupSpec['key'], FanoutResult>>;
  rounds: Partial<Record<SetupSpec['key'], FanoutResult[]>>;
  idle: IdleScaleResult;
}

type Log = (msg: string) => void;

export async function runScaleout(config: BenchConfig, seed: Uint8Array, rawOverhead: number, log: Log): Promise<ScaleoutResult> {
  const rounds: ScaleoutResult['rounds'] = {};
  // Interleaved, a fresh cluster each round, like the fanout scenario: a noisy moment hits every setup.
  for (let round = 1; round <= config.fanoutRounds; round++) {
    for (const spec of SETUPS) {
      log(`scale-out fan-out, ${spec.label} (round ${round}/${config.fanoutRounds}): ${config.rooms} rooms x ${config.clients} clients`);
      const cluster = await startInstances(config, spec.instances, spec.setup);
      try {
        // Under load several instances deliver later, not never: give stragglers time before calling them lost.
        const r = await runFanout(cluster, { ...config, drainMs: Math.max(config.drainMs, 10_000) }, seed, rawOverhead);
        (rounds[spec.key] ??= []).push(r);
        log(
          `  p50 ${r.latencyMs.p50.toFixed(2)} ms, p99 ${r.latencyMs.p99.toFixed(2)} ms, ${r.cpuUsPerDelivered.toFixed(1)} µs CPU/delivery, lost ${r.lost}`,
        );
      } finally {
        await cluster.stop();
      }
    }
  }
  const fanout: ScaleoutResult['fanout'] = {};
  for (const [key, list] of Object.entries(rounds)) fanout[key as SetupSpec['key']] = medianOfRounds(list);

  log(`scale-out idle: ${config.scaleIdleConns} connections in ${config.scaleIdleRooms} rooms on one instance (PostgreSQL + Redis)`);
  const idle = await runIdleScale(config, seed);
  log(`  peak RSS ${(idle.peakRssBytes / 2 ** 20).toFixed(1)} MiB, opened in ${(idle.openMs / 1000).toFixed(1)} s`);
  return { fanout, rounds, idle };
}

/** One seeded client per room (provisions the consortium and loads its dossier), then idle ones up to the total. */
async function runIdleScale(config: BenchConfig, seed: Uint8Array): Promise<IdleScaleResult> {
  const cluster = await startInstances(config, 1, 'postgres+redis');
  const clients: { close(): Promise<void> }[] = [];
  try {
    const started = performance.now();
    const rooms = Array.from({ length: config.scaleIdleRooms }, (_, r) => `idle-${r}`);
    await pool(rooms, 20, async (room, r) => {
      const client = new YClient(await cluster.url(room, r), r);
      clients.push(client);
      await client.open();
      client.seed(seed);
      await client.barrier();
    });
    const extra = Array.from({ length: config.scaleIdleConns - config.scaleIdleRooms }, (_, i) => config.scaleIdleRooms + i);
    await pool(extra, 50, async (user, i) => {
      const aw = awarenessMessage(1_000_000 + user, `Bench ${user}`);
      const client = new IdleClient(await cluster.url(rooms[i % rooms.length]!, user), true, aw);
      clients.push(client);
      await client.open();
    });
    const openMs = performance.now() - started;
    const pid = cluster.child.pid;
    return {
      connections: config.scaleIdleConns,
      rooms: config.scaleIdleRooms,
      peakRssBytes: peakRssBytes(pid),
      rssBytes: rssBytes(pid),
      openMs,
    };
  } finally {
    await pool(clients, 200, (client) => client.close());
    await cluster.stop();
  }
}

const MiB = 2 ** 20;
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}x` : '-';

/** The table and the ratio lines the bench prints. */
export function renderScaleout(result: ScaleoutResult): string {
  const header = ['setup', 'p50 ms', 'p99 ms', 'CPU µs/delivery', 'delivered/s', 'lost'];
  const body = SETUPS.filter((s) => result.fanout[s.key]).map((s) => {
    const f = result.fanout[s.key]!;
    return [
      s.label,
      f.latencyMs.p50.toFixed(2),
      f.latencyMs.p99.toFixed(2),
      f.cpuUsPerDelivered.toFixed(1),
      f.deliveredPerS.toFixed(0),
      String(f.lost),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const f = result.fanout;
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), ''];
  for (const [a, b, what] of [
    ['pg2', 'pg1', '2 instances / 1 instance'],
    ['pg3', 'pg1', '3 instances / 1 instance'],
    ['pg1', 'sqlite1', 'PostgreSQL + Redis / SQLite (1 instance)'],
  ] as const) {
    lines.push(
      `${what}: p99 ${ratio(f[a]?.latencyMs.p99, f[b]?.latencyMs.p99)}, CPU per delivered update ${ratio(f[a]?.cpuUsPerDelivered, f[b]?.cpuUsPerDelivered)}`,
    );
  }
  const { idle } = result;
  lines.push(
    `${idle.connections} idle connections in ${idle.rooms} rooms on one instance: peak RSS ${(idle.peakRssBytes / MiB).toFixed(1)} MiB (goal <= 600), ${(idle.rssBytes / MiB).toFixed(1)} MiB after opening`,
  );
  return lines.join('\n');
}
