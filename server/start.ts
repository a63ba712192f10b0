import { configFromEnv } from './config.ts';
import { ensureDemo } from './consortia/demo.ts';
import { startServer } from './server.ts';

/** The server's entry point: `npm start` runs it compiled (dist-server/start.js, see scripts/start.mjs), `npm run dev` under tsx. */

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config);
  const baseUrl = config.publicUrl ?? server.url;
  server.log.info({ port: server.port, dataDir: config.dataDir }, 'Jointly is listening');
  // Machine-readable line for scripts and tests that start us on port 0.
  console.log(`JOINTLY_LISTENING ${server.port}`);
  if (config.demo) {
    const links = await ensureDemo(server.storage.consortia, server.tokens, baseUrl);
    if (links) {
      console.log('\nDemo consortium created. Open one of these links (each signs in a different partner):');
      for (const link of links) console.log(`  ${link}`);
      console.log('');
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
