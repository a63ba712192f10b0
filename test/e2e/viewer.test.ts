/**
 * A viewer reads the live dossier but cannot change it: nothing to type into, no formatting
 * toolbar, a "Read-only" status, and keystrokes reach nobody.
 */
import { describe, expect, it } from 'vitest';
import {
  ANNA,
  VIKTOR,
  chapterText,
  paragraphTexts,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  statusText,
  textWithoutCarets,
  typeInto,
  browserSuite,
} from '../utils/e2e.ts';

const suite = browserSuite();
const open = suite.open;

describe('viewer role', () => {
  it('cannot type: not editable, no toolbar, "Read-only", and keystrokes change nothing anywhere', async () => {
    const cid = await newConsortium(suite.ts.server, 'viewer');
    const editor = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    open.push(editor);
    const viewer = await openDossier(suite.browser, suite.ts.server, cid, VIKTOR);
    open.push(viewer);

    // The viewer receives live text from others…
    await typeInto(editor.page, paragraph(editor.page, 'admission', 0), 'Applicants need a bachelor degree or equivalent experience.');
    await poll(() => textWithoutCarets(paragraph(viewer.page, 'admission', 0))).toBe(
      'Applicants need a bachelor degree or equivalent experience.',
    );
    await expectSaved(editor.page);

    // …but has nothing to write with.
    await poll(() => statusText(viewer.page)).toBe('Read-only');
    expect(await viewer.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    expect(await viewer.page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    expect(await viewer.page.locator('.toolbar').count()).toBe(0);

    await paragraph(viewer.page, 'admission', 0).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(viewer.page, 'viewer');

    await paragraph(viewer.page, 'admission', 0).click();
    await viewer.page.keyboard.press('End');
    await viewer.page.keyboard.type('VIEWER WAS HERE');
    await viewer.page.keyboard.press('Enter');
    await viewer.page.keyboard.press('Backspace');
    await paragraph(viewer.page, 'admission', 1).click();
    await viewer.page.keyboard.type('VIEWER AGAIN');
    await viewer.page.keyboard.press('Control+a');
    await viewer.page.keyboard.press('Delete');
    expect(await chapterText(viewer.page, 'admission')).not.toContain('VIEWER');

    // Proof that the keystrokes had time to travel: the editor types a marker afterwards and the
    // viewer sees it, so anything the viewer had sent earlier would have arrived before it.
    await typeInto(editor.page, paragraph(editor.page, 'admission', 2), 'marker');
    await poll(() => textWithoutCarets(paragraph(viewer.page, 'admission', 2))).toBe('marker');
    await expectSaved(editor.page);
    for (const page of [editor.page, viewer.page]) {
      expect(await paragraphTexts(page, 'admission')).toEqual([
        'Applicants need a bachelor degree or equivalent experience.',
        '',
        'marker',
        '',
      ]);
      expect(await page.locator('section.chapter').count()).toBe(19);
    }
    // Still read-only, never "Saving…" or "Offline – kept on this device".
    expect(await statusText(viewer.page)).toBe('Read-only');

    // The viewer's presence is still shown to others (they can see who is reading along).
    await poll(() =>
      editor.page
        .getByTestId('presence')
        .locator('.avatar')
        .evaluateAll((els) => els.map((e) => e.getAttribute('title'))),
    ).toEqual(['Viktor Lind · Baltic Technical University']);

    // A reader's page answers the server's sync with everything ever deleted in the document (Yjs
    // always sends that): no write, so no "permission denied" for it, on opening or after a reload.
    const warnings: string[] = [];
    viewer.page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await paragraph(editor.page, 'admission', 2).click();
    await editor.page.keyboard.press('End');
    await editor.page.keyboard.press('Backspace');
    await poll(() => textWithoutCarets(paragraph(viewer.page, 'admission', 2))).toBe('marke');
    await expectSaved(editor.page);
    await viewer.page.reload();
    await poll(() => statusText(viewer.page)).toBe('Read-only');
    await poll(() => textWithoutCarets(paragraph(viewer.page, 'admission', 2))).toBe('marke');
    // The viewer's answer left when its socket joined; two relays later any refusal of it has arrived.
    for (const more of ['r', 's']) {
      await editor.page.keyboard.type(more);
      await poll(() => textWithoutCarets(paragraph(viewer.page, 'admission', 2))).toMatch(new RegExp(`${more}$`));
    }
    expect(warnings).toEqual([]);

    expect(viewer.errors).toEqual([]);
    expect(editor.errors).toEqual([]);
  });
});
