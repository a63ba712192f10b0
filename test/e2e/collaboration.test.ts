/**
 * Two partners editing the dossier at the same time, in separate browser contexts (own cookies,
 * IndexedDB and BroadcastChannel), through the real server serving the built client.
 */
import { describe, expect, it } from 'vitest';
import {
  ANNA,
  JORDI,
  RUTA,
  LAPTOP,
  caretLabels,
  caretLabelsSeenIn,
  chapterText,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  peopleIn,
  screenshot,
  textWithoutCarets,
  typeInto,
  type OpenPage,
  browserSuite,
} from '../utils/e2e.ts';

const suite = browserSuite();
const open = suite.open;

async function person(consortiumId: string, who: typeof ANNA, viewport?: { width: number; height: number }): Promise<OpenPage> {
  const p = await openDossier(suite.browser, suite.ts.server, consortiumId, who, viewport);
  open.push(p);
  return p;
}

describe('two partners editing together', () => {
  it('see each other’s text, named carets and sidebar presence, and get "All changes saved"', async () => {
    const cid = await newConsortium(suite.ts.server, 'two');
    const a = await person(cid, ANNA); // coordinator, University of Northbridge
    const b = await person(cid, JORDI); // editor, Universitat del Mar

    // Same chapter: both write in "Consortium agreement", in different paragraphs.
    await typeInto(a.page, paragraph(a.page, 'agreement', 0), 'Northbridge coordinates the programme.');
    await typeInto(b.page, paragraph(b.page, 'agreement', 1), 'A steering board of one member per partner.');

    for (const { page } of [a, b]) {
      await poll(() => textWithoutCarets(paragraph(page, 'agreement', 0))).toBe('Northbridge coordinates the programme.');
      await poll(() => textWithoutCarets(paragraph(page, 'agreement', 1))).toBe('A steering board of one member per partner.');
    }
    // Both are in the agreement chapter: each sees the other's avatar there, and their own.
    await poll(() => peopleIn(a.page, 'agreement')).toEqual(expect.arrayContaining(['Anna de Vries (you)', 'Jordi Puig']));
    await poll(() => peopleIn(b.page, 'agreement')).toEqual(expect.arrayContaining(['Jordi Puig (you)', 'Anna de Vries']));

    // Both named carets are in the same chapter card, each on the paragraph its owner typed in.
    await poll(() => caretLabels(a.page)).toEqual(['Jordi Puig']);
    await poll(() => caretLabels(b.page)).toEqual(['Anna de Vries']);
    await poll(() => caretLabelsSeenIn(paragraph(a.page, 'agreement', 1))).toEqual(['Jordi Puig']);
    await poll(() => caretLabelsSeenIn(paragraph(b.page, 'agreement', 0))).toEqual(['Anna de Vries']);
    await screenshot(a.page, 'two-partners-same-chapter');

    // Different chapters: Jordi moves on to "Vision", Anna to "Business plan".
    await typeInto(b.page, paragraph(b.page, 'vision', 0), 'Learners study at three universities without moving.');
    await typeInto(a.page, paragraph(a.page, 'business', 1), 'Fees are shared in proportion to ECTS delivered.');

    await poll(() => textWithoutCarets(paragraph(a.page, 'vision', 0))).toBe('Learners study at three universities without moving.');
    await poll(() => textWithoutCarets(paragraph(b.page, 'business', 1))).toBe('Fees are shared in proportion to ECTS delivered.');

    // Named carets: each page shows exactly the other person's label, never its own.
    await poll(() => caretLabels(a.page)).toEqual(['Jordi Puig']);
    await poll(() => caretLabels(b.page)).toEqual(['Anna de Vries']);
    // The label sits where the other person is writing.
    await poll(() => caretLabelsSeenIn(paragraph(a.page, 'vision', 0))).toEqual(['Jordi Puig']);
    await poll(() => caretLabelsSeenIn(paragraph(b.page, 'business', 1))).toEqual(['Anna de Vries']);

    // Sidebar presence follows each person to their chapter.
    await poll(() => peopleIn(a.page, 'vision')).toEqual(['Jordi Puig']);
    await poll(() => peopleIn(a.page, 'business')).toEqual(['Anna de Vries (you)']);
    await poll(() => peopleIn(b.page, 'business')).toEqual(['Anna de Vries']);
    await poll(() => peopleIn(b.page, 'vision')).toEqual(['Jordi Puig (you)']);
    expect(await peopleIn(a.page, 'agreement')).toEqual([]);
    expect(await peopleIn(b.page, 'agreement')).toEqual([]);

    // Header: the other person is in the presence row, and everything is stored.
    await poll(() =>
      a.page
        .getByTestId('presence')
        .locator('.avatar')
        .evaluateAll((els) => els.map((e) => e.getAttribute('title'))),
    ).toEqual(['Jordi Puig · Universitat del Mar']);
    await poll(() =>
      b.page
        .getByTestId('presence')
        .locator('.avatar')
        .evaluateAll((els) => els.map((e) => e.getAttribute('title'))),
    ).toEqual(['Anna de Vries · University of Northbridge']);
    await expectSaved(a.page);
    await expectSaved(b.page);

    // Each page scrolled to where the OTHER person is writing, so the screenshot shows their caret.
    await paragraph(a.page, 'vision', 0).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await paragraph(b.page, 'business', 1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(a.page, 'two-partners-a');
    await screenshot(b.page, 'two-partners-b');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('keeps everything across reloads, and a third partner opening later sees it all', async () => {
    const cid = await newConsortium(suite.ts.server, 'reload');
    const a = await person(cid, ANNA);
    const b = await person(cid, JORDI);
    await typeInto(a.page, paragraph(a.page, 'concept', 0), 'A micro-credential certifies assessed learning outcomes.');
    await typeInto(b.page, paragraph(b.page, 'language', 0), 'English is the language of instruction.');
    await expectSaved(a.page);
    await expectSaved(b.page);
    await poll(() => chapterText(a.page, 'language')).toContain('English is the language of instruction.');
    await poll(() => chapterText(b.page, 'concept')).toContain('A micro-credential certifies assessed learning outcomes.');

    for (const { page } of [a, b]) {
      await page.reload();
      await poll(() => page.locator('section.chapter').count(), { timeout: 15_000 }).toBe(19);
      await poll(() => textWithoutCarets(paragraph(page, 'concept', 0))).toBe('A micro-credential certifies assessed learning outcomes.');
      await poll(() => textWithoutCarets(paragraph(page, 'language', 0))).toBe('English is the language of instruction.');
      await expectSaved(page);
    }

    // Rūta (third partner) opens the dossier for the first time, on a laptop-sized window.
    const c = await person(cid, RUTA, LAPTOP);
    await poll(() => textWithoutCarets(paragraph(c.page, 'concept', 0))).toBe('A micro-credential certifies assessed learning outcomes.');
    await poll(() => textWithoutCarets(paragraph(c.page, 'language', 0))).toBe('English is the language of instruction.');
    await expectSaved(c.page);
    await poll(() => c.page.getByTestId('presence').locator('.avatar').count()).toBe(2);
    await screenshot(c.page, 'third-partner-laptop');
    for (const p of [a, b, c]) expect(p.errors).toEqual([]);
  });

  it('undo removes only one’s own typing, on both pages', async () => {
    const cid = await newConsortium(suite.ts.server, 'undo');
    const a = await person(cid, ANNA);
    const b = await person(cid, JORDI);
    const pa = paragraph(a.page, 'objectives', 0);
    const pb = paragraph(b.page, 'objectives', 0);

    await typeInto(a.page, pa, 'alpha');
    await poll(() => textWithoutCarets(pb)).toBe('alpha');
    await typeInto(b.page, pb, ' beta');
    await poll(() => textWithoutCarets(pa)).toBe('alpha beta');

    await a.page.keyboard.press('Control+z');
    await poll(() => textWithoutCarets(pa)).toBe(' beta');
    await poll(() => textWithoutCarets(pb)).toBe(' beta');

    // And redo brings Anna's text back, still without touching Jordi's.
    await a.page.keyboard.press('Control+Shift+z');
    await poll(() => textWithoutCarets(pb)).toBe('alpha beta');
    await expectSaved(a.page);
    await expectSaved(b.page);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
