/**
 * The consortium agreement from first clause to executed documents, as three partners live it:
 * Anna assembles it from the clause library, Rūta changes a unit's ECTS and every page sees the
 * programme clause follow, all three sign it off, Jordi (marked approver on the People page) records
 * his senate's approval, Anna executes it, each partner records its signature and uploads its signed
 * PDF, and the executed Word and PDF downloads read as the agreement with its numbered clauses and
 * the ECTS the curriculum now has. (agreementExecution.test.ts covers the read-only frozen chapter.)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { ANNA, JORDI, RUTA, PARTNERS, browserSuite, chapter, openDossier, poll, signInUrl, type OpenPage } from '../utils/e2e.ts';
import { clauses, ectsRefs, insertFromLibrary, programmeWithoutAgreement } from '../utils/agreementE2e.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';

const suite = browserSuite();
const KEY = 'agreement';
const meta = (page: Page) => page.getByTestId(`meta-${KEY}`);
const partnerName = (id: string) => PARTNERS.find((p) => p.id === id)!.name;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/agreement-journey-${name}.png` });
const CLAUSE_TITLES = ['Parties', 'Purpose and programme', 'Student data and data protection'];

describe('the agreement journey', () => {
  it('goes from the clause library to the executed Word and PDF, signed by three partners', { timeout: 300_000 }, async () => {
    const cid = `e2e-journey-${Date.now().toString(36)}`;
    await createConsortium(
      suite.ts.server.storage.consortia,
      { id: cid, name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: DEMO_PARTNERS },
      await programmeWithoutAgreement(),
    );

    // Jordi and Rūta have signed in once; Anna marks Jordi as the one who may approve for Universitat del Mar.
    for (const who of [JORDI, RUTA]) {
      const context = await suite.browser.newContext();
      await (await context.newPage()).goto(await signInUrl(suite.ts.server, cid, who), { waitUntil: 'commit' });
      await context.close();
    }
    const peopleContext = await suite.browser.newContext();
    suite.open.push({ person: ANNA, context: peopleContext, page: await peopleContext.newPage(), errors: [] });
    const people = suite.open.at(-1)!.page;
    await people.goto(await signInUrl(suite.ts.server, cid, ANNA), { waitUntil: 'commit' });
    await people.goto(`${suite.ts.server.url}/c/${cid}/people`);
    await people.getByLabel(`May approve for: ${JORDI.name}`).selectOption({ label: 'Universitat del Mar' });
    await poll(async () => (await suite.ts.server.storage.members.get(cid, JORDI.userId))?.approvesFor).toBe('mar');

    // One page after the other: three loading at once time out on a busy machine.
    const pages: OpenPage[] = [];
    for (const who of [ANNA, JORDI, RUTA]) {
      pages.push(await openDossier(suite.browser, suite.ts.server, cid, who));
      suite.open.push(pages.at(-1)!);
    }
    const [anna, jordi, ruta] = pages as [OpenPage, OpenPage, OpenPage];

    // Anna assembles the agreement from the library; the others see the clauses numbered in order.
    await chapter(anna.page, KEY).scrollIntoViewIfNeeded();
    await insertFromLibrary(anna.page, 'parties');
    await insertFromLibrary(anna.page, 'purpose');
    await insertFromLibrary(anna.page, 'data-protection', 'Controller and processor');
    for (const p of pages) {
      await poll(() => clauses(p.page).locator('.clause-title').allTextContents()).toEqual(CLAUSE_TITLES);
      expect(await clauses(p.page).getByTestId('clause-number').allTextContents()).toEqual(['1.', '2.', '3.']);
    }

    // Rūta gives a curriculum unit one more ECTS: the programme clause shows the new total on every page.
    for (const p of pages) await poll(() => ectsRefs(p.page).textContent()).toBe('20 ECTS');
    const unit = ruta.page.getByTestId('unit-block').first();
    await unit.scrollIntoViewIfNeeded();
    await unit.locator('[data-field="ects"] input').fill('5');
    for (const p of pages) await poll(() => ectsRefs(p.page).textContent()).toBe('21 ECTS');

    // All three sign the agreement off, Jordi records the senate's approval.
    for (const p of pages) await p.page.locator(`[data-chapter-link="${KEY}"]`).click();
    await meta(anna.page).getByLabel('Chapter status').selectOption({ label: 'In review' });
    for (const p of pages) {
      const partner = p.person.partnerId;
      await meta(p.page)
        .getByRole('button', { name: `Sign off for ${partnerName(partner)}` })
        .click();
      await poll(() => p.page.getByTestId(`signoff-${KEY}-${partner}`).getAttribute('data-state')).toBe('signed');
    }
    await meta(jordi.page).getByRole('button', { name: 'Record the approval for Universitat del Mar' }).click();
    await meta(jordi.page).getByLabel('Approved by').fill('Senate');
    await meta(jordi.page).getByLabel('On', { exact: true }).fill('2026-02-10');
    await meta(jordi.page).getByLabel('Reference').fill('S-2026-014');
    await meta(jordi.page).getByRole('button', { name: 'Save approval' }).click();
    for (const p of pages)
      await poll(() =>
        p.page
          .getByTestId(`approval-${KEY}-mar`)
          .innerText()
          .catch(() => ''),
      ).toContain('Senate');

    // Anna executes; each partner records its signature date and uploads its signed copy.
    await meta(anna.page).getByRole('button', { name: 'Execute the agreement…' }).click();
    await meta(anna.page).getByRole('button', { name: 'Execute', exact: true }).click();
    // Three clauses of the library's required ones are in: Anna reads what is still open and executes anyway.
    await meta(anna.page).getByRole('button', { name: 'Execute with these points open' }).click();
    for (const p of pages) {
      const row = meta(p.page).getByTestId(`signature-1-${p.person.partnerId}`);
      await row.getByLabel('Signed on', { exact: true }).fill('2026-03-02');
      await row.getByLabel('Signatory', { exact: true }).fill(`Rector of ${partnerName(p.person.partnerId)}`);
      await row.getByLabel('Signed PDF').setInputFiles({
        name: 'signed.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4\n% signed by ${p.person.partnerId}\n%%EOF\n`),
      });
      await row.getByRole('button', { name: 'Upload' }).click();
      await poll(() => row.innerText()).toContain('SHA-256');
    }
    for (const partner of PARTNERS)
      await poll(() => meta(anna.page).getByTestId(`signature-1-${partner.id}`).innerText()).toContain('2 Mar 2026');
    await meta(anna.page).getByTestId('executed-1').scrollIntoViewIfNeeded();
    await shot(anna.page, 'executed');

    // The executed documents read as the agreement: numbered clauses, the current ECTS, the approval.
    const download = async (label: 'Word' | 'PDF') => {
      const [file] = await Promise.all([
        anna.page.waitForEvent('download'),
        meta(anna.page).getByTestId('executed-1').getByRole('link', { name: label, exact: true }).click(),
      ]);
      return (await file.path())!;
    };
    const { value: docx } = await mammoth.extractRawText({ path: await download('Word') });
    const pdf = execFileSync('pdftotext', [await download('PDF'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const text of [docx, pdf]) {
      CLAUSE_TITLES.forEach((title, i) => expect(text).toMatch(new RegExp(`${i + 1}\\.\\s+${title}`)));
      expect(text).toContain('a total workload of 21 ECTS');
      expect(text).toContain('Senate, 10 February 2026, S-2026-014');
    }
    for (const p of pages) expect(p.errors).toEqual([]);
  });
});
