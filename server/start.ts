import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, configFromEnv } from './config.ts';
import { ensureDemo } from './consortia/demo.ts';
import { createLogger, printForHumans, type Logger } from './logger.ts';
import { CLIENT_DIST, startServer } from './server.ts';

const root = resolve(import.meta.dirname, '..');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** `npm start` must work on a fresh clone: build the client when dist/ is missing or older than its sources. */
function buildClientIfStale(log: Logger): void {
  const built = join(CLIENT_DIST, 'index.html');
  const sources = ['client', 'shared', 'vite.config.ts', 'package.json'].map((p) => join(root, p)).filter(existsSync);
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  log.info('building the client');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<void> {
  const config = configFromEnv();
  if (process.env.SKIP_BUILD !== '1') buildClientIfStale(createLogger(config.logLevel));
  const server = await startServer(config);
  const baseUrl = config.publicUrl ?? server.url;
  server.log.info({ port: server.port, dataDir: config.dataDir }, 'Jointly is listening');
  // Machine-readable line for scripts and tests that start us on port 0.
  printForHumans(`JOINTLY_LISTENING ${server.port}`);
  if (config.demo) {
    const links = await ensureDemo(server.storage.consortia, server.tokens, baseUrl);
    if (links) {
      printForHumans('\nDemo consortium created. Open one of these links (each signs in a different partner):');
      for (const link of links) printForHumans(`  ${link}`);
      printForHumans('');
    }
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.log.info({ signal }, 'shutting down: storing everything');
    server.close().then(
      () => process.exit(0),
      (error) => {
        server.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // The configuration may be what failed, so this logger cannot wait for its LOG_LEVEL.
  const log = createLogger('info');
  if (error instanceof ConfigError) log.fatal(error.message);
  else log.fatal({ err: error }, 'Jointly could not start');
  process.exit(1);
});
