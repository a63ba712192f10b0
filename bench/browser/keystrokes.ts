import * as Y from 'yjs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { chapters, connectPeer, type BenchServer, type SyncPeer } from './dossier.ts';
import { openDossier } from './loads.ts';
import { typeAndMeasure, waitEditable } from './probes.ts';
import { startProfile, stopProfile } from './profile.ts';

/** Puts the caret at the end of the chapter's n-th paragraph from the end. */
export async function caretAtEnd(page: Page, key: string, fromEnd: number): Promise<void> {
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

export interface KeystrokeTarget {
  server: BenchServer;
  chapterKey: string;
}

export interface KeystrokeFigures {
  alone: number[];
  withTypists: number[];
}

export interface KeystrokeOptions {
  keystrokes: number;
  text: (length: number) => string;
  /** Profile the first target's last turn of each phase: `<path>-alone` typing alone, `<path>` with typists. */
  profilePath?: string;
}

/**
 * Keystroke-to-paint on each target's dossier, typing alone and then with two other partners typing
 * in the same chapter (Node sync clients, a letter every 35 ms each). With more than one target (ours
 * and a baseline build) the keys are typed in turns that alternate between the builds, and which
 * goes first alternates too, so a burst of the machine's other work lands on both; each target's
 * remote typists run only during its own turn.
 */
export async function measureKeystrokes(
  browser: Browser,
  targets: KeystrokeTarget[],
  options: KeystrokeOptions,
): Promise<{ figures: KeystrokeFigures[]; profileAloneTop?: string[]; profileTop?: string[] }> {
  const turns = targets.length > 1 ? 4 : 1;
  const perTurn = Math.ceil(options.keystrokes / turns);
  const pages: Page[] = [];
  const peers: SyncPeer[][] = [];
  try {
    for (const target of targets) {
      const page = await openDossier(browser, target.server, 0, true);
      await waitEditable(page);
      await caretAtEnd(page, target.chapterKey, 0);
      await typeAndMeasure(page, ' warm', 40);
      pages.push(page);
    }
    const figures: KeystrokeFigures[] = targets.map(() => ({ alone: [], withTypists: [] }));
    let profileAloneTop: string[] | undefined;
    let profileTop: string[] | undefined;
    const phase = async (withTypists: boolean) => {
      for (let turn = 0; turn < turns; turn++) {
        const order = targets.map((_, i) => i);
        if (turn % 2 === 1) order.reverse();
        for (const i of order) {
          const page = pages[i]!;
          await page.bringToFront();
          const stops = withTypists
            ? peers[i]!.map((peer, n) => remoteTypist(peer, targets[i]!.chapterKey, n + 1, 35, `Remote ${n + 1}`))
            : [];
          try {
            // The others have been typing for a moment before the measured keys (as the bench always did).
            if (withTypists) await typeAndMeasure(page, ' warm', 40);
            const profile = options.profilePath !== undefined && i === 0 && turn === turns - 1;
            let cdp: CDPSession | undefined;
            if (profile) {
              cdp = await page.context().newCDPSession(page);
              await startProfile(cdp);
            }
            const keys = await typeAndMeasure(page, options.text(perTurn), 40);
            if (cdp) {
              const path = withTypists ? options.profilePath! : options.profilePath!.replace(/(\.cpuprofile)?$/, '-alone$1');
              const top = await stopProfile(cdp, path);
              if (withTypists) profileTop = top;
              else profileAloneTop = top;
              await cdp.detach();
            }
            figures[i]![withTypists ? 'withTypists' : 'alone'].push(...keys);
          } finally {
            stops.forEach((stop) => stop());
          }
        }
      }
    };
    await phase(false);
    for (const target of targets) peers.push(await Promise.all([connectPeer(target.server, 1), connectPeer(target.server, 2)]));
    await phase(true);
    return { figures, profileAloneTop, profileTop };
  } finally {
    peers.flat().forEach((peer) => peer.destroy());
    await Promise.all(pages.map((page) => page.context().close()));
  }
}
