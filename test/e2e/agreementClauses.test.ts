/**
 * Three partners assemble the consortium agreement from the clause library: clauses appear live
 * with their numbers on every page, a partner types into one, the programme's ECTS changed in the
 * curriculum update the clause's live reference everywhere, a change after a sign-off marks the
 * clause, and the readiness panel lists what still stands between the agreement and signing.
 * A partner with the German interface reads the library, the clause headings and the readiness in
 * German, while the clauses' wording stays the legal text as written.
 */
import { describe, expect, it } from 'vitest';
import { ANNA, JORDI, RUTA, browserSuite, chapter, openDossier, poll, screenshot, textWithoutCarets } from '../utils/e2e.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { clauses, ectsRefs, insertFromLibrary, programmeWithoutAgreement } from '../utils/agreementE2e.ts';
import { de } from '../../shared/i18n/content/clauses/de.ts';

const suite = browserSuite();

describe('the consortium agreement from the clause library', () => {
  it(
    'three partners assemble clauses, see live references and numbers, and the readiness before signing',
    { timeout: 300_000 },
    async () => {
      const cid = `e2e-agreement-${Date.now().toString(36)}`;
      // The Baltic partner has not named its signatory yet.
      const partners = DEMO_PARTNERS.map((p) => (p.id === 'baltic' ? { ...p, signatoryName: '', signatoryRole: '' } : p));
      await createConsortium(
        suite.ts.server.storage.consortia,
        { id: cid, name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners },
        await programmeWithoutAgreement(),
      );
      // One after the other, as the other browser tests do: three pages loading at once on a busy machine time out.
      const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
      suite.open.push(anna);
      const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
      suite.open.push(jordi);
      const ruta = await openDossier(suite.browser, suite.ts.server, cid, RUTA);
      suite.open.push(ruta);

      // The readiness panel at the top of the agreement: every required clause missing, one partner without signatory.
      await chapter(anna.page, 'agreement').scrollIntoViewIfNeeded();
      const readiness = chapter(anna.page, 'agreement').getByTestId('agreement-readiness');
      await poll(() => readiness.getByTestId('missing-clauses').innerText()).toContain('14 required clauses are missing');
      expect(await readiness.getByTestId('missing-signatories').innerText()).toContain('Baltic Technical University');

      // Anna inserts the parties, the programme and the GDPR clause (controller–processor) from the library.
      await chapter(anna.page, 'agreement').getByTestId('open-clause-library').click();
      // A dialog: the keyboard is in its search field; Escape closes it and gives the focus back to its button.
      await poll(() => anna.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
      await anna.page.keyboard.press('Escape');
      await anna.page.getByTestId('clause-library').waitFor({ state: 'detached' });
      expect(await anna.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-clause-library');
      await chapter(anna.page, 'agreement').getByTestId('open-clause-library').click();
      await anna.page.getByTestId('clause-library').getByTestId('clause-type-data-protection').click();
      await anna.page
        .getByTestId('clause-library')
        .getByRole('radio', { name: /Controller and processor/ })
        .check();
      await anna.page.getByTestId('clause-library').evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        scrollBy(0, -130);
      });
      await screenshot(anna.page, 'agreement-library');
      await anna.page.getByTestId('clause-library').getByRole('button', { name: 'Close' }).click();
      await insertFromLibrary(anna.page, 'parties');
      await insertFromLibrary(anna.page, 'purpose');
      await insertFromLibrary(anna.page, 'data-protection', 'Controller and processor');

      // Jordi sees them live, numbered in order, with the partners' legal names from their records.
      await chapter(jordi.page, 'agreement').scrollIntoViewIfNeeded();
      await poll(() => clauses(jordi.page).count()).toBe(3);
      await poll(() => clauses(jordi.page).getByTestId('clause-number').allInnerTexts()).toEqual(['1.', '2.', '3.']);
      expect(await clauses(jordi.page).locator('.clause-title').allInnerTexts()).toEqual([
        'Parties',
        'Purpose and programme',
        'Student data and data protection',
      ]);
      const parties = await textWithoutCarets(clauses(jordi.page).nth(0));
      expect(parties).toContain('Stichting Universiteit van Northbridge');
      expect(parties).toContain('represented by Dra. Laura Vidal, Vice-Rector for Education');
      expect(parties).toContain('Baltic Technical University, legally Baltijos technikos universitetas, LT, signatory not yet named');
      expect(await textWithoutCarets(clauses(jordi.page).nth(2))).toContain('processors within the meaning of Article 28');

      // Jordi types into the GDPR clause; Anna and Rūta see his words inside the clause.
      const gdprText = clauses(jordi.page).nth(2).locator('.clause-body p').last();
      await gdprText.click();
      // The caret at the end of the paragraph (End alone only reaches the end of the visual line).
      await gdprText.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await jordi.page.keyboard.type(' Annex 4 is reviewed every year.');
      for (const p of [anna, ruta])
        await poll(() => textWithoutCarets(clauses(p.page).nth(2).locator('.clause-body p').last())).toMatch(
          /applies\. Annex 4 is reviewed every year\.$/,
        );
      await poll(() => readiness.getByTestId('missing-clauses').innerText()).toContain('11 required clauses are missing');

      // The programme clause shows the curriculum's ECTS (four compulsory units of 4 and 4 elective); Rūta changes a unit's ECTS in the curriculum.
      for (const p of [anna, jordi, ruta]) await poll(() => ectsRefs(p.page).textContent()).toBe('20 ECTS');
      const rutaUnit = ruta.page.getByTestId('unit-block').first();
      await rutaUnit.scrollIntoViewIfNeeded();
      await rutaUnit.locator('[data-field="ects"] input').fill('5');
      for (const p of [anna, jordi, ruta]) await poll(() => ectsRefs(p.page).textContent()).toBe('21 ECTS');

      // Jordi signs the agreement off for his university (the chapter is in review); then the ECTS change again.
      const services = suite.ts.server.services;
      await services.discussion.updateChapter({ ...ANNA, consortiumId: cid }, 'agreement', { status: 'in-review' });
      await services.discussion.signOff({ ...JORDI, consortiumId: cid }, 'agreement');
      expect(await clauses(anna.page).nth(1).getByTestId('clause-changed').count()).toBe(0);
      await rutaUnit.locator('[data-field="ects"] input').fill('6');
      for (const p of [anna, jordi, ruta]) {
        await poll(() => ectsRefs(p.page).textContent()).toBe('22 ECTS');
        await poll(() => clauses(p.page).nth(1).getByTestId('clause-changed').textContent()).toBe(
          'ECTS changed from “21 ECTS” to “22 ECTS” since Universitat del Mar signed off.',
        );
      }
      // The parties clause holds no ECTS: it is not marked.
      expect(await clauses(anna.page).nth(0).getByTestId('clause-changed').count()).toBe(0);

      // Readiness: the chapters the clauses rest on, and who has not signed them off.
      const deps = readiness.getByTestId('agreement-dependencies');
      await poll(() => deps.innerText()).toContain('The partnership');
      expect(await deps.innerText()).toContain('No partner has signed off the current text yet');
      await readiness.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        scrollBy(0, -150);
      });
      await screenshot(anna.page, 'agreement-readiness');
      await clauses(anna.page).nth(1).scrollIntoViewIfNeeded();
      await screenshot(anna.page, 'agreement-changed');
      for (const p of [anna, jordi, ruta]) expect(p.errors).toEqual([]);
    },
  );

  it(
    'a partner with the German interface reads the clause library and the clause headings in German, the wording as written',
    { timeout: 180_000 },
    async () => {
      const cid = `e2e-agreement-de-${Date.now().toString(36)}`;
      await createConsortium(
        suite.ts.server.storage.consortia,
        { id: cid, name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: DEMO_PARTNERS },
        await programmeWithoutAgreement(),
      );
      const accounts = suite.ts.server.services.accounts;
      await accounts.setLocale(JORDI.userId, JORDI.name, 'de');
      try {
        const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
        suite.open.push(jordi);
        const page = jordi.page;
        const gdpr = de.clauses['data-protection']!;
        const finances = de.clauses.finances!;

        // The readiness names the missing clauses in German.
        await chapter(page, 'agreement').scrollIntoViewIfNeeded();
        const missing = chapter(page, 'agreement').getByTestId('missing-clauses');
        await poll(() => missing.innerText()).toContain('14 Pflichtklauseln fehlen');
        await poll(() => missing.innerText()).toContain(gdpr.title);
        expect(await missing.innerText()).not.toContain('Student data and data protection');

        // The library: titles, variant labels and summaries in German.
        await chapter(page, 'agreement').getByTestId('open-clause-library').click();
        const library = page.getByTestId('clause-library');
        await poll(() => library.getByTestId('clause-type-parties').innerText()).toContain(de.clauses.parties!.title);
        await library.getByTestId('clause-type-data-protection').click();
        expect(await library.locator('.clause-library-detail h4').innerText()).toBe(gdpr.title);
        const variants = await library.locator('.clause-variants').innerText();
        for (const v of Object.values(gdpr.variants)) {
          expect(variants).toContain(v.label);
          expect(variants).toContain(v.summary);
        }
        const shown = await library.innerText();
        for (const english of ['Student data and data protection', 'Controller and processor', 'Governance and committees'])
          expect(shown).not.toContain(english);
        // What is inserted is the model wording as written: the preview shows it unchanged.
        await library.getByRole('radio', { name: new RegExp(gdpr.variants['controller-processor']!.label) }).check();
        expect(await library.locator('.clause-preview').innerText()).toContain('processors within the meaning of Article 28');

        // The search finds a clause by its German words (accents optional) and by its English.
        const search = library.getByRole('searchbox');
        await search.fill('gebuhrenaufteilung');
        await poll(() => library.locator('li button').allInnerTexts()).toEqual([expect.stringContaining(finances.title)]);
        await search.fill('teach-out');
        await poll(() => library.locator('li button').allInnerTexts()).toEqual([expect.stringContaining(de.clauses.withdrawal!.title)]);
        await search.fill('');
        await library.evaluate((el) => {
          el.scrollIntoView({ block: 'start' });
          scrollBy(0, -130);
        });
        await screenshot(page, 'agreement-library-de');
        await library.getByRole('button', { name: 'Schließen' }).click();

        // Inserted, the clauses carry German headings over their English wording.
        await insertFromLibrary(page, 'data-protection', gdpr.variants['controller-processor']!.label);
        await insertFromLibrary(page, 'finances');
        await poll(() => clauses(page).locator('.clause-title').allInnerTexts()).toEqual([gdpr.title, finances.title]);
        expect(await clauses(page).nth(0).locator('.clause-variant').textContent()).toBe(gdpr.variants['controller-processor']!.label);
        expect(await textWithoutCarets(clauses(page).nth(0))).toContain('processors within the meaning of Article 28');
        // A value nobody has set yet says so in German, and the reference is named in German.
        const feeSplit = chapter(page, 'agreement').locator('[data-testid="agreement-ref"][data-ref="feeSplit"]');
        await poll(() => feeSplit.textContent()).toBe('[Gebührenaufteilung: noch nicht festgelegt]');
        expect(await feeSplit.getAttribute('title')).toBe(de.refShort.feeSplit);
        expect(await chapter(page, 'agreement').getByTestId('insert-reference').innerText()).toContain(de.refLabels.ects);
        await poll(() => missing.innerText()).toContain('12 Pflichtklauseln fehlen');
        await clauses(page).nth(0).scrollIntoViewIfNeeded();
        await screenshot(page, 'agreement-clauses-de');

        // Anna, in English, sees the same clauses under their English headings.
        const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
        suite.open.push(anna);
        await chapter(anna.page, 'agreement').scrollIntoViewIfNeeded();
        await poll(() => clauses(anna.page).locator('.clause-title').allInnerTexts()).toEqual([
          'Student data and data protection',
          'Finances and fee split',
        ]);
        expect(await anna.page.locator('[data-testid="agreement-ref"][data-ref="feeSplit"]').textContent()).toBe('[fee split not yet set]');
        for (const p of [jordi, anna]) expect(p.errors).toEqual([]);
      } finally {
        await accounts.setLocale(JORDI.userId, JORDI.name, 'en');
      }
    },
  );
});
