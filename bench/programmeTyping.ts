/**
 * Typing in a 60-unit curriculum in Chromium: the time from each keydown in a unit's title field to
 * the start of the next frame (React has committed the change; the checks follow once typing pauses).
 * Needs the built client (`npx vite build`) and Debian's chromium.
 *   npx tsx bench/programmeTyping.ts [--units=60] [--keys=120]
 * BENCH_CLIENT_DIR=<dir> serves another build (to compare two builds back to back);
 * BENCH_SHOT=<file.png> saves a screenshot after typing; BENCH_METRICS=1 prints script, style and layout time per key; BENCH_PROFILE=<file.cpuprofile> records the page's CPU profile while typing (build with
 * `npx vite build --minify false` to read function names).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { testConfig } from '../test/utils/testConfig.ts';
import { startServer } from '../server/server.ts';
import { createConsortium } from '../server/consortia/consortiumService.ts';
import { newPartner } from '../server/consortia/partnerService.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const UNITS = arg('units', 60);
const KEYS = arg('keys', 120);
const BUDGET_MS = 16;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

/** Time from each keydown to the start of the next frame, recorded in the page. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => w.__frames.push(performance.now() - start));
      },
      { capture: true },
    );
  });
}
const readFrames = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)).sort((a, b) => a - b);

/**
 * What Chromium itself gives this probe on this machine: typing into one input of a static page
 * with as many inputs as the curriculum's units have, no script at all. The frame the key waits
 * for is in this figure; what Jointly adds is the difference.
 */
async function measureFloor(): Promise<number[]> {
  const unit = `<fieldset style="margin:12px 0;padding:10px">${'<label>Field <input type="text" value="Unit text"></label> '.repeat(20)}</fieldset>`;
  const html = `<!doctype html><html lang="en"><title>floor</title><body style="max-width:720px;margin:auto">${unit.repeat(UNITS)}</body></html>`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.route('http://floor.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('http://floor.invalid/');
    const input = page
      .locator('fieldset')
      .nth(Math.floor(UNITS / 2))
      .locator('input')
      .first();
    await input.scrollIntoViewIfNeeded();
    await input.click();
    await installProbe(page);
    await page.keyboard.type('x'.repeat(KEYS), { delay: 40 });
    return await readFrames(page);
  } finally {
    await context.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'jointly-typing-'));
const server = await startServer(testConfig({ dataDir: dir, authSecret: 'bench-secret-that-is-at-least-32-bytes!!' }), {
  clientDir: process.env.BENCH_CLIENT_DIR,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  await createConsortium(server.storage.consortia, {
    id: 'typing',
    name: 'Typing bench',
    programmeTitle: '',
    partners: [newPartner('north', { name: 'North', country: 'NL' })],
  });
  const token = await server.tokens.sign(
    { userId: 'typist', name: 'Typist', consortiumId: 'typing', partnerId: 'north', role: 'editor' },
    3600,
  );
  const rows = Array.from({ length: UNITS }, (_, i) => `U${i},Unit ${i},north,5,${i % 3 ? 130 : 100},6,project,"[PO1] Outcome ${i}"`);
  const res = await fetch(`${server.url}/api/consortia/typing/units/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: ['code,title,partners,ects,hours,eqf,assessment,outcomes', ...rows].join('\n'),
  });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.goto(`${server.url}/auth?token=${token}`);
  await page.goto(`${server.url}/c/typing/dossier`);
  await page.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="unit-block"]').length === n, UNITS, { timeout: 30_000 });
  const title = page
    .getByTestId('unit-block')
    .nth(Math.floor(UNITS / 2))
    .locator('[data-field="title"] input');
  await title.scrollIntoViewIfNeeded();
  await title.click();
  await installProbe(page);
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
  const metrics = process.env.BENCH_METRICS ? await page.context().newCDPSession(page) : undefined;
  const readMetrics = async () => {
    const { metrics: list } = await metrics!.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  if (metrics) await metrics.send('Performance.enable');
  const before = metrics ? await readMetrics() : {};
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.keyboard.type('x'.repeat(KEYS), { delay: 40 });
  if (metrics) {
    const after = await readMetrics();
    const per = (k: string, scale = 1000) => (((after[k] ?? 0) - (before[k] ?? 0)) * scale) / KEYS;
    console.log(
      `per key: script ${per('ScriptDuration').toFixed(2)} ms, style ${per('RecalcStyleDuration').toFixed(2)} ms (${per('RecalcStyleCount', 1).toFixed(1)} recalcs), layout ${per('LayoutDuration').toFixed(2)} ms (${per('LayoutCount', 1).toFixed(1)}), task ${per('TaskDuration').toFixed(2)} ms`,
    );
  }
  if (process.env.BENCH_SHOT) {
    await page.screenshot({ path: process.env.BENCH_SHOT });
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="unit-block"]')].map((u) => Math.round(u.getBoundingClientRect().height)),
    );
    console.log(`unit heights: ${heights.slice(27, 34).join(', ')} …`);
  }
  if (cdp) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const frames = await readFrames(page);
  const p = (q: number) => quantile(frames, q);
  console.log(
    `typing in a ${UNITS}-unit curriculum, ${frames.length} keystrokes: keydown to next frame median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms`,
  );
  const floor = await measureFloor();
  console.log(
    `same probe, a bare page of ${UNITS} x 20 inputs (no script): median ${quantile(floor, 0.5).toFixed(1)} ms, p95 ${quantile(floor, 0.95).toFixed(1)} ms` +
      ` (Jointly / bare: median ${(p(0.5) / quantile(floor, 0.5)).toFixed(2)}x, p95 ${(p(0.95) / quantile(floor, 0.95)).toFixed(2)}x)`,
  );
  console.log(`${p(0.95) < BUDGET_MS ? 'PASS' : 'WARN'} p95 ${p(0.95).toFixed(1)} ms against the ${BUDGET_MS} ms budget`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
