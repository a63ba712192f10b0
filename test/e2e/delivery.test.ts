/**
 * How the built client is delivered: precompressed (brotli or gzip, by Accept-Encoding, with Vary),
 * cached for a year when the name is hashed and revalidated otherwise; and the parts split into
 * their own chunks (comments panel, chapter workflow bars, other pages) still load and work.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ANNA, DIST_INDEX, browserSuite, newConsortium, openDossier, poll } from '../utils/e2e.ts';

const suite = browserSuite();

/** A raw GET (no automatic decompression, unlike fetch): status, headers and the bytes as sent. */
function rawGet(url: string, acceptEncoding?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const DIST = join(DIST_INDEX, '..');

describe('delivery of the built client', () => {
  it('serves hashed assets precompressed by Accept-Encoding, cached for a year; the page and the service worker revalidate', async () => {
    const base = suite.ts.server.url;
    const index = readFileSync(DIST_INDEX, 'utf8');
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(index)?.[1];
    expect(entry, 'index.html names its entry script').toBeTruthy();
    const original = readFileSync(join(DIST, entry!));

    const br = await rawGet(base + entry, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gzip = await rawGet(base + entry, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    // Brotli refused explicitly, anything else welcome: gzip.
    expect((await rawGet(base + entry, 'br;q=0, *')).headers['content-encoding']).toBe('gzip');

    const plain = await rawGet(base + entry);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(original)).toBe(true);

    const css = /href="(\/assets\/index-[^"]+\.css)"/.exec(index)?.[1];
    expect(css, 'index.html names its stylesheet').toBeTruthy();
    const style = await rawGet(base + css, 'br');
    expect(style.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(style.body).equals(readFileSync(join(DIST, css!)))).toBe(true);

    for (const path of ['/', '/c/some-consortium/dossier', '/sw.js']) {
      const res = await rawGet(base + path, 'gzip, br');
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers.vary, path).toBe('Accept-Encoding');
    }
  });

  it('loads the comments panel and the chapter workflow bars as their own chunks, and the export menu in them still downloads a file', async () => {
    const cid = await newConsortium(suite.ts.server, 'delivery');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    const page = anna.page;

    // They are requested once the dossier is editable and the browser is idle, so wait for them.
    const scripts = () =>
      page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js')),
      );
    await poll(async () => (await scripts()).some((p) => /^\/assets\/ThreadPanel-[\w-]+\.js$/.test(p)), {
      message: 'ThreadPanel chunk loaded',
    }).toBe(true);
    await poll(async () => (await scripts()).some((p) => /^\/assets\/ChapterMeta-[\w-]+\.js$/.test(p)), {
      message: 'ChapterMeta chunk loaded',
    }).toBe(true);

    await poll(() => page.getByTestId('thread-panel').locator('.panel-heading').count()).toBe(1);
    const menu = page.getByTestId('export-vision');
    await menu.scrollIntoViewIfNeeded();
    await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('a[data-format="md"]').click()]);
    expect(await download.failure()).toBeNull();
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Shared vision');

    // Another page of the consortium, itself a chunk, opens from the tab bar.
    await page.getByRole('link', { name: 'People' }).click();
    await poll(() => new URL(page.url()).pathname).toBe(`/c/${cid}/people`);
    await poll(() => page.getByRole('heading', { level: 1, name: 'People' }).count(), { timeout: 15_000 }).toBe(1);
    expect(anna.errors).toEqual([]);
  });
});
