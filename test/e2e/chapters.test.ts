/**
 * The 19 guideline chapters are fixed: no keyboard deletion, whole-document or across chapters,
 * may remove, merge or reorder them, on the page that deletes or on anyone else's.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CHAPTERS } from '../../shared/chapters.ts';
import { CHAPTER_GUIDANCE } from '../../shared/chapterGuidance.ts';
import {
  ANNA,
  JORDI,
  chapter,
  chapterHeads,
  chapterText,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  textWithoutCarets,
  typeInto,
  browserSuite,
} from '../utils/e2e.ts';

const suite = browserSuite();
const open = suite.open;

const EXPECTED_HEADS = CHAPTERS.map((c) => ({ key: c.key, kicker: `Chapter ${c.number}`, title: c.title }));

async function expectAllChapters(page: Page): Promise<void> {
  await poll(() => chapterHeads(page)).toEqual(EXPECTED_HEADS);
}

/** Viewport coordinates of the middle of character `index` in the first text node of `locator`. */
async function charPoint(locator: Locator, index: number): Promise<{ x: number; y: number }> {
  return locator.evaluate((el, i) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    if (!node) throw new Error('no text in element');
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, index);
}

describe('chapters cannot be deleted', () => {
  it('select-all + Delete / Backspace empties the text but keeps all 19 chapters and their headings, on both pages', async () => {
    const cid = await newConsortium(suite.ts.server, 'selectall');
    const a = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    open.push(a);
    const b = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    open.push(b);
    await expectAllChapters(a.page);

    await typeInto(a.page, paragraph(a.page, 'vision', 0), 'Text that select-all will remove.');
    await poll(() => chapterText(b.page, 'vision')).toContain('Text that select-all will remove.');

    await a.page.keyboard.press('Control+a');
    await a.page.keyboard.press('Delete');
    // The delete happened (text gone on both pages)…
    await poll(() => chapterText(a.page, 'vision')).toBe('');
    await poll(() => chapterText(b.page, 'vision')).toBe('');
    // …and every chapter is still there, in order, with its fixed heading, and still writable.
    await expectAllChapters(a.page);
    await expectAllChapters(b.page);
    for (const key of ['concept', 'vision', 'agreement']) {
      expect(await chapter(a.page, key).locator('.chapter-body > *').count()).toBeGreaterThanOrEqual(1);
    }

    // Again with Backspace, after typing into the (now single) paragraph of a chapter.
    await typeInto(a.page, paragraph(a.page, 'quality', 0), 'Second attempt.');
    await poll(() => chapterText(b.page, 'quality')).toBe('Second attempt.');
    await a.page.keyboard.press('Control+a');
    await a.page.keyboard.press('Backspace');
    await poll(() => chapterText(b.page, 'quality')).toBe('');
    // Repeated Backspace at the very start of a chapter must not merge it into the previous one.
    await paragraph(a.page, 'team', 0).click();
    for (let i = 0; i < 5; i++) await a.page.keyboard.press('Backspace');
    await a.page.keyboard.press('Control+a');
    await a.page.keyboard.press('Delete');
    await a.page.keyboard.press('Delete');

    await expectAllChapters(a.page);
    await expectAllChapters(b.page);
    await expectSaved(a.page);
    // Stored: a fresh page (fresh IndexedDB) still has the 19 chapters.
    await b.page.reload();
    await expectAllChapters(b.page);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('deleting a selection that spans two chapters trims both and keeps both', async () => {
    const cid = await newConsortium(suite.ts.server, 'across');
    const a = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    open.push(a);
    const b = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    open.push(b);

    // Last paragraph of chapter 5 and first paragraph of chapter 6.
    const end5 = paragraph(a.page, 'partnership', 3);
    const start6 = paragraph(a.page, 'team', 0);
    await typeInto(a.page, end5, 'KEEP-five DROP-five');
    await typeInto(a.page, start6, 'DROP-six KEEP-six');
    await poll(() => chapterText(b.page, 'team')).toContain('DROP-six KEEP-six');

    // Mouse drag from "DROP-five" to "KEEP-six", across chapter 6's heading.
    await end5.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const from = await charPoint(end5, 'KEEP-five '.length);
    const to = await charPoint(start6, 'DROP-six '.length);
    expect(to.y).toBeGreaterThan(from.y);
    await a.page.mouse.move(from.x - 3, from.y);
    await a.page.mouse.down();
    await a.page.mouse.move(to.x - 3, to.y, { steps: 8 });
    await a.page.mouse.up();
    const selected = await a.page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('DROP-five');
    expect(selected).toContain('DROP-six');
    await screenshot(a.page, 'chapters-cross-selection');
    await a.page.keyboard.press('Delete');

    for (const { page } of [a, b]) {
      await poll(() => textWithoutCarets(paragraph(page, 'partnership', 3))).toBe('KEEP-five ');
      await poll(() => chapterText(page, 'team')).toContain('KEEP-six');
      expect(await chapterText(page, 'team')).not.toContain('DROP-six');
      await expectAllChapters(page);
    }

    // The same with the keyboard: Shift+Down from chapter 5's last line into chapter 6, then Backspace.
    await typeInto(a.page, paragraph(a.page, 'partnership', 3), ' more five');
    await a.page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await a.page.keyboard.press('Shift+ArrowDown');
    const keySelection = await a.page.evaluate(() => {
      const s = window.getSelection();
      const section = (n: Node | null | undefined) =>
        (n instanceof Element ? n : n?.parentElement)?.closest('section.chapter')?.getAttribute('data-key');
      return { anchor: section(s?.anchorNode), focus: section(s?.focusNode) };
    });
    expect(keySelection).toEqual({ anchor: 'partnership', focus: 'team' });
    await a.page.keyboard.press('Backspace');
    for (const { page } of [a, b]) {
      // Chapter 5 keeps an (emptied) last paragraph; chapter 6 lost its opening heading; both stay.
      await poll(() => textWithoutCarets(paragraph(page, 'partnership', 3))).toBe('');
      await poll(() => chapterText(page, 'team')).not.toContain('Programme leader');
      expect(await chapterText(page, 'partnership')).toContain('Joining and leaving');
      await expectAllChapters(page);
    }
    await expectSaved(a.page);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});

describe('chapter guidance', () => {
  it('opening a chapter’s guidance shows its help text and the decisions to take (loaded on first opening)', async () => {
    const cid = await newConsortium(suite.ts.server, 'guidance');
    const a = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    open.push(a);
    const guidance = chapter(a.page, 'vision').locator('details.chapter-guidance');
    await guidance.locator('summary').click();
    const expected = CHAPTER_GUIDANCE.vision;
    await poll(() => guidance.locator('.guidance-body > p').allInnerTexts()).toEqual(expected.guidance);
    expect(await guidance.locator('.checklist li').allInnerTexts()).toEqual(expected.checklist);
    await screenshot(a.page, 'chapter-guidance-open');
    // Closing and opening again shows it once, not twice.
    await guidance.locator('summary').click();
    await guidance.locator('summary').click();
    expect(await guidance.locator('.checklist li').count()).toBe(expected.checklist.length);
  });
});
