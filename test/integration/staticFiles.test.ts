/**
 * The built client as the real server serves it, from a build folder that changes or breaks under
 * it (a rebuild or deploy while people have the app open): each bad file ends only its own request,
 * with a named error, and the server goes on serving everyone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type JointlyServer } from '../../server/server.ts';
import { testConfig } from '../utils/testConfig.ts';
import { tempDir } from '../utils/tempDir.ts';

let server: JointlyServer;
const data = tempDir('static-data');
const client = tempDir('static-client');
const INDEX = '<!doctype html><title>Jointly</title><div id="root"></div>';

beforeAll(async () => {
  mkdirSync(join(client.path, 'assets'));
  writeFileSync(join(client.path, 'index.html'), INDEX);
  writeFileSync(join(client.path, 'assets', 'main-abc123.js'), 'console.log("main");');
  server = await startServer(testConfig({ dataDir: data.path }), { clientDir: client.path });
});

afterAll(async () => {
  await server.close();
  data.remove();
  client.remove();
});

const get = (path: string, encoding = 'identity') => fetch(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } });

async function stillServing(): Promise<void> {
  const page = await get('/c/some-consortium/dossier');
  expect(page.status).toBe(200);
  expect(await page.text()).toBe(INDEX);
  const asset = await get('/assets/main-abc123.js');
  expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
  expect(await asset.text()).toBe('console.log("main");');
}

it('a chunk of an older release (gone after a deploy) is a 404 not-found, not the app page in its place', async () => {
  const r = await get('/assets/DossierPage-old999.js');
  expect(r.status).toBe(404);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe('not-found');
  await stillServing();
});

it('a precompressed copy that cannot be read (a folder in its place) is a 404 for that request only; the server keeps serving', async () => {
  writeFileSync(join(client.path, 'assets', 'broken-def456.js'), 'console.log("broken");');
  // The server picks the brotli sibling when the browser accepts it: here it is a folder.
  mkdirSync(join(client.path, 'assets', 'broken-def456.js.br'));
  // Before, the headers went out, the stream failed with EISDIR, and the unhandled stream error
  // stopped the process: every later request was refused.
  const r = await get('/assets/broken-def456.js', 'br');
  expect(r.status).toBe(404);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe('not-found');
  // Without brotli the plain file is served.
  const plain = await get('/assets/broken-def456.js');
  expect([plain.status, await plain.text()]).toEqual([200, 'console.log("broken");']);
  await stillServing();
});

it('a file removed between two requests: the first is served whole, the second is a 404', async () => {
  const path = join(client.path, 'assets', 'soon-gone-777.js');
  writeFileSync(path, 'x'.repeat(200_000));
  const first = await get('/assets/soon-gone-777.js');
  expect([first.status, (await first.text()).length]).toEqual([200, 200_000]);
  rmSync(path);
  const second = await get('/assets/soon-gone-777.js');
  expect(second.status).toBe(404);
  await second.body?.cancel();
  await stillServing();
});

it("the page's policy runs exactly the inline script the build wrote, by its hash, and follows a deploy that changes it", async () => {
  const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
  const scriptSrc = async () =>
    (await get('/c/some-consortium/dossier')).headers
      .get('content-security-policy')
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
  expect(await scriptSrc()).toBe("script-src 'self'");
  const early = 'window.early = 1;';
  writeFileSync(join(client.path, 'index.html'), `<!doctype html><title>Jointly</title><script>${early}</script><div id="root"></div>`);
  expect(await scriptSrc()).toBe(`script-src 'self' ${sha(early)}`);
  // A deploy's new inline script replaces the old one's hash; the old one no longer runs.
  const next = 'window.early = 2;';
  writeFileSync(join(client.path, 'index.html'), `<!doctype html><title>Jointly</title><script>${next}</script><div id="root"></div>!`);
  expect(await scriptSrc()).toBe(`script-src 'self' ${sha(next)}`);
  writeFileSync(join(client.path, 'index.html'), INDEX);
  await stillServing();
});
