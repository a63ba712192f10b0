import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { ServerKind } from './config.ts';
import { freePort, removeOnExit, spawnChild, type Child } from './procs.ts';
import { MEMORY_FLAGS } from './inspector.ts';

/** One server under test, started as its own process, and how clients address its rooms. */

export const AUTH_SECRET = 'jointly-bench-secret-that-is-at-least-32-bytes-long';
const secretKey = new TextEncoder().encode(AUTH_SECRET);
export const DOCUMENT = 'dossier';

export interface Target {
  readonly kind: ServerKind;
  readonly child: Child;
  /** Speaks the y-websocket protocol (reference, ours); the raw relay does not. */
  readonly yjs: boolean;
  readonly dataDir?: string;
  /** Several instances serving the same rooms (the scale-out scenario): CPU is summed over them. Default: [child]. */
  readonly children?: Child[];
  /** URL of `room` (a consortium id) for client number `user`. */
  url(room: string, user: number, options?: { acks?: boolean }): Promise<string>;
}

const tokens = new Map<string, Promise<string>>();

/** HS256 token with the claims of the token contract (docs/ARCHITECTURE.md, "Contracts"); one per (consortium, user), cached. */
export function token(consortium: string, user: number): Promise<string> {
  const key = `${consortium}\u0000${user}`;
  let found = tokens.get(key);
  if (!found) {
    found = new SignJWT({ name: `Bench ${user}`, consortium, partner: 'p1', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(`bench-user-${user}`)
      .setExpirationTime('2h')
      .sign(secretKey);
    tokens.set(key, found);
    if (tokens.size > 50_000) tokens.delete(tokens.keys().next().value!);
  }
  return found;
}

export function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jointly-bench-'));
  removeOnExit(dir);
  return dir;
}

/** `inspect`: start the process with a loopback inspector (the memory scenario forces GCs through it). */
/** `env`: extra settings for our server (e.g. DATABASE_URL and REDIS_URL in the scale-out scenario). */
export async function startTarget(
  kind: ServerKind,
  options: { dataDir?: string; inspect?: boolean; env?: Record<string, string> } = {},
): Promise<Target> {
  const flags = options.inspect ? MEMORY_FLAGS : [];
  if (kind === 'reference') {
    const port = await freePort();
    const child = await spawnChild({
      name: 'reference y-websocket server',
      args: [...flags, 'node_modules/@y/websocket-server/src/server.js'],
      env: { HOST: '127.0.0.1', PORT: String(port) },
      ready: /running at/,
      port,
    });
    const base = `ws://127.0.0.1:${child.port}`;
    return { kind, child, yjs: true, url: async (room) => `${base}/${room}/${DOCUMENT}` };
  }
  if (kind === 'raw') {
    const child = await spawnChild({
      name: 'raw relay',
      args: [...flags, '--import', 'tsx', 'bench/rawRelay.ts'],
      env: { HOST: '127.0.0.1', PORT: '0' },
      ready: /RAW_RELAY_LISTENING (\d+)/,
    });
    const base = `ws://127.0.0.1:${child.port}`;
    return { kind, child, yjs: false, url: async (room) => `${base}/${room}/${DOCUMENT}` };
  }
  const dataDir = options.dataDir ?? newDataDir();
  const child = await spawnChild({
    name: 'Jointly server',
    // As `npm start` runs it: the compiled server (built once by the first start if stale), no tsx.
    args: [...flags, 'scripts/start.mjs'],
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AUTH_SECRET,
      DEMO: '0',
      SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      MAX_MESSAGES_PER_SECOND: '100000',
      MAX_CONNECTIONS_PER_IP: '100000',
      MAX_CONNECTIONS_PER_ROOM: '100000',
      ...options.env,
    },
    ready: /JOINTLY_LISTENING (\d+)/,
  });
  const base = `ws://127.0.0.1:${child.port}/sync`;
  return {
    kind,
    child,
    yjs: true,
    dataDir,
    url: async (room, user, opts) => `${base}/${room}/${DOCUMENT}?token=${await token(room, user)}${opts?.acks ? '&acks=1' : ''}`,
  };
}
