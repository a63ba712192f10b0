import type { Config } from '../../server/config.ts';
import { testConfig } from './testConfig.ts';
import { startServer, type JointlyServer } from '../../server/server.ts';
import type { Identity } from '../../server/auth/tokens.ts';
import type { Role } from '../../shared/roles.ts';
import { TEST_SECRET } from './testServer.ts';
import { tempDir } from './tempDir.ts';

export interface Instance {
  server: JointlyServer;
  /** http://127.0.0.1:port */
  url: string;
  wsUrl: string;
}

export interface Cluster {
  instances: Instance[];
  /** A token every instance accepts (they share AUTH_SECRET). */
  token(identity?: Partial<Identity> & { role?: Role }, ttlSeconds?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `count` real servers in this process, each on port 0 with its own data dir, sharing storage
 * (DATABASE_URL) and Redis (REDIS_URL, REDIS_PREFIX) as instances behind a load balancer would.
 */
export async function startCluster(
  count: number,
  shared: Partial<Config> & { databaseUrl: string; redisUrl: string; redisPrefix: string },
): Promise<Cluster> {
  const dirs = Array.from({ length: count }, (_, i) => tempDir(`instance${i}`));
  const instances: Instance[] = [];
  try {
    // One after the other: the first applies the schema migrations (the others would wait on its lock anyway).
    for (const dir of dirs) {
      const server = await startServer(testConfig({ dataDir: dir.path, authSecret: TEST_SECRET, ...shared }));
      instances.push({ server, url: `http://127.0.0.1:${server.port}`, wsUrl: `ws://127.0.0.1:${server.port}/sync` });
    }
  } catch (error) {
    await Promise.allSettled(instances.map((i) => i.server.close()));
    for (const dir of dirs) dir.remove();
    throw error;
  }
  return {
    instances,
    token: (identity = {}, ttl = 3600) =>
      instances[0]!.server.tokens.sign(
        { userId: 'u1', name: 'Test User', consortiumId: 'c1', partnerId: 'p1', role: 'editor', ...identity },
        ttl,
      ),
    async stop() {
      await Promise.allSettled(instances.map((i) => i.server.close()));
      for (const dir of dirs) dir.remove();
    },
  };
}
