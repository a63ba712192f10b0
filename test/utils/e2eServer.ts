import type { Config } from '../../server/config.ts';
import { testConfig } from './testConfig.ts';
import { startServer, type JointlyServer } from '../../server/server.ts';
import { tempDir } from './tempDir.ts';
import { TEST_SECRET } from './testServer.ts';

/**
 * The real server for browser tests: in this process, SQLite in a temp dir, and — unlike
 * startTestServer's restart() — it can be stopped and later started again ON THE SAME PORT with
 * the same data dir, so open pages (whose socket URL is fixed) reconnect to it by themselves.
 */
export interface E2eServer {
  /** The running instance; throws while stopped. */
  readonly server: JointlyServer;
  /** http://127.0.0.1:<port>; stays the same across stop()/start(). */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly running: boolean;
  /** Closes the server (sockets dropped, data flushed and closed); the data dir is kept. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data dir. */
  start(): Promise<void>;
  /** Stops (if running) and deletes the data dir. Safe to call more than once. */
  dispose(): Promise<void>;
}

export async function startE2eServer(overrides: Partial<Config> = {}): Promise<E2eServer> {
  const dir = tempDir('e2e-server');
  let config = testConfig({ dataDir: dir.path, authSecret: TEST_SECRET, ...overrides });
  let current: JointlyServer | undefined = await startServer(config);
  // Pin the port the first start picked, so restarts come back where the pages look for them.
  config = { ...config, port: current.port };
  const url = current.url;
  const port = current.port;
  let disposed = false;

  return {
    get server() {
      if (!current) throw new Error('the e2e server is stopped');
      return current;
    },
    url,
    port,
    dataDir: dir.path,
    get running() {
      return current !== undefined;
    },
    async stop() {
      const s = current;
      current = undefined;
      await s?.close();
    },
    async start() {
      if (disposed) throw new Error('the e2e server was disposed');
      if (current) return;
      // The port was just released by this process; retry briefly in case the OS still holds it.
      let lastError: unknown;
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          current = await startServer(config);
          return;
        } catch (error) {
          lastError = error;
          if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw lastError;
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      const s = current;
      current = undefined;
      try {
        await s?.close();
      } finally {
        dir.remove();
      }
    },
  };
}
