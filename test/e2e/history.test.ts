/**
 * History in the browser: a partner signs off a chapter, another partner's editor changes it, and
 * the first sees "what changed since you signed" (the change inline, coloured by partner, with the
 * person's name); then the coordinator restores the chapter from its history while a third
 * partner watches the text change back on their page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ANNA,
  JORDI,
  browserSuite,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  textWithoutCarets,
  typeInto,
  type Person,
} from '../utils/e2e.ts';

const QA: Person = { userId: 'qa', name: 'Quinn Adams (QA officer)', partnerId: 'baltic', role: 'commenter' };
const KEY = 'curriculum';
const SENTENCE = 'Learners complete five modules of six credits each.';

const suite = browserSuite();
const meta = (page: Page) => page.getByTestId(`meta-${KEY}`);

describe('history', () => {
  it('a partner signs off, another edits, the first sees what changed since signing, and the coordinator restores the chapter while a third partner watches', async () => {
    const cid = await newConsortium(suite.ts.server, 'history');
    const [coord, editor, qa] = await Promise.all([ANNA, JORDI, QA].map((p) => openDossier(suite.browser, suite.ts.server, cid, p)));
    suite.open.push(coord!, editor!, qa!);
    for (const p of [coord!, editor!, qa!]) await p.page.locator(`[data-chapter-link="${KEY}"]`).click();

    await typeInto(editor!.page, paragraph(editor!.page, KEY, 0), SENTENCE);
    for (const p of [coord!, editor!, qa!]) await poll(() => textWithoutCarets(paragraph(p.page, KEY, 0))).toBe(SENTENCE);
    await meta(coord!.page).getByLabel('Chapter status').selectOption({ label: 'In review' });
    await poll(() => meta(qa!.page).getByTestId('chapter-status').innerText()).toBe('In review');

    // The QA officer signs off for the Baltic partner; then the editor of another partner changes the text.
    await meta(qa!.page)
      .getByRole('button', { name: /^Sign off for/ })
      .click();
    await poll(() => qa!.page.getByTestId(`signoff-${KEY}-baltic`).getAttribute('data-state')).toBe('signed');
    await typeInto(editor!.page, paragraph(editor!.page, KEY, 0), ' Plus a capstone.');
    await poll(() => qa!.page.getByTestId(`signoff-${KEY}-baltic`).getAttribute('data-state')).toBe('stale');

    // "What changed since you signed": the insertion, coloured, with who made it.
    await meta(qa!.page).getByRole('button', { name: 'What changed since you signed' }).click();
    const compare = qa!.page.getByTestId('history-compare');
    await poll(() => compare.locator('ins').allInnerTexts()).toEqual([' Plus a capstone.']);
    expect(await compare.locator('ins').getAttribute('title')).toContain('Jordi Puig');
    expect(await compare.locator('ins').evaluate((el) => getComputedStyle(el).color)).not.toBe(
      await compare.evaluate((el) => getComputedStyle(el).color),
    );
    expect(await compare.locator('.history-people').innerText()).toContain('Jordi Puig');
    await qa!.page.getByTestId('history-panel').getByRole('button', { name: 'Close' }).click();

    // On another partner's page the stale sign-off offers the same comparison, its link set apart from the name.
    const chip = coord!.page.getByTestId(`signoff-${KEY}-baltic`);
    await poll(() => chip.getAttribute('data-state')).toBe('stale');
    const whatChanged = chip.getByRole('button', { name: 'what changed' });
    const gap = await whatChanged.evaluate((button) => {
      // The partner's name is the chip's own text (not the words only a screen reader hears).
      const text = [...button.parentElement!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).at(-1)!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const name = [...range.getClientRects()].at(-1)!;
      const link = button.getBoundingClientRect();
      return link.top >= name.bottom ? Infinity : link.left - name.right; // on a line of its own, or beside the name
    });
    expect(gap).toBeGreaterThanOrEqual(4);
    await whatChanged.click();
    await poll(() => coord!.page.getByTestId('history-compare').locator('ins').allInnerTexts()).toEqual([' Plus a capstone.']);
    await coord!.page.getByTestId('history-panel').getByRole('button', { name: 'Close' }).click();

    // The coordinator opens the chapter's history and restores the signed version; the QA officer's page follows.
    await meta(coord!.page).getByRole('button', { name: 'History' }).click();
    const history = coord!.page.getByTestId('history-panel');
    const signed = history.getByTestId('history-version').filter({ hasText: 'Sign-off' });
    await poll(() => signed.count()).toBe(1);
    // The sign-off says who gave it, for which partner (its text was written by someone else).
    expect(await signed.getByTestId('history-actor').innerText()).toBe(`signed off by ${QA.name} (Baltic Technical University)`);
    // A status change says who set which status (its authors are whoever had written text since).
    expect(
      await history.getByTestId('history-version').filter({ hasText: 'Status change' }).getByTestId('history-actor').allInnerTexts(),
    ).toContain(`status set to In review by ${ANNA.name} (University of Northbridge)`);
    await signed.getByRole('button', { name: 'Restore this chapter' }).click();
    for (const p of [qa!, editor!, coord!])
      await poll(() => textWithoutCarets(paragraph(p.page, KEY, 0)), { message: `${p.person.name} sees the restored text` }).toBe(SENTENCE);
    await poll(() => history.getByTestId('history-version').first().innerText()).toContain('Restore');
    for (const p of [coord!, editor!, qa!]) expect(p.errors).toEqual([]);
  });

  it('the coordinator brings the whole dossier back to a named version while an editor watches every chapter change back', async () => {
    const cid = await newConsortium(suite.ts.server, 'history-dossier');
    const [coord, editor] = await Promise.all([ANNA, JORDI].map((p) => openDossier(suite.browser, suite.ts.server, cid, p)));
    suite.open.push(coord!, editor!);
    await typeInto(editor!.page, paragraph(editor!.page, 'vision', 0), 'Open learning for all.');
    await typeInto(editor!.page, paragraph(editor!.page, 'team', 0), 'Two leads per partner.');
    await expectSaved(editor!.page);

    // The coordinator names the version, then the editor rewrites both chapters.
    await coord!.page.getByRole('button', { name: 'History of the dossier' }).click();
    const history = coord!.page.getByTestId('history-panel');
    await history.getByLabel('Version name').fill('Sent to faculty boards');
    await history.getByRole('button', { name: 'Save version' }).click();
    const named = history.getByTestId('history-version').filter({ hasText: 'Sent to faculty boards' });
    await poll(() => named.count()).toBe(1);
    await typeInto(editor!.page, paragraph(editor!.page, 'vision', 0), ' Rewritten.');
    await typeInto(editor!.page, paragraph(editor!.page, 'team', 0), ' Rewritten too.');
    await expectSaved(editor!.page);

    // An editor's dossier history offers no whole-dossier restore.
    await editor!.page.getByRole('button', { name: 'History of the dossier' }).click();
    await poll(() => editor!.page.getByTestId('history-version').count()).not.toBe(0);
    expect(await editor!.page.getByRole('button', { name: 'Restore the whole dossier' }).count()).toBe(0);
    await editor!.page.getByTestId('history-panel').getByRole('button', { name: 'Close' }).click();

    // The coordinator asks, reads what will happen, confirms; the editor's page follows in both chapters.
    await named.getByRole('button', { name: 'Restore the whole dossier' }).click();
    await expect(named.getByRole('group').innerText()).resolves.toContain('new change on top of today');
    await screenshot(coord!.page, 'history-restore-dossier-confirm');
    await named.getByRole('button', { name: 'Yes, restore every chapter' }).click();
    await poll(() => textWithoutCarets(paragraph(editor!.page, 'vision', 0))).toBe('Open learning for all.');
    await poll(() => textWithoutCarets(paragraph(editor!.page, 'team', 0))).toBe('Two leads per partner.');
    await poll(() => history.getByTestId('history-version').first().innerText()).toContain('Restore');
    for (const p of [coord!, editor!]) expect(p.errors).toEqual([]);
  });
});
