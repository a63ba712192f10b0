import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the browser bench measures inside the page.
 *
 * Keystroke-to-paint: a capture-phase `keydown` listener takes the event's timestamp; a
 * MutationObserver on the editor sees the DOM change the key caused (typing changes the DOM in the
 * same task as the key event), asks for the next animation frame, and from that frame's callback
 * posts a message to itself. The message runs right after that frame's rendering (style, layout,
 * paint), so its `performance.now()` minus the key's timestamp is the time until a frame showing
 * the key was produced, including every transaction, plugin, React render and layout in between.
 */
export const KEYSTROKE_PROBE = `(() => {
  const samples = [];
  window.__keystrokes = samples;
  addEventListener('keydown', (event) => {
    if (event.key.length !== 1) return;
    const editor = document.querySelector('.ProseMirror');
    if (!editor) return;
    const start = event.timeStamp;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
  }, true);
})();`;

export async function installKeystrokeProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(KEYSTROKE_PROBE);
}

/** Types `count` characters one by one, `gapMs` apart, each after the previous one was painted; returns the key-to-paint times. */
export async function typeAndMeasure(page: Page, text: string, gapMs: number): Promise<number[]> {
  const before = await page.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes.length);
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]!);
    await page.waitForFunction((n) => (window as unknown as { __keystrokes: number[] }).__keystrokes.length >= n, before + i + 1, {
      polling: 'raf',
      timeout: 60_000,
    });
    if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
  }
  return page.evaluate((from) => (window as unknown as { __keystrokes: number[] }).__keystrokes.slice(from), before);
}

/** The dossier is editable: 19 chapters with their text, and the editor accepts input. Returns ms since navigation start. */
export function waitEditable(page: Page, timeout = 30_000): Promise<number> {
  return page
    .waitForFunction(
      () => {
        const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
        const sections = document.querySelectorAll('section.chapter');
        return editor && sections.length === 19 && (sections[18]!.textContent ?? '').length > 1000 ? performance.now() : false;
      },
      null,
      { polling: 'raf', timeout },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

export interface Transferred {
  /** Bodies as they came over the wire (compressed when the server compressed them). */
  jsEncoded: number;
  jsDecoded: number;
  cssEncoded: number;
  cssDecoded: number;
  files: number;
  /** Paths of the JS files fetched, for `gzipSizeOf`. */
  jsPaths: string[];
}

/** JS and CSS fetched before `until` (ms since navigation start), from Resource Timing (same origin, so sizes are exposed). */
export function transferredBefore(page: Page, until: number): Promise<Transferred> {
  return page.evaluate((limit) => {
    const out = { jsEncoded: 0, jsDecoded: 0, cssEncoded: 0, cssDecoded: 0, files: 0, jsPaths: [] as string[] };
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.startTime > limit) continue;
      const path = new URL(entry.name).pathname;
      const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : '';
      if (!kind) continue;
      out.files++;
      if (kind === 'js') {
        out.jsPaths.push(path);
        out.jsEncoded += entry.encodedBodySize;
        out.jsDecoded += entry.decodedBodySize;
      } else {
        out.cssEncoded += entry.encodedBodySize;
        out.cssDecoded += entry.decodedBodySize;
      }
    }
    return out;
  }, until);
}

/** Resolves when the page's chapter shows every string (other people's caret labels aside). */
export function waitShows(page: Page, chapterKey: string, strings: string[], timeout = 60_000): Promise<unknown> {
  return page.waitForFunction(
    ({ key, wanted }) => {
      const body = document.querySelector(`section.chapter[data-key="${key}"] .chapter-body`);
      if (!body) return false;
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((n) => n.remove());
      const text = copy.textContent ?? '';
      return wanted.every((w) => text.includes(w));
    },
    { key: chapterKey, wanted: strings },
    { polling: 50, timeout },
  );
}
