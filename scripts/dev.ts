/**
 * `npm run dev`: the server (restarted by tsx on change) on SERVER_PORT (default 8080) and Vite with
 * hot reload on 5173, which proxies /sync, /api and /auth to it (vite.config.ts). Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const serverPort = process.env.SERVER_PORT ?? '8080';

const children: ChildProcess[] = [
  spawn(bin('tsx'), ['watch', 'server/start.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: serverPort, SKIP_BUILD: '1', PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn(bin('vite'), [], { cwd: root, stdio: 'inherit', env: { ...process.env, SERVER_PORT: serverPort } }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
