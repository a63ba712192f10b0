import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../../test/utils/browser.ts';
import { summarize, median, type Summary } from '../stats.ts';
import {
  buildFullDossier,
  chapters,
  connectPeer,
  CONSORTIUM,
  personToken,
  startServer,
  type BenchServer,
  type FullDossier,
  type SyncPeer,
} from './dossier.ts';
import { installKeystrokeProbe, transferredBefore, typeAndMeasure, waitEditable, waitShows, type Transferred } from './probes.ts';
import { profiled, startProfile, stopProfile } from './profile.ts';
import { measureFloor } from './floor.ts';

export interface BrowserBenchOptions {
  loads: number;
  keystrokes: number;
  /** Write a Chromium CPU profile of the "with two typists" phase here (and of typing alone beside it). */
  profilePath?: string;
  log: (message: string) => void;
}

export interface BrowserBenchResult {
  dossier: FullDossier;
  load: { editableMs: number[]; medianEditableMs: number; transferred: Transferred; jsGzip: number };
  keystrokeAlone: Summary;
  keystrokeWithTypists: Summary;
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
const VIEWPORT = { width: 1280, height: 860 };

async function openDossier(
  browser: Browser,
  server: BenchServer,
  person: number,
  probe = false,
  beforeNavigation?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (probe) await installKeystrokeProbe(context);
  // The sign-in link only sets the cookie; the request shares the context's cookie jar.
  const signIn = await context.request.get(`${server.url}/auth?token=${await personToken(person)}`, { maxRedirects: 0 });
  if (signIn.status() >= 400) throw new Error(`sign-in failed: ${signIn.status()}`);
  const page = await context.newPage();
  await beforeNavigation?.(page);
  await page.goto(`${server.url}/c/${CONSORTIUM}/dossier`, { waitUntil: 'commit' });
  return page;
}

/** Puts the caret at the end of the chapter's n-th paragraph from the end. */
async function caretAtEnd(page: Page, key: string, fromEnd: number): Promise<void> {
  const paragraphs = page.locator(`section.chapter[data-key="${key}"] .chapter-body > p`);
  const count = await paragraphs.count();
  await paragraphs.nth(count - 1 - fromEnd).click();
  await page.keyboard.press('End');
}

/** A Node sync client typing one character every `everyMs` at the end of a paragraph, moving its caret (awareness) like an editor would. */
function remoteTypist(peer: SyncPeer, key: string, paragraphFromEnd: number, everyMs: number, name: string): () => void {
  const chapter = chapters(peer.doc).find((c) => c.getAttribute('key') === key)!;
  const paragraph = chapter.get(chapter.length - 1 - paragraphFromEnd) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  peer.provider.awareness.setLocalStateField('user', { name, color: '#7a4cc2' });
  let n = 0;
  const timer = setInterval(() => {
    text.insert(text.length, 'abcdefghij'[n++ % 10]!);
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
    peer.provider.awareness.setLocalStateField('cursor', { anchor: at, head: at });
  }, everyMs);
  return () => clearInterval(timer);
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const { log } = options;
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    log(`server on ${server.url}; building the full dossier`);
    const dossier = await buildFullDossier(server);
    log(`  ${dossier.words} words (${dossier.chars} characters) in 19 chapters, ${dossier.threads} threads, 3 partners`);

    // Loading: each load in a fresh context (empty HTTP cache, no service worker, no IndexedDB copy); one warm-up first.
    const editableMs: number[] = [];
    let transferred: Transferred | undefined;
    let profileLoadTop: string[] | undefined;
    for (let i = 0; i <= options.loads; i++) {
      // With a profile path, the last load is profiled too (written beside it, `-load`).
      const profileThis = options.profilePath !== undefined && i === options.loads;
      let cdp: CDPSession | undefined;
      const page = await openDossier(browser, server, 0, false, async (p) => {
        if (!profileThis) return;
        cdp = await p.context().newCDPSession(p);
        await startProfile(cdp);
      });
      const at = await waitEditable(page);
      if (cdp) profileLoadTop = await stopProfile(cdp, options.profilePath!.replace(/(\.cpuprofile)?$/, '-load$1'));
      if (i > 0) editableMs.push(at);
      transferred ??= await transferredBefore(page, at);
      await page.context().close();
    }
    log(`  editable after ${editableMs.map((m) => m.toFixed(0)).join(', ')} ms`);

    const chapterKey = await chapterKeyAt(server, CHAPTER_INDEX);

    const typist = await openDossier(browser, server, 0, true);
    await waitEditable(typist);
    await caretAtEnd(typist, chapterKey, 0);
    await typeAndMeasure(typist, ' warm', 40);
    const measureAlone = () => typeAndMeasure(typist, sentence(options.keystrokes), 40);
    let alone: number[];
    let profileAloneTop: string[] | undefined;
    if (options.profilePath) {
      const cdp = await typist.context().newCDPSession(typist);
      ({ result: alone, top: profileAloneTop } = await profiled(
        cdp,
        options.profilePath.replace(/(\.cpuprofile)?$/, '-alone$1'),
        measureAlone,
      ));
      await cdp.detach();
    } else {
      alone = await measureAlone();
    }
    log(`  keystroke alone: ${fmt(summarize(alone))}`);

    const peers = await Promise.all([connectPeer(server, 1), connectPeer(server, 2)]);
    const stops = peers.map((peer, i) => remoteTypist(peer, chapterKey, i + 1, 35, `Remote ${i + 1}`));
    let withTypists: number[];
    let profileTop: string[] | undefined;
    try {
      await typeAndMeasure(typist, ' warm', 40);
      const measure = () => typeAndMeasure(typist, sentence(options.keystrokes), 40);
      if (options.profilePath) {
        const cdp = await typist.context().newCDPSession(typist);
        ({ result: withTypists, top: profileTop } = await profiled(cdp, options.profilePath, measure));
      } else {
        withTypists = await measure();
      }
    } finally {
      stops.forEach((stop) => stop());
      peers.forEach((peer) => peer.destroy());
    }
    log(`  keystroke with two typists: ${fmt(summarize(withTypists))}`);
    await typist.context().close();

    const floor = await measureFloor(browser, sentence(options.keystrokes), VIEWPORT);
    log(`  keystroke in a bare contenteditable: ${fmt(summarize(floor))}`);

    const settle = await measureSettle(browser, server, chapterKey);
    log(`  settle: ${settle.totalMs.toFixed(0)} ms (${settle.afterLastKeyMs.toFixed(0)} ms after the last key)`);

    return {
      dossier,
      load: { editableMs, medianEditableMs: median(editableMs), transferred: transferred!, jsGzip: gzipSizeOf(transferred!.jsPaths) },
      keystrokeAlone: summarize(alone),
      keystrokeWithTypists: summarize(withTypists),
      keystrokeFloor: summarize(floor),
      settle,
      profileTop,
      profileAloneTop,
      profileLoadTop,
    };
  } finally {
    await browser.close();
    await server.child.stop();
  }
}

/**
 * Gzip bytes of the built files at these URL paths (the goal is stated in gzip, while Chromium is
 * sent brotli): the precompressed `.gz` beside each file, or the file gzipped here when the build
 * left it uncompressed (too small to be worth it).
 */
function gzipSizeOf(paths: string[]): number {
  let total = 0;
  for (const path of paths) {
    const file = resolve('dist', `.${path}`);
    total += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
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
