import type { Browser } from 'playwright-core';
import { installKeystrokeProbe, typeAndMeasure } from './probes.ts';

/**
 * Chromium's own floor for keystroke-to-paint: the same probe and typing in a bare `contenteditable`
 * holding about as much text as the full dossier (200 paragraphs of ~220 words), no script. What
 * Chromium does per key in one large editable element (text-input and selection bookkeeping,
 * layout, paint) is in this figure; everything Jointly adds is the difference.
 */
export async function measureFloor(browser: Browser, text: string, viewport: { width: number; height: number }): Promise<number[]> {
  const paragraph = `<p>${'Shared learning outcomes, credits and assessment across the partners of the consortium. '.repeat(20)}</p>`;
  const html = `<!doctype html><html lang="en"><title>floor</title><body><div class="ProseMirror" contenteditable="true" style="max-width:720px;margin:auto">${paragraph.repeat(200)}</div></body></html>`;
  const context = await browser.newContext({ viewport });
  try {
    await installKeystrokeProbe(context);
    const page = await context.newPage();
    await page.route('http://floor.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('http://floor.invalid/');
    await page.locator('.ProseMirror p').nth(100).click();
    await page.keyboard.press('End');
    await typeAndMeasure(page, ' warm', 40);
    return await typeAndMeasure(page, text, 40);
  } finally {
    await context.close();
  }
}
