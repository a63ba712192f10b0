import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records every text the page's body shows, from its first paint on, so a test can say what a
 * person saw on the way (a flash of English, a generic "Opening…"), not only where the page ended.
 */
export async function recordTextsShown(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** What recordTextsShown saw, in order. */
export const textsShown = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
