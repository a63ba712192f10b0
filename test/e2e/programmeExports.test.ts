/**
 * A partner exports the programme for the outside world from the demo programme's Export menu
 * (Europass ELM, the readiness page and report, the supplement, the programme page) while the
 * coordinator changes the programme: the readiness page follows, and its fix link opens the block.
 * A partner with the German interface, in a consortium that exports in German, finds the menu and
 * the files in German.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { ANNA, JORDI, browserSuite, openDossier, poll, screenshot, signInUrl, VIEWPORT } from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';

const suite = browserSuite();
const downloads = tempDir('programme-exports');
afterAll(() => downloads.remove());

/** Opens the overview's Export menu and downloads one format. */
async function download(page: Page, format: string): Promise<{ file: string; name: string }> {
  const menu = page.getByTestId('export-dossier');
  await menu.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), menu.locator(`a[data-format="${format}"]`).click()]);
  expect(await dl.failure()).toBeNull();
  const file = join(downloads.path, dl.suggestedFilename());
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}

describe('the programme for Europass, learners and websites', () => {
  it('a partner exports ELM, the readiness report, a supplement and the programme page from the Export menu', async () => {
    const cid = `e2e-demo-${Date.now().toString(36)}`;
    await createConsortium(
      suite.ts.server.storage.consortia,
      {
        id: cid,
        name: 'Digital Skills Alliance (demo)',
        programmeTitle: 'Micro-credential programme in Applied Data Literacy',
        partners: DEMO_PARTNERS,
      },
      await demoDossierUpdate(),
    );
    const context = await suite.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(await signInUrl(suite.ts.server, cid, JORDI));
    await page.getByTestId('export-dossier').waitFor();
    suite.open.push({ person: JORDI, context, page, errors });

    const elm = await download(page, 'elm');
    expect(elm.name).toMatch(new RegExp(`^${cid}-europass-elm-\\d{4}-\\d{2}-\\d{2}\\.jsonld$`));
    const doc = JSON.parse(readFileSync(elm.file, 'utf8')) as { type: string; title: Record<string, string>; hasPart: unknown[] };
    expect(doc.type).toBe('LearningAchievementSpecification');
    expect(doc.title.en).toBe('Applied Data Literacy for Public-Sector Professionals');
    expect(doc.hasPart).toHaveLength(6);

    const pdf = await download(page, 'supplement-pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.file, '-']).toString();
    expect(pdfText).toContain('Credential supplement');
    expect(pdfText).toContain('Unit: ADL-104 Data protection and ethics');
    const docx = await download(page, 'supplement-docx');
    expect((await mammoth.extractRawText({ path: docx.file })).value).toContain('Awarding bodies');

    const programmePage = await download(page, 'programme-html');
    const html = readFileSync(programmePage.file, 'utf8');
    expect(html).toContain('<h1>Applied Data Literacy for Public-Sector Professionals</h1>');
    expect(html).not.toMatch(/<script/i);
    const report = await download(page, 'readiness-html');
    const reportHtml = readFileSync(report.file, 'utf8');
    expect(reportHtml).toContain('The programme describes all 11 mandatory elements.');
    // Its links lead back into the app from wherever the file is opened.
    expect(reportHtml).toContain(`href="${suite.ts.server.url}/c/${cid}/`);
    expect(reportHtml).not.toMatch(/href="\//);

    // The page version of the report, from the same menu.
    await page.getByTestId('export-dossier').locator('summary').click();
    await page.getByTestId('export-dossier').locator('a[data-format="readiness-page"]').click();
    await poll(() => page.getByTestId('readiness-summary').innerText()).toBe('The programme describes all 11 mandatory elements.');
    const level = page.getByTestId('readiness-programme').locator('tr[data-element="level"]');
    expect(await level.innerText()).toContain('Ready');
    await screenshot(page, 'readiness-page');

    // Anna (coordinator, another partner) clears the programme's EQF level in the dossier.
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    await anna.page.getByTestId('facts-block').locator('[data-field="eqf"] select').selectOption('');
    await poll(async () => {
      await page.reload();
      return page.getByTestId('readiness-summary').innerText();
    }).toBe('1 of the 11 mandatory elements is still missing for the programme.');
    expect(await level.getAttribute('data-status')).toBe('missing');
    expect(await level.innerText()).toMatch(/Missing\s+Choose the programme’s EQF level: open the block/);
    expect(await page.getByTestId('elm-gaps').innerText()).toContain('The EQF level is not given.');
    await screenshot(page, 'readiness-missing');

    // The fix link is drawn in the product's blue (it was the browser's default blue or visited purple).
    expect(await level.getByRole('link', { name: 'open the block' }).evaluate((a) => getComputedStyle(a).color)).toBe(
      await page
        .evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())
        .then((hex) => {
          const n = parseInt(hex.slice(1), 16);
          return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
        }),
    );
    // It opens the dossier at the programme facts block.
    await level.getByRole('link', { name: 'open the block' }).click();
    await page.getByTestId('facts-block').waitFor();
    expect(new URL(page.url()).hash).toBe('#block-facts-demo');
    await poll(() =>
      page
        .getByTestId('facts-block')
        .evaluate((el) => el.getBoundingClientRect().top < innerHeight && el.getBoundingClientRect().bottom > 0),
    ).toBe(true);

    // Anna gives the first unit a field of study of its own and a Dutch title; Jordi's next Europass
    // export carries both for that unit, while the other units keep the programme's field.
    const unit = anna.page.getByTestId('unit-block').first();
    await unit.scrollIntoViewIfNeeded();
    await unit.locator('[data-field="iscedField"] input').fill('0611 Computer use');
    await unit.locator('[data-field="otherTitles"] input').fill('nl: Datafundamenten voor publieke diensten');
    await unit.locator('[data-field="otherTitles"] input').press('Tab');
    await screenshot(anna.page, 'unit-own-field');
    type Part = { thematicArea?: { id: string }[]; title: Record<string, string> };
    await page.goto(`${suite.ts.server.url}/c/${cid}`);
    await poll(async () => {
      const again = await download(page, 'elm');
      const parts = (JSON.parse(readFileSync(again.file, 'utf8')) as { hasPart: Part[] }).hasPart;
      return [parts[0]!.thematicArea?.map((c) => c.id), parts[0]!.title.nl, parts[1]!.thematicArea?.map((c) => c.id)];
    }).toEqual([
      ['http://data.europa.eu/snb/isced-f/0611'],
      'Datafundamenten voor publieke diensten',
      ['http://data.europa.eu/snb/isced-f/0688'],
    ]);

    // The programme page as a browser shows it, for a look.
    await page.goto(`file://${programmePage.file}`);
    await screenshot(page, 'programme-page');
    expect(errors).toEqual([]);
  });

  it('a partner with the German interface reads the menu in German and downloads the supplement and programme page in German', async () => {
    const cid = `e2e-demo-de-${Date.now().toString(36)}`;
    await createConsortium(
      suite.ts.server.storage.consortia,
      {
        id: cid,
        name: 'Digital Skills Alliance (demo)',
        programmeTitle: 'Micro-credential programme in Applied Data Literacy',
        partners: DEMO_PARTNERS,
        documentLanguage: 'de',
      },
      await demoDossierUpdate(),
    );
    const context = await suite.browser.newContext({ viewport: VIEWPORT, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(await signInUrl(suite.ts.server, cid, JORDI));
    const menu = page.getByTestId('export-dossier');
    await menu.waitFor();
    suite.open.push({ person: JORDI, context, page, errors });

    await menu.locator('summary').click();
    const label = (format: string) => menu.locator(`a[data-format="${format}"]`).innerText();
    await poll(() => label('supplement-docx')).toBe('Zusatz zum Microcredential (Word)');
    expect(await label('supplement-pdf')).toBe('Zusatz zum Microcredential (PDF)');
    expect(await label('readiness-html')).toBe('Stand Anhang I (Bericht)');
    expect(await label('programme-html')).toBe('Programmseite für Websites');
    expect(await label('docx')).toBe('Word (.docx)');
    await screenshot(page, 'export-menu-german');
    await page.keyboard.press('Escape');

    const docx = await download(page, 'supplement-docx');
    const text = (await mammoth.extractRawText({ path: docx.file })).value;
    for (const piece of [
      'Zusatz zum Microcredential',
      'Verleihende Stellen',
      'EQR 6',
      'Hausarbeit',
      'Schriftliche Prüfung',
      'Mit Aufsicht (online oder vor Ort) und Identitätsprüfung',
      'Stichting Universiteit van Northbridge, Niederlande, Erasmus-Code: NL NORTHBR01',
      'Baltijos technikos universitetas, Litauen, PIC (EU-Teilnehmer-Identifikationscode): 999000123',
    ])
      expect(text).toContain(piece);
    // The date in words, as German writes it ("Erstellt am 4. Dezember 2026").
    expect(text).toMatch(
      /Erstellt am \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
    );
    for (const english of ['Assignment', 'Written exam', 'Supervised', 'Netherlands', 'Erasmus code', 'Generated'])
      expect(text).not.toContain(english);

    const programmePage = await download(page, 'programme-html');
    const html = readFileSync(programmePage.file, 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="de">/);
    for (const piece of [
      '<h2 id="outcomes">Was Sie lernen werden</h2>',
      '<th scope="col">Unterrichtet von</th>',
      '<dd>EQR 6</dd>',
      'Niederlande</li>',
    ])
      expect(html).toContain(piece);
    expect(html).not.toContain('What you will learn');
    expect(errors).toEqual([]);
  });
});
