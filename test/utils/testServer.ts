import type { Config } from '../../server/config.ts';
import { testConfig } from './testConfig.ts';
import { startServer, type JointlyServer } from '../../server/server.ts';
import type { Identity } from '../../server/auth/tokens.ts';
import type { Role } from '../../shared/roles.ts';
import { tempDir } from './tempDir.ts';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-bytes-long!!';

export interface TestServer {
  server: JointlyServer;
  dataDir: string;
  wsUrl: string;
  token(identity?: Partial<Identity> & { role?: Role }, ttlSeconds?: number): Promise<string>;
  /** Stops the server (keeping the data dir) and starts a new one on the same data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real server, in this process, on port 0, with a real SQLite file in a temp dir. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dir = tempDir('server');
  const config = testConfig({ dataDir: dir.path, authSecret: TEST_SECRET, ...overrides });
  let server = await startServer(config);
  const handle: TestServer = {
    get server() {
      return server;
    },
    dataDir: dir.path,
    get wsUrl() {
      return `ws://127.0.0.1:${server.port}/sync`;
    },
    token: (identity = {}, ttl = 3600) =>
      server.tokens.sign({ userId: 'u1', name: 'Test User', consortiumId: 'c1', partnerId: 'p1', role: 'editor', ...identity }, ttl),
    async restart() {
      await server.close();
      server = await startServer(config);
    },
    async stop() {
      await server.close();
      dir.remove();
    },
  };
  return handle;
}
