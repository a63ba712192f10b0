/**
 * Exporting the shared vision from the chapter's Export menu while another partner keeps typing:
 * the downloads are real files with meaningful names and the agreed text in them.
 */
import { execFileSync } from 'node:child_process';

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import {
  ANNA,
  JORDI,
  browserSuite,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  textWithoutCarets,
  typeInto,
} from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';

const suite = browserSuite();
const downloads = tempDir('downloads');
afterAll(() => downloads.remove());

async function download(page: Page, format: 'docx' | 'pdf'): Promise<{ file: string; name: string }> {
  const menu = page.getByTestId('export-vision');
  await menu.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), menu.locator(`a[data-format="${format}"]`).click()]);
  expect(await dl.failure()).toBeNull();
  const file = join(downloads.path, dl.suggestedFilename());
  await dl.saveAs(file);
  // The menu closes itself once the download has started.
  await poll(() => menu.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  return { file, name: dl.suggestedFilename() };
}

describe('export from the browser', () => {
  it('downloads the shared vision as DOCX and PDF while another partner is typing', async () => {
    const cid = await newConsortium(suite.ts.server, 'export');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(anna, jordi);

    const agreed = 'We prepare working adults for the green transition, together and online.';
    await typeInto(anna.page, paragraph(anna.page, 'vision', 0), agreed);
    await expectSaved(anna.page);
    await poll(() => textWithoutCarets(paragraph(jordi.page, 'vision', 0))).toContain('green transition');

    // Jordi keeps typing in another chapter while Anna exports.
    let typing = true;
    const typist = (async () => {
      await paragraph(jordi.page, 'agreement', 0).click();
      for (let i = 0; typing && i < 200; i++) await jordi.page.keyboard.type('clause ', { delay: 15 });
    })();

    await anna.page.getByTestId('export-vision').scrollIntoViewIfNeeded();
    const today = new Date().toISOString().slice(0, 10);
    const docx = await download(anna.page, 'docx');
    const pdf = await download(anna.page, 'pdf');
    typing = false;
    await typist;

    expect(docx.name).toBe(`${cid}-shared-vision-${today}.docx`);
    expect(pdf.name).toBe(`${cid}-shared-vision-${today}.pdf`);

    const { value: text } = await mammoth.extractRawText({ path: docx.file });
    expect(text).toContain('8. Shared vision');
    expect(text).toContain(agreed);
    expect(text).toContain('Digital Skills Alliance');
    expect(text).not.toContain('Decisions to take'); // guidance is never exported

    const pdfText = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('8. Shared vision');
    expect(pdfText.replace(/\s+/g, ' ')).toContain(agreed);
    expect(pdfText).toMatch(/Page \d+ of \d+/);

    // The export was recorded.
    const activity = (await suite.ts.server.storage.activity.list(cid, 10)).map((a) => `${a.name}:${a.detail.format}:${a.detail.chapter}`);
    expect(activity).toEqual(expect.arrayContaining([`${ANNA.name}:docx:vision`, `${ANNA.name}:pdf:vision`]));
    expect(anna.errors).toEqual([]);
    expect(jordi.errors).toEqual([]);
  });
});
