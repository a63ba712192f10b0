import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { TokenService, type Identity } from '../../server/auth/tokens.ts';
import type { Role } from '../../shared/roles.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHILD_SECRET = 'child-server-secret-that-is-at-least-32-bytes';

export interface ChildServer {
  readonly proc: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly wsUrl: string;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const proc of live) proc.kill('SIGKILL');
});

/**
 * The real server as a separate process on a free port; resolves once it printed `JOINTLY_LISTENING <port>`.
 * By default from the sources (`node --import tsx server/start.ts`); with `production`, as `npm start`
 * runs it (`node scripts/start.mjs`: the compiled dist-server/, built first if stale).
 */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 30_000,
  options: { production?: boolean } = {},
): Promise<ChildServer> {
  const args = options.production ? ['scripts/start.mjs'] : ['--import', 'tsx', 'server/start.ts'];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AUTH_SECRET: CHILD_SECRET,
      DEMO: '0',
      SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      ROOM_UNLOAD_MS: '60000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    proc.once('exit', (code, signal) => {
      live.delete(proc);
      done({ code, signal });
    });
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /JOINTLY_LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    proc.stderr!.on('data', (chunk: string) => (output += chunk));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return { proc, pid: proc.pid!, port, wsUrl: `ws://127.0.0.1:${port}/sync`, output: () => output, exited };
}

/** Kills every server process still running (afterEach/afterAll, whatever happened). */
export async function killAllServers(): Promise<void> {
  const procs = [...live];
  await Promise.all(
    procs.map((proc) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
      const gone = new Promise<void>((done) => proc.once('exit', () => done()));
      proc.kill('SIGKILL');
      return gone;
    }),
  );
}

const tokens = new TokenService(CHILD_SECRET);

export function childToken(identity: Partial<Identity> & { role?: Role } = {}): Promise<string> {
  return tokens.sign({ userId: 'u1', name: 'Test User', consortiumId: 'c1', partnerId: 'p1', role: 'editor', ...identity }, 3600);
}
