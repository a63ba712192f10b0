import type { BenchConfig, ServerKind } from './config.ts';
import type { FanoutResult } from './fanout.ts';
import type { LargeResult } from './largeDoc.ts';
import type { DocsResult, IdleResult } from './memory.ts';

/** The table, the ratios, the PASS/WARN lines and the JSON document. */

export interface ServerResults {
  fanout?: FanoutResult;
  /** Every round when `fanoutRounds` > 1 (`fanout` is then their median). */
  fanoutRounds?: FanoutResult[];
  idle?: IdleResult;
  docs?: DocsResult;
  large?: LargeResult;
}
export type AllResults = Partial<Record<ServerKind, ServerResults>>;

type Getter = (r: ServerResults, kind: ServerKind) => number | undefined;
interface RowSpec {
  section: string;
  label: string;
  unit: string;
  get: Getter;
  /** Compared with the reference against the design target (ratio <= tolerance). */
  target?: boolean;
}

const KiB = 1024;
const MiB = 1024 * 1024;

const ROWS: RowSpec[] = [
  { section: 'fan-out', label: 'delivery latency p50', unit: 'ms', get: (r) => r.fanout?.latencyMs.p50, target: true },
  { section: 'fan-out', label: 'delivery latency p95', unit: 'ms', get: (r) => r.fanout?.latencyMs.p95, target: true },
  { section: 'fan-out', label: 'delivery latency p99', unit: 'ms', get: (r) => r.fanout?.latencyMs.p99, target: true },
  { section: 'fan-out', label: 'server CPU per delivered update', unit: 'µs', get: (r) => r.fanout?.cpuUsPerDelivered, target: true },
  { section: 'fan-out', label: 'server write syscalls per delivery', unit: 'calls', get: (r) => r.fanout?.writeSyscallsPerDelivered },
  { section: 'fan-out', label: 'storage bytes written per update', unit: 'B', get: (r) => r.fanout?.storageBytesPerUpdate },
  { section: 'fan-out', label: 'throughput (delivered updates)', unit: '/s', get: (r) => r.fanout?.deliveredPerS },
  {
    section: 'fan-out',
    label: 'server CPU in window',
    unit: '%core',
    get: (r) => r.fanout && (r.fanout.serverCpuMs / (r.fanout.windowS * 1000)) * 100,
  },
  { section: 'fan-out', label: 'lost deliveries', unit: 'count', get: (r) => r.fanout?.lost },
  { section: 'fan-out', label: 'echoes to the sender', unit: 'count', get: (r) => r.fanout?.echoes },
  { section: 'fan-out', label: 'load-generator loop lag p99', unit: 'ms', get: (r) => r.fanout?.loadGenLagP99Ms },
  { section: 'memory', label: 'RSS at start', unit: 'MiB', get: (r) => r.idle && r.idle.rssStartBytes / MiB },
  { section: 'memory', label: 'RSS per idle connection', unit: 'KiB', get: (r) => r.idle && r.idle.bytesPerItem / KiB },
  { section: 'memory', label: 'RSS per open document (+1 conn)', unit: 'KiB', get: (r) => r.docs && r.docs.bytesPerItem / KiB },
  { section: 'large doc', label: 'ingest of the edits', unit: 's', get: (r) => r.large?.ingestMs && r.large.ingestMs / 1000 },
  { section: 'large doc', label: 'server CPU per ingested edit', unit: 'µs', get: (r) => r.large?.cpuUsPerEdit },
  { section: 'large doc', label: 'sync step 2 size', unit: 'KiB', get: (r) => r.large && r.large.syncBytes / KiB },
  {
    section: 'large doc',
    label: 'fresh sync (ours: after restart)',
    unit: 'ms',
    get: (r, kind) => (kind === 'ours' ? r.large?.coldSyncMs : r.large?.warmSyncMs),
  },
  { section: 'large doc', label: 'fresh sync, doc in memory', unit: 'ms', get: (r) => r.large?.warmSyncMs },
  {
    section: 'large doc',
    label: '  of which step 2 arrival',
    unit: 'ms',
    get: (r, kind) => (kind === 'raw' ? r.large?.warmSyncMs : r.large?.warmRecvMs),
  },
  { section: 'large doc', label: 'restart to listening', unit: 'ms', get: (r) => r.large?.restartMs },
  { section: 'large doc', label: 'log rows at restart', unit: 'rows', get: (r) => r.large?.logRowsAtRestart },
  {
    section: 'large doc',
    label: 'data folder at rest (running)',
    unit: 'MiB',
    get: (r) => r.large?.dataDirBytesAtRest && r.large.dataDirBytesAtRest / MiB,
  },
  {
    section: 'large doc',
    label: 'data folder after stop',
    unit: 'MiB',
    get: (r) => r.large?.dataDirBytesAfterStop && r.large.dataDirBytesAfterStop / MiB,
  },
  {
    section: 'large doc',
    label: 'data folder at rest / step 2 size',
    unit: 'x',
    get: (r) => r.large?.dataDirBytesAtRest && r.large.dataDirBytesAtRest / r.large.syncBytes,
  },
];

export interface Row {
  section: string;
  label: string;
  unit: string;
  reference?: number;
  ours?: number;
  raw?: number;
  oursOverReference?: number;
  oursOverRaw?: number;
}

export interface Verdict {
  status: 'PASS' | 'WARN' | 'SKIP';
  message: string;
}

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
/** Only against a positive denominator: a delta below the RSS resolution can come out <= 0. */
const ratio = (a?: number, b?: number) => (finite(a) && finite(b) && b > 0 && a >= 0 ? a / b : undefined);

export function buildRows(results: AllResults): Row[] {
  return ROWS.map((spec) => {
    const value = (kind: ServerKind) => {
      const r = results[kind];
      const v = r ? spec.get(r, kind) : undefined;
      return finite(v) ? v : undefined;
    };
    const row: Row = {
      section: spec.section,
      label: spec.label,
      unit: spec.unit,
      reference: value('reference'),
      ours: value('ours'),
      raw: value('raw'),
    };
    row.oursOverReference = ratio(row.ours, row.reference);
    row.oursOverRaw = ratio(row.ours, row.raw);
    return row;
  });
}

export function verdicts(results: AllResults, rows: Row[], config: BenchConfig): Verdict[] {
  const out: Verdict[] = [];
  for (const spec of ROWS.filter((s) => s.target)) {
    const row = rows.find((r) => r.label === spec.label)!;
    const name = `${spec.label} ours/reference`;
    if (row.oursOverReference === undefined) out.push({ status: 'SKIP', message: `${name}: not measured` });
    else {
      const ok = row.oursOverReference <= config.tolerance;
      out.push({
        status: ok ? 'PASS' : 'WARN',
        message: `${name} = ${row.oursOverReference.toFixed(2)} (${fmt(row.ours)} vs ${fmt(row.reference)} ${spec.unit}; target <= ${config.tolerance.toFixed(2)})`,
      });
    }
  }
  for (const [kind, r] of Object.entries(results) as [ServerKind, ServerResults][]) {
    if (r.fanout && r.fanout.lost > 0)
      out.push({ status: 'WARN', message: `${kind}: ${r.fanout.lost} of ${r.fanout.expected} deliveries missing after the drain` });
    if (r.fanout && r.fanout.loadGenLagP99Ms > 20) {
      out.push({
        status: 'WARN',
        message: `${kind}: load generator event-loop lag p99 ${r.fanout.loadGenLagP99Ms.toFixed(1)} ms; latencies include it`,
      });
    }
  }
  return out;
}

function fmt(v: number | undefined): string {
  if (v === undefined) return '-';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1000) return v.toFixed(0);
  if (a >= 100) return v.toFixed(1);
  if (a >= 10) return v.toFixed(2);
  return v.toFixed(3);
}
const fmtRatio = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(2)}x`);

export function renderTable(rows: Row[]): string {
  const header = ['metric', 'unit', 'reference', 'ours', 'raw', 'ours/ref', 'ours/raw'];
  const body = rows
    .filter((r) => r.reference !== undefined || r.ours !== undefined || r.raw !== undefined)
    .map((r) => [
      `[${r.section}] ${r.label}`,
      r.unit,
      fmt(r.reference),
      fmt(r.ours),
      fmt(r.raw),
      fmtRatio(r.oursOverReference),
      fmtRatio(r.oursOverRaw),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
