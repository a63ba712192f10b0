import WebSocket from 'ws';
import { withTimeout } from './stats.ts';

/**
 * Full garbage collection in a child started with `--inspect=127.0.0.1:0`, through the inspector
 * protocol (HeapProfiler.collectGarbage), so that RSS readings compare live memory rather than
 * whatever garbage the last allocation burst left. Loopback only; used by the memory scenario.
 */

/**
 * Node flags of a server under memory measurement: a loopback inspector, and V8's memory reducer
 * (which hands freed heap pages back to the system) started 100 ms after a GC instead of 8 s, so that
 * an RSS reading does not drop by several MiB seconds later, in the middle of the next step.
 */
export const MEMORY_FLAGS = ['--inspect=127.0.0.1:0', '--gc-memory-reducer-start-delay-ms=100'];

export function inspectorUrl(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(output)?.[1];
}

export async function collectGarbage(url: string, rounds = 2): Promise<void> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      }),
      5000,
      'inspector connect',
    );
    for (let id = 1; id <= rounds; id++) {
      const done = new Promise<void>((resolve) => {
        const onMessage = (data: Buffer) => {
          const reply = JSON.parse(data.toString()) as { id?: number };
          if (reply.id !== id) return;
          ws.off('message', onMessage);
          resolve();
        };
        ws.on('message', onMessage);
      });
      ws.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
      await withTimeout(done, 30_000, 'inspector collectGarbage');
    }
  } finally {
    ws.terminate();
  }
}
