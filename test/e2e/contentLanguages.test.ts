/**
 * Jointly in another language: a partner whose browser speaks Spanish reads chapter titles, guidance
 * and checklists in Spanish, and marks a paragraph she wrote as German; the coordinator (English
 * interface) sees that mark, sets the consortium's document language to Dutch and exports HTML whose
 * fixed words are Dutch while the partners' own text stays as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { JointlyServer } from '../../server/server.ts';
import {
  ANNA,
  JORDI,
  browserSuite,
  dossierPath,
  expectSaved,
  newConsortium,
  paragraph,
  poll,
  screenshot,
  signInUrl,
  typeInto,
  VIEWPORT,
  waitLoaded,
  type OpenPage,
  type Person,
} from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';

const suite = browserSuite();
const downloads = tempDir('language-downloads');
afterAll(() => downloads.remove());

/** Signs `person` in from a browser whose language is `locale`, and opens the dossier. */
async function openIn(browser: Browser, server: JointlyServer, cid: string, person: Person, locale: string): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(await signInUrl(server, cid, person), { waitUntil: 'commit' });
  await page.goto(`${server.url}${dossierPath(cid)}`);
  await waitLoaded(page, person.role);
  return { person, context, page, errors };
}

describe('languages', () => {
  it('shows chapters in Spanish, keeps a paragraph marked German, and exports with Dutch labels', async () => {
    const cid = await newConsortium(suite.ts.server, 'languages');
    const jordi = await openIn(suite.browser, suite.ts.server, cid, JORDI, 'es-ES');
    const anna = await openIn(suite.browser, suite.ts.server, cid, ANNA, 'en-GB');
    suite.open.push(jordi, anna);
    const j = jordi.page;

    // The sidebar and the chapter heading speak Spanish; Anna's stay English.
    await poll(() => j.locator('[data-chapter-link="vision"] .chapter-link-title').textContent()).toBe('Visión compartida');
    await expect(j.locator('#chapter-vision .chapter-title').textContent()).resolves.toBe('Visión compartida');
    await expect(j.locator('#chapter-vision .chapter-kicker').textContent()).resolves.toBe('Capítulo 8');
    await expect(anna.page.locator('#chapter-vision .chapter-title').textContent()).resolves.toBe('Shared vision');

    // Guidance and checklist arrive in Spanish when she opens them.
    const guidance = j.locator('#chapter-vision details.chapter-guidance');
    await guidance.locator('summary').scrollIntoViewIfNeeded();
    await expect(guidance.locator('summary').textContent()).resolves.toBe('Orientación y decisiones que tomar');
    await guidance.locator('summary').click();
    await poll(() => guidance.locator('.guidance-body p').first().textContent()).toContain('Empiece por la evidencia de la necesidad');
    await expect(guidance.locator('ul.checklist li').first().textContent()).resolves.toBe(
      'Resumir la evidencia de la demanda del mercado laboral y del alumnado',
    );
    await expect(guidance.locator('h4').textContent()).resolves.toBe('Decisiones que tomar');
    await screenshot(j, 'languages-spanish-guidance');

    // She writes a German sentence and marks the paragraph as German with "Text language".
    const german = 'Wir bilden berufstätige Erwachsene gemeinsam und online weiter.';
    const target = paragraph(j, 'vision', 0);
    await typeInto(j, target, german);
    await target.click();
    await j.getByTestId('text-language').selectOption('de');
    await poll(() => j.locator('#chapter-vision .chapter-body p[lang="de"]').count()).toBe(1);
    await expectSaved(j, 10_000, 'Todos los cambios guardados');
    await screenshot(j, 'languages-marked-german');

    // The mark reaches Anna through sync, on the same paragraph.
    const annaGerman = anna.page.locator('#chapter-vision .chapter-body p[lang="de"]');
    await poll(() => annaGerman.count()).toBe(1);
    await poll(() => annaGerman.textContent()).toContain('berufstätige Erwachsene');

    // Anna, the coordinator, sets the document language to Dutch on the overview.
    const a = anna.page;
    await a.goto(`${suite.ts.server.url}/c/${cid}`);
    const select = a.locator('#document-language');
    await select.waitFor();
    await select.selectOption('nl');
    await poll(() => a.getByRole('status').filter({ hasText: 'Nederlands' }).count()).toBe(1);
    await screenshot(a, 'languages-document-language');

    const menu = a.getByTestId('export-dossier');
    await menu.locator('summary').click();
    const [dl] = await Promise.all([a.waitForEvent('download'), menu.locator('a[data-format="html"]').click()]);
    expect(await dl.failure()).toBeNull();
    const file = join(downloads.path, dl.suggestedFilename());
    await dl.saveAs(file);
    const html = readFileSync(file, 'utf8');

    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h2>Inhoudsopgave</h2>');
    expect(html).toContain('8. Gedeelde visie');
    expect(html).toContain('Status: Niet begonnen');
    expect(html).toContain(`<p lang="de">${german}</p>`);
    expect(html).not.toContain('<h2>Contents</h2>');

    // After a reload the choice is still there (it is the consortium's, not the page's).
    await a.reload();
    await poll(() => a.locator('#document-language').inputValue()).toBe('nl');
    expect([...jordi.errors, ...anna.errors]).toEqual([]);
  });
});
