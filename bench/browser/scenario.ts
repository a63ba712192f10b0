import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/utils/browser.ts';
import { summarize, type Summary } from '../stats.ts';
import { buildFullDossier, chapters, connectPeer, startServer, type BenchServer, type FullDossier } from './dossier.ts';
import { waitEditable, waitShows } from './probes.ts';
import { measureFloor } from './floor.ts';
import { caretAtEnd, measureKeystrokes, type KeystrokeTarget } from './keystrokes.ts';
import { measureLoads, openDossier, VIEWPORT, type LoadFigures, type LoadTarget } from './loads.ts';

export interface BrowserBenchOptions {
  loads: number;
  keystrokes: number;
  /** Write a Chromium CPU profile of the "with two typists" phase here (and of typing alone beside it). */
  profilePath?: string;
  /** Another client build (e.g. the last release's `dist/`), loaded alternately with ours on a server of its own. */
  baselineDir?: string;
  log: (message: string) => void;
}

export interface BrowserBenchResult {
  dossier: FullDossier;
  load: LoadFigures;
  /** The same loads of another build (BENCH_BASELINE_DIR), alternating with ours. */
  baselineLoad?: LoadFigures & { dir: string };
  keystrokeAlone: Summary;
  keystrokeWithTypists: Summary;
  /** The same keys typed on the baseline build, in turns alternating with ours. */
  baselineKeystrokeAlone?: Summary;
  baselineKeystrokeWithTypists?: Summary;
  /** The same probe in a bare contenteditable of the same size: Chromium's own share. */
  keystrokeFloor: Summary;
  settle: { totalMs: number; afterLastKeyMs: number };
  profileTop?: string[];
  /** The same for typing alone (written next to it, `-alone` before the extension). */
  profileAloneTop?: string[];
  /** The same for the last load, from navigation to editable (`-load`). */
  profileLoadTop?: string[];
}

/** The chapter everyone types in (long enough to matter, in the middle of the dossier). */
const CHAPTER_INDEX = 8;
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const { log } = options;
  const server = await startServer();
  const baseline = options.baselineDir ? await startServer(options.baselineDir) : undefined;
  const browser = await launchBrowser();
  try {
    log(`server on ${server.url}; building the full dossier`);
    const dossier = await buildFullDossier(server);
    if (baseline) {
      log(`baseline build ${options.baselineDir} on ${baseline.url}; building the same dossier`);
      await buildFullDossier(baseline);
    }
    log(`  ${dossier.words} words (${dossier.chars} characters) in 19 chapters, ${dossier.threads} threads, 3 partners`);

    // Loading: each load in a fresh context (empty HTTP cache, no service worker, no IndexedDB copy); one warm-up first.
    const targets: LoadTarget[] = [{ server, clientDir: resolve('dist') }];
    if (baseline) targets.push({ server: baseline, clientDir: options.baselineDir! });
    const [load, baselineLoad] = await measureLoads(browser, targets, options.loads, options.profilePath);
    log(`  editable after ${load!.editableMs.map((m) => m.toFixed(0)).join(', ')} ms`);
    if (baselineLoad) log(`  baseline build editable after ${baselineLoad.editableMs.map((m) => m.toFixed(0)).join(', ')} ms`);

    const chapterKey = await chapterKeyAt(server, CHAPTER_INDEX);

    const keyTargets: KeystrokeTarget[] = [{ server, chapterKey }];
    if (baseline) keyTargets.push({ server: baseline, chapterKey: await chapterKeyAt(baseline, CHAPTER_INDEX) });
    const keys = await measureKeystrokes(browser, keyTargets, {
      keystrokes: options.keystrokes,
      text: sentence,
      profilePath: options.profilePath,
    });
    const [ours, theirs] = keys.figures;
    log(`  keystroke alone: ${fmt(summarize(ours!.alone))}${theirs ? `; baseline build ${fmt(summarize(theirs.alone))}` : ''}`);
    log(
      `  keystroke with two typists: ${fmt(summarize(ours!.withTypists))}${theirs ? `; baseline build ${fmt(summarize(theirs.withTypists))}` : ''}`,
    );

    const floor = await measureFloor(browser, sentence(options.keystrokes), VIEWPORT);
    log(`  keystroke in a bare contenteditable: ${fmt(summarize(floor))}`);

    const settle = await measureSettle(browser, server, chapterKey);
    log(`  settle: ${settle.totalMs.toFixed(0)} ms (${settle.afterLastKeyMs.toFixed(0)} ms after the last key)`);

    return {
      dossier,
      load: load!,
      baselineLoad: baselineLoad && { ...baselineLoad, dir: options.baselineDir! },
      keystrokeAlone: summarize(ours!.alone),
      keystrokeWithTypists: summarize(ours!.withTypists),
      ...(theirs ? { baselineKeystrokeAlone: summarize(theirs.alone), baselineKeystrokeWithTypists: summarize(theirs.withTypists) } : {}),
      keystrokeFloor: summarize(floor),
      settle,
      profileTop: keys.profileTop,
      profileAloneTop: keys.profileAloneTop,
      profileLoadTop: load!.profileLoadTop,
    };
  } finally {
    await browser.close();
    await server.child.stop();
    await baseline?.child.stop();
  }
}

async function chapterKeyAt(server: BenchServer, index: number): Promise<string> {
  const peer = await connectPeer(server, 0);
  try {
    return String(chapters(peer.doc)[index]!.getAttribute('key'));
  } finally {
    peer.destroy();
  }
}

/** Two people type 70 characters each, 35 ms apart, in the same chapter: until both pages show all of it. */
async function measureSettle(
  browser: Browser,
  server: BenchServer,
  chapterKey: string,
): Promise<{ totalMs: number; afterLastKeyMs: number }> {
  const pages = await Promise.all([openDossier(browser, server, 1), openDossier(browser, server, 2)]);
  try {
    await Promise.all(pages.map((page) => waitEditable(page)));
    await caretAtEnd(pages[0]!, chapterKey, 1);
    await caretAtEnd(pages[1]!, chapterKey, 2);
    const texts = ['[first: the quick brown fox jumps over the lazy dog', '[second: pack my box with five dozen liquor jugs'].map(
      (t) => t.padEnd(69, '.') + ']',
    );
    const start = performance.now();
    let lastKey = 0;
    const shown = pages.map((page) => waitShows(page, chapterKey, texts));
    await Promise.all(
      pages.map((page, i) => page.keyboard.type(texts[i]!, { delay: 35 }).then(() => (lastKey = Math.max(lastKey, performance.now())))),
    );
    await Promise.all(shown);
    const end = performance.now();
    return { totalMs: end - start, afterLastKeyMs: end - lastKey };
  } finally {
    await Promise.all(pages.map((page) => page.context().close()));
  }
}

function sentence(length: number): string {
  const base = ' the consortium agrees on shared learning outcomes and credits';
  return base.repeat(Math.ceil(length / base.length)).slice(0, length);
}

export const fmt = (s: Summary) =>
  `median ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.count} keys)`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The figures as a plain-text table, with the goals beside them. */
export function renderBrowserTable(r: BrowserBenchResult): string {
  const t = r.load.transferred;
  const rows: [string, string, string][] = [
    ['keystroke-to-paint alone', fmt(r.keystrokeAlone), 'p95 <= 16 ms'],
    ['keystroke-to-paint, two others typing', fmt(r.keystrokeWithTypists), 'p95 <= 25 ms'],
    ['same probe, bare contenteditable', fmt(r.keystrokeFloor), "Chromium's floor"],
    [
      'settle: 2 x 70 chars, 35 ms apart',
      `${(r.settle.totalMs / 1000).toFixed(2)} s (${r.settle.afterLastKeyMs.toFixed(0)} ms after the last key)`,
      '',
    ],
    ['JS before editable (wire / raw)', `${kb(t.jsEncoded)} / ${kb(t.jsDecoded)} in ${t.jsPaths.length} files`, ''],
    ['JS before editable (gzip)', kb(r.load.jsGzip), '<= 250 KB gzip'],
    ['CSS before editable (wire / raw)', `${kb(t.cssEncoded)} / ${kb(t.cssDecoded)}`, ''],
    [
      'time to editable (median)',
      `${r.load.medianEditableMs.toFixed(0)} ms (${r.load.editableMs.map((m) => m.toFixed(0)).join(', ')})`,
      '',
    ],
  ];
  if (r.baselineKeystrokeAlone && r.baselineKeystrokeWithTypists)
    rows.push(
      ['baseline build: keystroke alone', fmt(r.baselineKeystrokeAlone), 'turns alternating with ours'],
      ['baseline build: two others typing', fmt(r.baselineKeystrokeWithTypists), ''],
    );
  const b = r.baselineLoad;
  if (b)
    rows.push(
      ['baseline build: JS before editable (gzip)', kb(b.jsGzip), b.dir],
      [
        'baseline build: time to editable (median)',
        `${b.medianEditableMs.toFixed(0)} ms (${b.editableMs.map((m) => m.toFixed(0)).join(', ')})`,
        'loads alternating with ours',
      ],
      ['time to editable, ours / baseline', `${(r.load.medianEditableMs / b.medianEditableMs).toFixed(2)}x`, '<= 0.50x (halved)'],
    );
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(width[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
