import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints the WAL from a worker thread. SQLite's automatic checkpoint runs inside whichever
 * commit crosses the threshold, on the event loop, with an fsync: a 5–10 ms stall for every
 * client in that turn. Here the main connection never checkpoints; a second connection in a
 * worker does it every few seconds (PASSIVE: it never blocks writers), off the hot path.
 * A WAL file never shrinks by itself (it had grown to 90 MB for a 1.3 MB document): once a tick
 * finds everything copied and no new frames since the last one (the database is idle), the
 * worker truncates it. That blocks writers, but only for the truncation, and only when idle.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
let framesBefore = -1;
const timer = setInterval(() => {
  try {
    const [{ busy, log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
    if (busy === 0 && log > 0 && checkpointed === log && log === framesBefore) db.pragma('wal_checkpoint(TRUNCATE)');
    framesBefore = log;
  } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.intervalMs);
parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(timer); db.close(); process.exit(0); } });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, intervalMs: number, onError: (message: string) => void): Checkpointer {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file, intervalMs, module: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  worker.on('message', (m) => onError(String(m)));
  worker.on('error', (e) => onError(String(e)));
  worker.unref();
  return {
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    },
  };
}
