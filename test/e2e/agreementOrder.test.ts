/**
 * Where the clause library puts a clause "at the end": before the signatures, which close an
 * agreement. A clause added after them read as a term nobody had signed.
 */
import { expect, it } from 'vitest';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { clauseTitle } from '../../shared/agreement/clauses.ts';
import { clauses, insertFromLibrary } from '../utils/agreementE2e.ts';
import { ANNA, JORDI, browserSuite, chapter, openDossier, poll } from '../utils/e2e.ts';

const suite = browserSuite();

it('a clause added at the end of an assembled agreement lands before its signatures, on every page', async () => {
  const cid = `e2e-agreement-order-${Date.now().toString(36)}`;
  await createConsortium(
    suite.ts.server.storage.consortia,
    { id: cid, name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: DEMO_PARTNERS },
    await demoDossierUpdate(),
  );
  const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
  suite.open.push(anna);
  const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
  suite.open.push(jordi);
  const titles = (page = anna.page) => clauses(page).locator('.clause-title').allInnerTexts();
  for (const p of [anna, jordi]) await chapter(p.page, 'agreement').scrollIntoViewIfNeeded();
  // Clause headings come with the library's code, loaded once the chapter is near.
  await poll(async () => (await titles()).at(-1)).toBe(clauseTitle('signatures'));
  const before = await titles();
  expect(before).not.toContain(clauseTitle('confidentiality'));

  await insertFromLibrary(anna.page, 'confidentiality');
  const expected = [...before.slice(0, -1), clauseTitle('confidentiality'), clauseTitle('signatures')];
  await poll(() => titles()).toEqual(expected);
  await poll(() => titles(jordi.page)).toEqual(expected);
  // Numbered in that order on both pages: every clause after the new one moves up by one (the
  // signatures' number was a decoration that React's view of the clause did not redraw: two "17.").
  for (const p of [anna, jordi])
    await poll(() => clauses(p.page).getByTestId('clause-number').allInnerTexts()).toEqual(expected.map((_, i) => `${i + 1}.`));
  expect([...anna.errors, ...jordi.errors]).toEqual([]);
});
