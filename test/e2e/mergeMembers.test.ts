/**
 * Merging a duplicate member in the browser: Jordi joined twice (an old link made "Jordi P.", a
 * commenter; his account is "Jordi Puig", an editor). The old entry wrote a comment, so Jordi
 * cannot edit it. The coordinator says on the People page that the two are the same person,
 * confirms, and on Jordi's open dossier the comment now shows Jordi Puig, and he edits it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ANNA,
  JORDI,
  browserSuite,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  selectPhrase,
  textWithoutCarets,
  typeInto,
  expectSaved,
  type Person,
} from '../utils/e2e.ts';
import { openAs } from '../utils/browser.ts';
import { signInUrl } from '../utils/e2e.ts';

const OLD_JORDI: Person = { userId: 'jordi-old-link', name: 'Jordi P.', partnerId: 'mar', role: 'commenter' };
const KEY = 'curriculum';
const SENTENCE = 'Learners complete five modules of six credits each.';
const PHRASE = 'five modules';
const COMMENT = 'Written before I had an account.';

const suite = browserSuite();

const panel = (page: Page) => page.getByTestId('thread-panel');
const card = (page: Page) => panel(page).locator('[data-thread-card]').first();

describe('merging duplicate members', () => {
  it('the coordinator merges a duplicate on the People page; the comment it wrote shows the kept member, who can edit it', async () => {
    const { ts, browser, open } = suite;
    const cid = await newConsortium(ts.server, 'merge');
    const [jordi, old] = await Promise.all([openDossier(browser, ts.server, cid, JORDI), openDossier(browser, ts.server, cid, OLD_JORDI)]);
    open.push(jordi!, old!);
    for (const p of [jordi!, old!]) await p.page.locator(`[data-chapter-link="${KEY}"]`).click();

    // Under the old entry, Jordi comments on a sentence he wrote.
    await typeInto(jordi!.page, paragraph(jordi!.page, KEY, 0), SENTENCE);
    await expectSaved(jordi!.page);
    await poll(() => textWithoutCarets(paragraph(old!.page, KEY, 0))).toBe(SENTENCE);
    await selectPhrase(old!.page, KEY, PHRASE);
    await old!.page.getByTestId('add-comment').click();
    const composer = panel(old!.page).locator('form.composer');
    await composer.getByLabel('Comment').fill(COMMENT);
    await composer.getByRole('button', { name: 'Comment' }).click();
    await poll(() => card(jordi!.page).locator('.message-author').allInnerTexts()).toEqual(['Jordi P.']);
    // Not his (as far as the server knows): no Edit for Jordi Puig.
    expect(await card(jordi!.page).getByRole('button', { name: 'Edit' }).count()).toBe(0);

    // The coordinator: People page, "Same person as…", choose, confirm.
    const anna = await openAs(browser, await signInUrl(ts.server, cid, ANNA));
    open.push({ person: ANNA, ...anna });
    await anna.page.goto(`${ts.server.url}/c/${cid}/people`);
    const oldRow = anna.page.getByTestId(`member-row-${OLD_JORDI.userId}`);
    await oldRow.getByRole('button', { name: 'Jordi P. is the same person as another member' }).click();
    const mergePanel = anna.page.getByTestId(`merge-${OLD_JORDI.userId}`);
    await mergePanel.getByLabel('Is Jordi P. the same person as another member?').selectOption(JORDI.userId);
    await mergePanel.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => mergePanel.getByRole('alert').innerText())
      .toContain('Merge Jordi P. (Universitat del Mar) into Jordi Puig (Universitat del Mar)?');
    await screenshot(anna.page, 'merge-confirm');
    await mergePanel.getByRole('button', { name: 'Yes, they are the same person' }).click();

    // One Jordi left, with the higher role.
    await poll(() => oldRow.count()).toBe(0);
    await expect.poll(() => anna.page.getByLabel('Role of Jordi Puig').inputValue()).toBe('editor');
    await screenshot(anna.page, 'merge-done');

    // Jordi's open dossier: the comment is his now, and he edits it.
    await poll(() => card(jordi!.page).locator('.message-author').allInnerTexts()).toEqual(['Jordi Puig']);
    await card(jordi!.page).getByRole('button', { name: 'Edit' }).click();
    await card(jordi!.page).getByLabel('Edit message').fill('Written before I had an account, and edited with it.');
    await card(jordi!.page).getByRole('button', { name: 'Save' }).click();
    await poll(() => card(jordi!.page).locator('.message-text').innerText()).toContain(
      'Written before I had an account, and edited with it.',
    );
    await screenshot(jordi!.page, 'merge-comment-edited');
    // The old entry's page was closed out.
    await poll(() => old!.page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/no longer a member|removed/i);
    expect(jordi!.errors).toEqual([]);
  });
});
