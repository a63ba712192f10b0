/**
 * Decisions in the browser, as three partners use them: Jordi (editor, Mar) gives a checklist
 * decision an owner and a due date, Rūta (editor, Baltic) sees it arrive and marks it agreed with
 * what was decided, and Anna (coordinator) watches the overview's counts change live; a decision
 * past its due date shows as overdue on every page; the chapter's export lists the decisions; and
 * once all three have signed the chapter off, Anna marks it "Approved by the institutions".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import mammoth from 'mammoth';
import {
  ANNA,
  JORDI,
  RUTA,
  SCREENSHOT_DIR,
  browserSuite,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  selectPhrase,
  typeInto,
} from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';

const suite = browserSuite();
const downloads = tempDir('decision-downloads');
afterAll(() => downloads.remove());

const decisions = (page: Page) => page.locator('[data-testid="decisions-concept"]');
const row = (page: Page, key: string) => page.getByTestId(`decision-${key}`);
const dueInput = (r: Locator) => r.locator('input[aria-label^="Due date of"]');

async function openDecisions(page: Page): Promise<void> {
  const toggle = decisions(page).locator('.decisions-toggle');
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  await poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
}

async function download(page: Page, format: 'docx' | 'md'): Promise<string> {
  const menu = page.getByTestId('export-concept');
  await menu.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), menu.locator(`a[data-format="${format}"]`).click()]);
  expect(await dl.failure()).toBeNull();
  const file = join(downloads.path, `${format}-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return file;
}

describe('decisions', () => {
  it('one partner sets owner and due date, another agrees it with a text, the overview follows live, a late one shows overdue, the export lists them; approval by the institutions after every sign-off', async () => {
    const cid = await newConsortium(suite.ts.server, 'decisions');
    // One after the other: three dossiers loading at once on a busy 2-core machine exceed the load wait.
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(jordi);
    const ruta = await openDossier(suite.browser, suite.ts.server, cid, RUTA);
    suite.open.push(ruta);
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    // Anna keeps the overview open in the same browser window's context.
    const overview = await anna.context.newPage();
    await overview.goto(`${suite.ts.server.url}/c/${cid}`);
    await overview.getByTestId('dashboard').waitFor();
    // One main region for screen readers (the overview once put its own inside the page's).
    expect(await overview.locator('main').count()).toBe(1);
    const conceptCount = overview.getByTestId('row-concept').getByTestId('decisions-concept');
    const partnerRow = (id: string) => overview.getByTestId(`decisions-partner-${id}`);
    await poll(() => conceptCount.innerText()).toBe('7');
    await poll(() => partnerRow('none').getByTestId('open').innerText()).not.toBe('0');

    // 1. Jordi opens the chapter's decisions and gives "Agree the total ECTS and EQF level" to Baltic, due 15 Mar 2030.
    await openDecisions(jordi.page);
    const ects = row(jordi.page, 'concept-3');
    await expect(ects.locator('.decision-title').innerText()).resolves.toBe('Agree the total ECTS and EQF level of the programme');
    await ects.locator('select[aria-label^="Owner of"]').selectOption({ label: 'Baltic Technical University' });
    await dueInput(ects).click();
    await jordi.page.keyboard.type('15 Mar 2030');
    await jordi.page.keyboard.press('Enter');

    // 2. Rūta sees both arrive, marks it agreed and types what was decided.
    await openDecisions(ruta.page);
    const rutaEcts = row(ruta.page, 'concept-3');
    await poll(() => rutaEcts.locator('select[aria-label^="Owner of"]').inputValue()).toBe('baltic');
    await poll(() => dueInput(rutaEcts).inputValue()).toBe('15 Mar 2030');
    await poll(() => partnerRow('baltic').getByTestId('open').innerText()).toBe('1');
    await rutaEcts.locator('textarea.decision-text').click();
    await ruta.page.keyboard.type(
      '20 ECTS at EQF level 6, one year part-time, with the four existing courses reused as they are and two new units written together',
    );
    await ruta.page.keyboard.press('Enter');
    await rutaEcts.locator('select.decision-state').selectOption('agreed');

    // 3. Everyone sees it agreed; the overview counts one open decision less, live.
    await poll(() => row(jordi.page, 'concept-3').getAttribute('data-state')).toBe('agreed');
    await poll(() => row(jordi.page, 'concept-3').locator('textarea.decision-text').inputValue()).toBe(
      '20 ECTS at EQF level 6, one year part-time, with the four existing courses reused as they are and two new units written together',
    );
    await poll(() => conceptCount.innerText()).toBe('6');
    await poll(() => partnerRow('baltic').getByTestId('open').innerText()).toBe('0');

    // 4. Jordi gives "Identify the main target audience" to his own university, due a date already past: overdue everywhere.
    const audience = row(jordi.page, 'concept-5');
    await audience.locator('select[aria-label^="Owner of"]').selectOption({ label: 'Universitat del Mar' });
    await dueInput(audience).click();
    await jordi.page.keyboard.type('1 Sep 2025');
    await jordi.page.keyboard.press('Tab');
    await poll(() => row(ruta.page, 'concept-5').getByTestId('decision-overdue').count()).toBe(1);
    await poll(() => conceptCount.innerText()).toBe('6 · 1 overdue');
    await poll(() => partnerRow('mar').getByTestId('overdue').innerText()).toBe('1');
    await poll(() => decisions(anna.page).getByTestId('decisions-summary-concept').innerText()).toBe('1 of 7 agreed · 6 open · 1 overdue');

    // A date that does not exist is not saved; the field says what to type.
    await dueInput(audience).fill('31 Feb 2030');
    await jordi.page.keyboard.press('Enter');
    await poll(() => audience.getByRole('alert').innerText()).toContain('Type a date');

    // 5. People add their own decisions.
    await jordi.page.getByLabel('A decision to add to this chapter').first().click();
    await jordi.page.keyboard.type('Agree the programme’s name in Spanish and Lithuanian');
    await jordi.page.keyboard.press('Enter');
    await poll(() => decisions(ruta.page).locator('.decision-title').last().innerText()).toBe(
      'Agree the programme’s name in Spanish and Lithuanian',
    );
    await poll(() => conceptCount.innerText()).toBe('7 · 1 overdue');

    await decisions(ruta.page).scrollIntoViewIfNeeded();
    await screenshot(ruta.page, 'decisions-chapter');
    await overview.screenshot({ path: join(SCREENSHOT_DIR, 'decisions-overview.png'), fullPage: true });

    // 6. Anna exports the chapter: the decisions people worked on are in it, with state, text, owner and due.
    const md = readFileSync(await download(anna.page, 'md'), 'utf8');
    expect(md).toContain('### Decisions');
    expect(md).toMatch(
      /\| Agree the total ECTS and EQF level of the programme \| Agreed \| 20 ECTS at EQF level 6, one year part-time, with the four existing courses reused as they are and two new units written together \| Baltic Technical University \| 15 March 2030 \|/,
    );
    expect(md).toMatch(/\| Identify the main target audience \| Open \| +\| Universitat del Mar \| 1 September 2025 \(overdue\) \|/);
    expect(md).not.toContain('Choose the programme type and its label'); // nobody worked on it
    const { value: docx } = await mammoth.extractRawText({ path: await download(anna.page, 'docx') });
    expect(docx).toContain(
      '20 ECTS at EQF level 6, one year part-time, with the four existing courses reused as they are and two new units written together',
    );
    // In Word a date's words are joined by no-break spaces, so it never wraps inside a table cell.
    expect(docx).toContain('1\u00a0September\u00a02025 (overdue)');

    // 7. "Approved by the institutions": Anna can choose it only once all three partners have signed off the text.
    const status = anna.page.getByTestId('meta-concept').getByLabel('Chapter status');
    await status.selectOption('in-review');
    expect(await status.locator('option[value="approved"]').isDisabled()).toBe(true);
    for (const p of [anna, jordi, ruta]) {
      const signOff = p.page.getByTestId('meta-concept').getByRole('button', { name: /^Sign off for/ });
      await signOff.click();
      await poll(() => p.page.getByTestId(`signoff-concept-${p.person.partnerId}`).getAttribute('data-state')).toBe('signed');
    }
    await poll(() => status.locator('option[value="approved"]').isDisabled()).toBe(false);
    await status.selectOption('approved');
    await poll(() => jordi.page.getByTestId('meta-concept').getByTestId('chapter-status').innerText()).toBe('Approved by the institutions');
    await expect(jordi.page.getByTestId('meta-concept').getByTestId('approved-note').innerText()).resolves.toContain(
      'institutional bodies',
    );
    await poll(() => overview.getByTestId('count-approved').innerText()).toContain('1');
    await poll(() => overview.getByTestId('row-concept').locator('.status-chip').innerText()).toBe('Approved by the institutions');
    await jordi.page.getByTestId('meta-concept').scrollIntoViewIfNeeded();
    await screenshot(jordi.page, 'decisions-approved');

    for (const p of [jordi, ruta, anna]) expect(p.errors).toEqual([]);
  });
  it('a decision linked to a comment thread: one partner links it, the other opens the thread from the decision', async () => {
    const cid = await newConsortium(suite.ts.server, 'decision-thread');
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(jordi);
    const ruta = await openDossier(suite.browser, suite.ts.server, cid, RUTA);
    suite.open.push(ruta);
    const panel = (page: Page) => page.getByTestId('thread-panel');

    // Jordi writes a sentence, comments on a phrase of it, and links the ECTS decision to that thread.
    await typeInto(jordi.page, paragraph(jordi.page, 'concept', 0), ' The programme totals 20 ECTS at EQF level 6.');
    await expectSaved(jordi.page);
    await selectPhrase(jordi.page, 'concept', '20 ECTS');
    await jordi.page.getByTestId('add-comment').click();
    await panel(jordi.page).getByLabel('Comment').fill('Is 20 ECTS right for every partner?');
    await panel(jordi.page).locator('form.composer').getByRole('button', { name: 'Comment' }).click();
    await poll(() => panel(ruta.page).locator('[data-thread-card]').count()).toBe(1);

    await openDecisions(jordi.page);
    const link = row(jordi.page, 'concept-3').getByLabel(/^Link “.*” to a comment thread/);
    await link.selectOption({ index: 1 });

    // Rūta sees the link arrive on her page and opens the thread from the decision.
    await openDecisions(ruta.page);
    const open = row(ruta.page, 'concept-3').getByRole('button', { name: 'Open thread' });
    await poll(() => open.count()).toBe(1);
    await expect(open.getAttribute('title')).resolves.toBe('“20 ECTS”');
    await open.click();
    const card = panel(ruta.page).locator('[data-thread-card].active');
    await poll(() => card.count()).toBe(1);
    await expect(card.locator('.message-text').first().innerText()).resolves.toBe('Is 20 ECTS right for every partner?');
    await poll(() => card.isVisible()).toBe(true);
    await screenshot(ruta.page, 'decision-thread-opened');

    // Jordi unlinks it; Rūta's row offers no thread any more (she is an editor too, so she sees the picker).
    await row(jordi.page, 'concept-3').getByRole('button', { name: 'unlink' }).click();
    await poll(() => row(ruta.page, 'concept-3').getByRole('button', { name: 'Open thread' }).count()).toBe(0);
    await poll(() =>
      row(ruta.page, 'concept-3')
        .getByLabel(/^Link “.*” to a comment thread/)
        .count(),
    ).toBe(1);
    for (const p of [jordi, ruta]) expect(p.errors).toEqual([]);
  });
});
