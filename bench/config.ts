/** Knobs: environment variables BENCH_<NAME> or command-line flags --<name>=<value> (flags win). */

export const SERVER_KINDS = ['reference', 'ours', 'raw'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const SCENARIOS = ['fanout', 'memory', 'large', 'browser', 'history', 'scaleout', 'soak'] as const;
/**
 * `browser` (Chromium against a full dossier, see bench/browser.ts), `history` (version history at 100k
 * edits, in process), `scaleout` and `soak` (several instances on PostgreSQL and Redis, bench/scaleout/)
 * run only when asked for.
 */
const DEFAULT_SCENARIOS: Scenario[] = ['fanout', 'memory', 'large'];
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchConfig {
  rooms: number;
  clients: number;
  writers: number;
  rate: number;
  warmS: number;
  measureS: number;
  drainMs: number;
  fanoutRounds: number;
  idleConns: number;
  idleRooms: number;
  idleAwareness: boolean;
  /** Force a full GC in the server (through a loopback inspector) before each RSS reading. */
  gc: boolean;
  docs: number;
  largeEdits: number;
  largeBatch: number;
  largeSamples: number;
  coldRestarts: number;
  settleMs: number;
  tolerance: number;
  scaleIdleConns: number;
  scaleIdleRooms: number;
  soakSeconds: number;
  soakWriters: number;
  soakRate: number;
  servers: ServerKind[];
  scenarios: Scenario[];
  output: string;
  /** PostgreSQL of the scale-out scenarios: each run creates and drops a schema of its own there. */
  databaseUrl: string;
  /** Redis of the scale-out scenarios: each run uses a channel prefix of its own. */
  redisUrl: string;
}

interface IntKnob {
  key: keyof BenchConfig;
  def: number;
  min: number;
  max: number;
  help: string;
}

/** Every loop in the bench is bounded by these maxima. */
export const INT_KNOBS: IntKnob[] = [
  { key: 'rooms', def: 20, min: 1, max: 500, help: 'fan-out rooms (R)' },
  { key: 'clients', def: 5, min: 2, max: 50, help: 'clients per fan-out room (C)' },
  { key: 'writers', def: 5, min: 1, max: 50, help: 'writing clients per room (<= C)' },
  { key: 'rate', def: 10, min: 1, max: 200, help: 'insertions per second per writer' },
  { key: 'warmS', def: 2, min: 0, max: 60, help: 'warm-up seconds before the measured window' },
  { key: 'measureS', def: 5, min: 1, max: 120, help: 'measured seconds' },
  { key: 'fanoutRounds', def: 3, min: 1, max: 10, help: 'interleaved fan-out rounds per server (median reported)' },
  { key: 'drainMs', def: 3000, min: 100, max: 30000, help: 'max wait for in-flight deliveries after the window' },
  { key: 'idleConns', def: 1000, min: 2, max: 20000, help: 'idle connections for the memory test' },
  { key: 'idleRooms', def: 50, min: 1, max: 1000, help: 'rooms the idle connections are spread over' },
  { key: 'docs', def: 200, min: 1, max: 5000, help: 'open documents (one client each) for the memory test' },
  { key: 'largeEdits', def: 100_000, min: 100, max: 1_000_000, help: 'single-character edits in the large document' },
  { key: 'largeBatch', def: 1000, min: 10, max: 100_000, help: 'edits sent between two sync barriers' },
  { key: 'largeSamples', def: 5, min: 1, max: 50, help: 'fresh-client syncs per server (median reported)' },
  { key: 'coldRestarts', def: 3, min: 1, max: 10, help: 'restarts of our server, one cold sync each' },
  { key: 'settleMs', def: 1000, min: 0, max: 30000, help: 'pause before reading RSS' },
  { key: 'scaleIdleConns', def: 5000, min: 2, max: 20000, help: 'idle connections on one instance (scaleout)' },
  { key: 'scaleIdleRooms', def: 500, min: 1, max: 5000, help: 'rooms those idle connections use (scaleout)' },
  { key: 'soakSeconds', def: 600, min: 30, max: 7200, help: 'length of the soak (soak)' },
  { key: 'soakWriters', def: 2, min: 1, max: 50, help: 'writers per room during the soak (<= clients)' },
  { key: 'soakRate', def: 5, min: 1, max: 200, help: 'insertions per second per writer during the soak' },
];

function readRaw(argv: string[], env: NodeJS.ProcessEnv): Map<string, string> {
  const raw = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('BENCH_') || value === undefined) continue;
    raw.set(
      name
        .slice(6)
        .toLowerCase()
        .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    );
  }
  for (const arg of argv) {
    const match = /^--([a-zA-Z][\w-]*)=(.*)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (use --name=value)`);
    raw.set(
      match[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      match[2]!,
    );
  }
  return raw;
}

function list<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (value === undefined || value === '') return [...allowed];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (!allowed.includes(item as T)) throw new Error(`${name}: unknown value ${item} (allowed: ${allowed.join(', ')})`);
  return allowed.filter((a) => items.includes(a));
}

export function loadConfig(argv = process.argv.slice(2), env = process.env): BenchConfig {
  const raw = readRaw(argv, env);
  const config: Record<string, unknown> = {};
  for (const knob of INT_KNOBS) {
    const text = raw.get(knob.key);
    raw.delete(knob.key);
    const value = text === undefined ? knob.def : Number(text);
    if (!Number.isInteger(value) || value < knob.min || value > knob.max) {
      throw new Error(`${knob.key}=${text}: expected an integer in [${knob.min}, ${knob.max}]`);
    }
    config[knob.key] = value;
  }
  const tolerance = Number(raw.get('tolerance') ?? '1.10');
  if (!(tolerance >= 1 && tolerance <= 10)) throw new Error('tolerance must be in [1, 10]');
  const result: BenchConfig = {
    ...(config as Omit<
      BenchConfig,
      'idleAwareness' | 'gc' | 'tolerance' | 'servers' | 'scenarios' | 'output' | 'databaseUrl' | 'redisUrl'
    >),
    idleAwareness: (raw.get('idleAwareness') ?? '1') !== '0',
    gc: (raw.get('gc') ?? '1') !== '0',
    tolerance,
    servers: list(raw.get('servers'), SERVER_KINDS, 'servers'),
    scenarios: raw.get('scenarios') ? list(raw.get('scenarios'), SCENARIOS, 'scenarios') : DEFAULT_SCENARIOS,
    output: raw.get('output') ?? 'bench/results/latest.json',
    databaseUrl: raw.get('databaseUrl') ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: raw.get('redisUrl') ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
  for (const key of ['idleAwareness', 'gc', 'tolerance', 'servers', 'scenarios', 'output', 'databaseUrl', 'redisUrl']) raw.delete(key);
  if (raw.size > 0) throw new Error(`unknown knob(s): ${[...raw.keys()].join(', ')}`);
  if (result.writers > result.clients) throw new Error('writers must be <= clients');
  if (result.idleRooms > result.idleConns) throw new Error('idleRooms must be <= idleConns');
  if (result.scaleIdleRooms > result.scaleIdleConns) throw new Error('scaleIdleRooms must be <= scaleIdleConns');
  if (result.soakWriters > result.clients) throw new Error('soakWriters must be <= clients');
  return result;
}
