import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from '../stats.ts';
import { CONSORTIUM, personToken, type BenchServer } from './dossier.ts';
import { installKeystrokeProbe, transferredBefore, waitEditable, type Transferred } from './probes.ts';
import { startProfile, stopProfile } from './profile.ts';

export const VIEWPORT = { width: 1280, height: 860 };

/** Signs person n in (in a fresh context: empty cache, no service worker, no offline copy) and navigates to the dossier. */
export async function openDossier(
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

/** A server holding the full dossier, and the folder of the client build it sends. */
export interface LoadTarget {
  server: BenchServer;
  clientDir: string;
}

export interface LoadFigures {
  editableMs: number[];
  medianEditableMs: number;
  transferred: Transferred;
  jsGzip: number;
  /** Top self times of the last load, when profiled (ours only). */
  profileLoadTop?: string[];
}

/**
 * Time from navigation to editable, `loads` times per target after one warm-up round. With two
 * targets (ours and a baseline build) the loads alternate, and which goes first alternates too, so
 * both see the same machine. With `profilePath`, the last load of the first target is profiled
 * (written beside it, `-load`).
 */
export async function measureLoads(browser: Browser, targets: LoadTarget[], loads: number, profilePath?: string): Promise<LoadFigures[]> {
  const editable: number[][] = targets.map(() => []);
  const transferred: (Transferred | undefined)[] = targets.map(() => undefined);
  let profileLoadTop: string[] | undefined;
  for (let round = 0; round <= loads; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const profileThis = profilePath !== undefined && i === 0 && round === loads;
      let cdp: CDPSession | undefined;
      const page = await openDossier(browser, targets[i]!.server, 0, false, async (p) => {
        if (!profileThis) return;
        cdp = await p.context().newCDPSession(p);
        await startProfile(cdp);
      });
      const at = await waitEditable(page);
      if (cdp) profileLoadTop = await stopProfile(cdp, profilePath!.replace(/(\.cpuprofile)?$/, '-load$1'));
      if (round > 0) editable[i]!.push(at);
      transferred[i] ??= await transferredBefore(page, at);
      await page.context().close();
    }
  }
  return targets.map((target, i) => ({
    editableMs: editable[i]!,
    medianEditableMs: median(editable[i]!),
    transferred: transferred[i]!,
    jsGzip: gzipSizeOf(target.clientDir, transferred[i]!.jsPaths),
    ...(i === 0 && profileLoadTop ? { profileLoadTop } : {}),
  }));
}

/**
 * Gzip bytes of the built files at these URL paths (the goal is stated in gzip, while Chromium is
 * sent brotli): the precompressed `.gz` beside each file, or the file gzipped here when the build
 * left it uncompressed (too small to be worth it).
 */
function gzipSizeOf(clientDir: string, paths: string[]): number {
  let total = 0;
  for (const path of paths) {
    const file = resolve(clientDir, `.${path}`);
    total += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}
