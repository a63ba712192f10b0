/**
 * `npm start`, the one command on a fresh clone: builds the client (Vite) and the server (esbuild,
 * into dist-server/) when they are missing or older than their sources, then runs the compiled
 * server in this process. Plain JavaScript on purpose: production never transpiles TypeScript at
 * run time (that cost a second at every start and ~80 MiB of memory). `SKIP_BUILD=1` skips the
 * client build only (tests and `npm run dev` serve no built client or build it themselves).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const SERVER_BUNDLE = join(root, 'dist-server', 'start.js');

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isStale(built, sources) {
  const present = sources.map((p) => join(root, p)).filter(existsSync);
  return !existsSync(built) || statSync(built).mtimeMs < Math.max(...present.map(newestMtime));
}

function buildClientIfStale() {
  if (!isStale(join(root, 'dist', 'index.html'), ['client', 'shared', 'vite.config.ts', 'package.json'])) return;
  console.log('Building the client…');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The dossier seed (server/consortia/seed.ts), built in a child so that TipTap never enters this process. */
function buildSeed(seedModule) {
  const script = `import { buildDossierSeed } from ${JSON.stringify(pathToFileURL(seedModule).href)}; process.stdout.write(await buildDossierSeed());`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 || result.stdout.byteLength === 0) throw new Error(`building the dossier seed failed:\n${result.stderr}`);
  return result.stdout;
}

/**
 * Chunks, not one file: a dynamic import then stays one, so docx and pdfmake load on the first export
 * (in a single file esbuild would hoist their imports to the top). The new build is written beside
 * the old one and swapped in with a rename, so a concurrent start never sees half a build.
 */
export async function buildServerIfStale() {
  if (!isStale(SERVER_BUNDLE, ['server', 'shared', 'package.json'])) return;
  const { build } = await import('esbuild');
  const outdir = join(root, 'dist-server');
  const temporary = `${outdir}.${process.pid}.tmp`;
  await build({
    entryPoints: { start: join(root, 'server', 'start.ts'), seed: join(root, 'server', 'consortia', 'seed.ts') },
    outdir: temporary,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they are.
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    writeFileSync(join(temporary, 'dossier-seed.bin'), buildSeed(join(temporary, 'seed.js')));
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  rmSync(outdir, { recursive: true, force: true });
  try {
    renameSync(temporary, outdir);
  } catch (error) {
    // Another start swapped in the same build a moment earlier: use that one.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(SERVER_BUNDLE)) throw error;
  }
}

// Imported by a script that only wants the build (the bench): do not start the server then.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildServerIfStale();
    if (process.env.SKIP_BUILD !== '1') buildClientIfStale();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  await import(pathToFileURL(SERVER_BUNDLE).href);
}
