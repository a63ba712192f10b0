/**
 * Executing the agreement in the browser, three partners on three pages: they sign the agreement
 * chapter off, the approver at Universitat del Mar records its senate's approval, the coordinator
 * executes it, everyone sees the read-only banner (typing changes nothing), each partner records its
 * signature and uploads its signed PDF, and the coordinator downloads the executed DOCX and PDF.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITOR_WORDS } from '../../shared/i18n/chapterText.ts';
import type { Page } from 'playwright-core';
import {
  ANNA,
  JORDI,
  RUTA,
  PARTNERS,
  chapterText,
  newConsortium,
  openDossier,
  poll,
  signInUrl,
  browserSuite,
  type OpenPage,
} from '../utils/e2e.ts';

const suite = browserSuite();
const KEY = 'agreement';
const meta = (page: Page) => page.getByTestId(`meta-${KEY}`);
const partnerName = (id: string) => PARTNERS.find((p) => p.id === id)!.name;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/agreement-execution-${name}.png` });

describe('executing the consortium agreement', () => {
  it('takes sign-offs, an approval, execution, a read-only agreement, signed copies and the executed downloads', async () => {
    const cid = await newConsortium(suite.ts.server, 'execute');

    // The coordinator allows Jordi to record approvals for Universitat del Mar, on the People page.
    const people = await suite.browser.newContext();
    suite.open.push({ person: ANNA, context: people, page: await people.newPage(), errors: [] });
    const peoplePage = suite.open.at(-1)!.page;
    for (const who of [JORDI, RUTA]) {
      const other = await suite.browser.newContext();
      const page = await other.newPage();
      await page.goto(await signInUrl(suite.ts.server, cid, who), { waitUntil: 'commit' });
      await other.close();
    }
    await peoplePage.goto(await signInUrl(suite.ts.server, cid, ANNA), { waitUntil: 'commit' });
    await peoplePage.goto(`${suite.ts.server.url}/c/${cid}/people`);
    const approver = peoplePage.getByLabel(`May approve for: ${JORDI.name}`);
    await approver.selectOption({ label: 'Universitat del Mar' });
    await poll(async () => (await suite.ts.server.storage.members.get(cid, JORDI.userId))?.approvesFor).toBe('mar');
    await shot(peoplePage, 'people');

    const [coord, jordi, ruta] = (await Promise.all(
      [ANNA, JORDI, RUTA].map((p) => openDossier(suite.browser, suite.ts.server, cid, p)),
    )) as OpenPage[];
    const all = [coord!, jordi!, ruta!];
    suite.open.push(...all);
    for (const p of all) await p.page.locator(`[data-chapter-link="${KEY}"]`).click();

    await meta(coord!.page).getByLabel('Chapter status').selectOption({ label: 'In review' });
    for (const p of all) {
      await meta(p.page)
        .getByRole('button', { name: `Sign off for ${partnerName(p.person.partnerId)}` })
        .click();
      await poll(() => p.page.getByTestId(`signoff-${KEY}-${p.person.partnerId}`).getAttribute('data-state')).toBe('signed');
    }

    // The approver records the senate's approval; every page shows it beside the sign-offs.
    await meta(jordi!.page).getByRole('button', { name: 'Record the approval for Universitat del Mar' }).click();
    await meta(jordi!.page).getByLabel('Approved by').fill('Senate');
    await meta(jordi!.page).getByLabel('On', { exact: true }).fill('2026-02-10');
    await meta(jordi!.page).getByLabel('Reference').fill('S-2026-014');
    await meta(jordi!.page).getByRole('button', { name: 'Save approval' }).click();
    for (const p of all)
      await poll(() =>
        p.page
          .getByTestId(`approval-${KEY}-mar`)
          .innerText()
          .catch(() => ''),
      ).toContain('Senate');
    expect(
      await meta(coord!.page)
        .getByRole('button', { name: /Record the approval/ })
        .count(),
    ).toBe(0);

    // Recorded by mistake: Jordi withdraws it (with a confirmation), every page sees it gone, and he records it again.
    await meta(jordi!.page).getByRole('button', { name: 'Withdraw the approval of Universitat del Mar' }).click();
    await meta(jordi!.page).getByRole('button', { name: 'Yes, withdraw it' }).click();
    for (const p of all) await poll(() => p.page.getByTestId(`approval-${KEY}-mar`).count()).toBe(0);
    await meta(jordi!.page).getByRole('button', { name: 'Record the approval for Universitat del Mar' }).click();
    await meta(jordi!.page).getByLabel('Approved by').fill('Senate');
    await meta(jordi!.page).getByLabel('On', { exact: true }).fill('2026-02-10');
    await meta(jordi!.page).getByLabel('Reference').fill('S-2026-014');
    await meta(jordi!.page).getByRole('button', { name: 'Save approval' }).click();
    for (const p of all) await poll(() => p.page.getByTestId(`approval-${KEY}-mar`).count()).toBe(1);
    // Rūta approves for no partner: she has no withdraw button.
    expect(
      await meta(ruta!.page)
        .getByRole('button', { name: /^Withdraw the approval/ })
        .count(),
    ).toBe(0);

    // The coordinator executes the agreement: everyone sees the banner, and the text is read-only.
    await poll(() => coord!.page.getByTestId('agreement-readiness').count()).toBe(1);
    const before = await chapterText(ruta!.page, KEY);
    // Before anything is executed, only the coordinator has something there (the button): nobody else sees an empty box.
    expect(await ruta!.page.getByTestId('execution-panel').count()).toBe(0);
    expect(await coord!.page.getByTestId('execution-panel').count()).toBe(1);
    await meta(coord!.page).getByRole('button', { name: 'Execute the agreement…' }).click();
    await meta(coord!.page).getByRole('button', { name: 'Execute', exact: true }).click();
    // The agreement still lacks required clauses and signatories: the coordinator reads what is open
    // before executing anyway, and nothing is executed until then.
    const openPoints = meta(coord!.page).getByTestId('execution-open-points');
    await poll(() => openPoints.innerText().catch(() => '')).toMatch(/^Before signing, these points are still open:/);
    expect(await openPoints.innerText()).toMatch(/required clauses are missing: .*Parties/);
    expect(await openPoints.innerText()).toContain('No signatory named yet');
    expect(await ruta!.page.getByTestId('executed-banner').count()).toBe(0);
    await shot(coord!.page, 'open-points');
    await openPoints.getByRole('button', { name: 'Execute with these points open' }).click();
    for (const p of all)
      await poll(() =>
        p.page
          .getByTestId('executed-banner')
          .innerText()
          .catch(() => ''),
      ).toMatch(/Executed agreement 1 · executed on .+ · fingerprint [0-9a-f ]{15}/);
    // "Before the agreement can be signed" gives way to the executed state on every page, and approvals stay as executed.
    for (const p of all) {
      await poll(() =>
        meta(p.page)
          .getByRole('button', { name: /^Withdraw the approval/ })
          .count(),
      ).toBe(0);
      await poll(() => p.page.getByTestId('agreement-readiness').count()).toBe(0);
      await poll(() => p.page.getByTestId('agreement-executed-note').innerText()).toContain('agreement 1');
      expect(await p.page.getByTestId('open-clause-library').count()).toBe(0);
    }
    const paragraph = ruta!.page.locator(`section.chapter[data-key="${KEY}"] .chapter-body p`).first();
    await paragraph.click({ force: true });
    await ruta!.page.keyboard.type('Sneaky change ');
    expect(await chapterText(ruta!.page, KEY)).toBe(before);
    expect(await ruta!.page.locator(`section.chapter[data-key="${KEY}"].chapter-frozen`).count()).toBe(1);
    // Empty lines of the frozen chapter do not invite writing: they say nothing is written, as to a reader;
    // every other chapter still invites the same writer.
    const prompts = await ruta!.page.evaluate((key) => {
      const prompt = (p: Element) => getComputedStyle(p, '::before').content.replace(/^"|"$/g, '');
      const empty = [...document.querySelectorAll('section.chapter .chapter-body p.is-empty')];
      const inFrozen = (p: Element) => p.closest('section.chapter')?.getAttribute('data-key') === key;
      return {
        frozen: [...new Set(empty.filter(inFrozen).map(prompt))],
        others: [...new Set(empty.filter((p) => !inFrozen(p)).map(prompt))],
      };
    }, KEY);
    expect(prompts).toEqual({ frozen: [EDITOR_WORDS.en.emptyReader], others: [EDITOR_WORDS.en.emptyWriter] });
    await shot(ruta!.page, 'frozen');

    // Each partner records its signature date and uploads its signed PDF.
    for (const p of all) {
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
    for (const p of all)
      for (const partner of PARTNERS)
        await poll(() => meta(p.page).getByTestId(`signature-1-${partner.id}`).innerText()).toContain('2 Mar 2026');
    await meta(coord!.page).scrollIntoViewIfNeeded();
    await shot(coord!.page, 'signed');

    // The coordinator downloads the executed documents.
    const executed = meta(coord!.page).getByTestId('executed-1');
    for (const [label, magic] of [
      ['Word', 'PK'],
      ['PDF', '%PDF-'],
    ] as const) {
      const [download] = await Promise.all([
        coord!.page.waitForEvent('download'),
        executed.getByRole('link', { name: label, exact: true }).click(),
      ]);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(download.suggestedFilename()).toBe(`executed-agreement-1.${label === 'Word' ? 'docx' : 'pdf'}`);
    }
    for (const p of all) expect(p.errors).toEqual([]);
  });
});
