import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.ts';
import { precompileMessages } from './scripts/precompileMessages.ts';
import { dossierHead } from './scripts/dossierHead.ts';

const serverPort = Number(process.env.SERVER_PORT ?? 8080);
const proxy = {
  '/sync': { target: `http://127.0.0.1:${serverPort}`, ws: true },
  // A pattern, not the prefix '/api': that also matched the client's own module /api.ts.
  '^/api/': { target: `http://127.0.0.1:${serverPort}` },
  '/auth': { target: `http://127.0.0.1:${serverPort}` },
};

export default defineConfig({
  root: 'client',
  plugins: [react(), precompileMessages(), dossierHead(), precompress()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy },
  preview: { proxy },
  test: {
    root: '.',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], hookTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/utils/axeReport.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
