/**
 * Three partners build a small programme in three browsers: facts and units edited inline, the
 * checks changing on every page as fields are filled, units imported from CSV, and the curriculum
 * exported as DOCX and CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import mammoth from 'mammoth';
import { ANNA, JORDI, RUTA, VIKTOR, browserSuite, newConsortium, openDossier, poll } from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';

const suite = browserSuite();
const downloads = tempDir('programme-downloads');
afterAll(() => downloads.remove());

const field = (block: Locator, name: string) => block.locator(`[data-field="${name}"]`).locator('input, select').first();
const finding = (page: Page, rule: string) => page.locator(`[data-testid="programme-panel"] li[data-rule="${rule}"]`);
const units = (page: Page) => page.getByTestId('unit-block');
const openPanel = (page: Page) => page.getByTestId('programme-toggle').click();

async function fillUnit(block: Locator, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = field(block, name);
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
}

async function download(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  expect(await dl.failure()).toBeNull();
  const file = join(downloads.path, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

describe('the programme as structured data', () => {
  it('three partners build a four-unit programme, watch the checks, import units and export the curriculum', async () => {
    const cid = await newConsortium(suite.ts.server, 'programme');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    const ruta = await openDossier(suite.browser, suite.ts.server, cid, RUTA);
    suite.open.push(anna, jordi, ruta);
    for (const p of [anna, jordi, ruta]) await openPanel(p.page);

    // Anna adds the programme facts; every page has them.
    await anna.page.getByTestId('insert-facts').click();
    const facts = anna.page.getByTestId('facts-block');
    await fillUnit(facts, { title: 'Applied data skills', totalEcts: '20', eqf: '6' });
    await poll(() => jordi.page.getByTestId('facts-block').locator('[data-field="title"] input').inputValue()).toBe('Applied data skills');

    // Jordi adds a unit; Rūta sees the hours-per-ECTS finding appear and go as he corrects the hours.
    await jordi.page.getByTestId('insert-unit').click();
    await poll(() => units(ruta.page).count()).toBe(1);
    await fillUnit(units(jordi.page).first(), {
      title: 'Statistics for policy',
      ects: '5',
      hours: '100',
      eqf: '6',
      assessment: 'written-exam',
    });
    await poll(() => finding(ruta.page, 'unit.hours-per-ects').count()).toBe(1);
    await field(units(jordi.page).first(), 'hours').fill('130');
    await poll(() => finding(ruta.page, 'unit.hours-per-ects').count()).toBe(0);

    // Rūta adds a unit above the programme level; Anna sees the error, then it clears.
    await ruta.page.getByTestId('insert-unit').click();
    await poll(() => units(ruta.page).count()).toBe(2);
    await fillUnit(units(ruta.page).nth(1), { title: 'Data visualisation', ects: '5', hours: '130', eqf: '7' });
    await poll(() => finding(anna.page, 'unit.eqf-above-programme').count()).toBe(1);
    await field(units(ruta.page).nth(1), 'eqf').selectOption('6');
    await poll(() => finding(anna.page, 'unit.eqf-above-programme').count()).toBe(0);
    await poll(() => finding(anna.page, 'ects.total').count()).toBe(1);

    // A bad CSV is refused with its line and field; a good one adds two units on every page.
    const bad = join(downloads.path, 'bad.csv');
    const good = join(downloads.path, 'good.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'title,partners,ects\nEthics,mar,-4\n');
    writeFileSync(
      good,
      'code,title,partners,ects,hours,eqf,assessment\nE1,Data ethics,Universitat del Mar,5,125,6,project\nE2,@risk modelling,northbridge; baltic,5,140,6,assignment\n',
    );
    await anna.page.getByTestId('import-units').setInputFiles(bad);
    await poll(() => anna.page.getByTestId('import-errors').innerText()).toContain('Line 2, ects');
    await anna.page.getByTestId('import-units').setInputFiles(good);
    await poll(() => anna.page.getByTestId('import-result').innerText()).toContain('2 units added');
    for (const p of [anna, jordi, ruta]) await poll(() => units(p.page).count()).toBe(4);
    await poll(() => finding(anna.page, 'ects.total').count()).toBe(0);

    // The curriculum table totals the four units.
    await jordi.page.getByTestId('tab-table').click();
    await poll(() => jordi.page.getByTestId('total-ects').innerText()).toBe('20');
    expect(await jordi.page.getByTestId('coverage-matrix').count()).toBe(0); // no programme outcomes yet

    // Export the curriculum as DOCX (chapter menu) and the units as CSV (panel).
    // The panel lies over the right edge of the dossier; close it to reach the chapter's menu.
    await anna.page.locator('.pf-close').click();
    const menu = anna.page.getByTestId('export-curriculum');
    await menu.scrollIntoViewIfNeeded();
    await menu.locator('summary').click();
    const docx = await download(anna.page, () => menu.locator('a[data-format="docx"]').click());
    const { value: text } = await mammoth.extractRawText({ path: docx });
    for (const title of ['Statistics for policy', 'Data visualisation', 'Data ethics', 'Total (4 units)']) expect(text).toContain(title);
    await menu.locator('summary').click();
    await openPanel(anna.page);
    await anna.page.getByTestId('tab-table').click();
    const csv = readFileSync(await download(anna.page, () => anna.page.getByTestId('download-units-csv').click()), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'code,title,partners,ects,hours,eqf,kind,origin,mode,language,assessment,id_verification,prerequisites,period,outcomes,other_titles,isced_field,nqf',
    );
    expect(csv).toContain(`E2,'@risk modelling,University of Northbridge; Baltic Technical University,5,140,6`);

    // A viewer reads the blocks but cannot change them.
    const viktor = await openDossier(suite.browser, suite.ts.server, cid, VIKTOR);
    suite.open.push(viktor);
    await poll(() => units(viktor.page).count()).toBe(4);
    expect(await field(units(viktor.page).first(), 'title').isDisabled()).toBe(true);
    await openPanel(viktor.page);
    expect(await viktor.page.getByTestId('insert-unit').count()).toBe(0);

    for (const p of [anna, jordi, ruta, viktor]) expect(p.errors).toEqual([]);
  }, 180_000);

  it('a letter typed in the middle of a field stays where it was typed, and another partner sees it', async () => {
    const cid = await newConsortium(suite.ts.server, 'programme-typing');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(anna, jordi);
    await openPanel(anna.page);
    await anna.page.getByTestId('insert-unit').click();
    const title = field(units(anna.page).first(), 'title');
    await title.fill('Ethics data');
    await poll(() => field(units(jordi.page).first(), 'title').inputValue()).toBe('Ethics data');
    // Typed in the middle, as people correct a title: each letter stays where it was typed.
    await title.click();
    await anna.page.keyboard.press('Home');
    for (let i = 0; i < 'Ethics '.length; i++) await anna.page.keyboard.press('ArrowRight');
    await anna.page.keyboard.type('of ', { delay: 30 });
    expect(await title.inputValue()).toBe('Ethics of data');
    await poll(() => field(units(jordi.page).first(), 'title').inputValue()).toBe('Ethics of data');
    // A change from the other partner still replaces what the field shows.
    await field(units(jordi.page).first(), 'title').fill('Data ethics');
    await poll(() => title.inputValue()).toBe('Data ethics');
    // A long unbroken title wraps inside the unit's heading instead of running out of the block.
    await title.fill('Datenschutzgrundverordnungskonformitätsbewertungsverfahren'.repeat(2));
    const block = units(anna.page).first();
    await poll(() => block.locator('.pf-block-title').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(
      await block.evaluate((el) => el.getBoundingClientRect().right),
    );
  });
});
