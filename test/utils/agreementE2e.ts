/** Helpers of the agreement's browser tests: a programme whose agreement is still empty, and the clause library. */
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { chapter } from './e2e.ts';

/** The demo programme with an empty agreement chapter, so the partners assemble it themselves. */
export async function programmeWithoutAgreement(): Promise<Uint8Array> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await demoDossierUpdate());
  const agreement = doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute('key') === 'agreement')!;
  agreement.delete(0, agreement.length);
  agreement.insert(0, [new Y.XmlElement('paragraph')]);
  return Y.encodeStateAsUpdate(doc);
}

export const clauses = (page: Page) => chapter(page, 'agreement').getByTestId('clause');
export const ectsRefs = (page: Page) => chapter(page, 'agreement').locator('[data-testid="agreement-ref"][data-ref="ects"]');

/** Opens the clause library, picks a clause type (and variant) and inserts it at the end of the agreement. */
export async function insertFromLibrary(page: Page, type: string, variantLabel?: string): Promise<void> {
  await chapter(page, 'agreement').getByTestId('open-clause-library').click();
  const library = page.getByTestId('clause-library');
  await library.getByTestId(`clause-type-${type}`).click();
  if (variantLabel) await library.getByRole('radio', { name: new RegExp(variantLabel) }).check();
  await library.getByTestId('insert-clause-end').click();
  await library.waitFor({ state: 'detached' });
}
