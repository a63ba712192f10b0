import { ConfigError, configFromEnv } from './config.ts';
import { ensureDemo } from './consortia/demo.ts';
import { createLogger, printForHumans } from './logger.ts';
import { startServer } from './server.ts';

/** The server's entry point: `npm start` runs it compiled (dist-server/start.js, see scripts/start.mjs), `npm run dev` under tsx. */

async function main(): Promise<void> {
  const config = configFromEnv();
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
