import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** Child processes of the bench: started, tracked, and all killed on exit, SIGINT or SIGTERM. */

const live = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];
const OUTPUT_KEEP = 64 * 1024;

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  /** Milliseconds from spawn to the ready line. */
  readonly startMs: number;
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the time it took to exit. */
  stop(graceMs?: number): Promise<number>;
}

export interface SpawnOptions {
  name: string;
  args: string[];
  env: Record<string, string>;
  /** The ready line; group 1, when present, is the port. */
  ready: RegExp;
  port?: number;
  timeoutMs?: number;
}

export async function spawnChild(options: SpawnOptions): Promise<Child> {
  const started = performance.now();
  const proc = spawn(process.execPath, options.args, {
    cwd: process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);
  let output = '';
  const append = (chunk: string) => {
    output = (output + chunk).slice(-OUTPUT_KEEP);
  };
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    proc.once('exit', (code, signal) => {
      live.delete(proc);
      done({ code, signal });
    });
  });
  proc.stdout!.setEncoding('utf8');
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', append);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.name} not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    proc.stdout!.on('data', (chunk: string) => {
      append(chunk);
      const match = options.ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const port = match[1] ? Number(match[1]) : options.port;
      if (port === undefined || !Number.isInteger(port)) reject(new Error(`${options.name}: no port in ${match[0]}`));
      else resolve(port);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  }).catch((error: unknown) => {
    proc.kill('SIGKILL');
    throw error;
  });
  const startMs = performance.now() - started;
  let stopping: Promise<number> | undefined;
  return {
    name: options.name,
    pid: proc.pid!,
    port,
    startMs,
    output: () => output,
    exited,
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        const t0 = performance.now();
        if (proc.exitCode !== null || proc.signalCode !== null) return 0;
        proc.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const forced = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
        await Promise.race([exited, forced]);
        clearTimeout(timer);
        if (proc.exitCode === null && proc.signalCode === null) {
          proc.kill('SIGKILL');
          await exited;
        }
        return performance.now() - t0;
      })();
      return stopping;
    },
  };
}

/** Kills every child still running, by its own pid. */
export function killAll(): void {
  for (const proc of live) {
    try {
      proc.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Registers a directory to delete on exit. */
export function removeOnExit(dir: string): void {
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
}

function cleanupAll(): void {
  killAll();
  for (const fn of cleanups.splice(0)) {
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
}

export function installExitHandlers(): void {
  process.once('exit', cleanupAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping child processes`);
      cleanupAll();
      process.exit(130);
    });
  }
}

export const CLK_TCK = (() => {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of a process (all its threads), in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`cannot parse /proc/${pid}/stat`);
  return ((utime + stime) * 1000) / CLK_TCK;
}

/** Resident set size in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** Peak resident set size in bytes since the process started (VmHWM of /proc/<pid>/status). */
export function peakRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** A port free on 127.0.0.1 right now (for the reference server, which cannot report port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** I/O counters of a process from /proc/<pid>/io: write syscalls, and bytes sent to the storage layer. */
export function procIo(pid: number): { syscw: number; writeBytes: number } {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(io)?.[1] ?? Number.NaN);
  return { syscw: field('syscw'), writeBytes: field('write_bytes') };
}
