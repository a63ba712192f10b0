/**
 * Web addresses in the dossier: typed by a partner, they become links on every page; text that
 * arrives from elsewhere (a script, an import) is left as its writer made it, instead of every open
 * page turning it into a link and writing that back.
 */
import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { ANNA, JORDI, browserSuite, chapter, expectSaved, newConsortium, openDossier, paragraph, poll, typeInto } from '../utils/e2e.ts';
import { connectClient, waitSynced } from '../utils/syncClient.ts';

const suite = browserSuite();

/** The first paragraph of a chapter in a Node client's copy of the dossier. */
function firstParagraph(doc: Y.Doc, key: string): Y.XmlElement {
  const chapterNode = doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute('key') === key)!;
  return chapterNode.toArray().find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph')!;
}

/** Whether any run of the paragraph's text carries a link. */
function hasLink(p: Y.XmlElement): boolean {
  return p
    .toArray()
    .filter((n): n is Y.XmlText => n instanceof Y.XmlText)
    .some((text) => text.toDelta().some((run: { attributes?: Record<string, unknown> }) => run.attributes?.link !== undefined));
}

it('a web address a partner types becomes a link on her page and on the others', async () => {
  const cid = await newConsortium(suite.ts.server, 'links-typed');
  const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
  const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
  suite.open.push(anna, jordi);
  await typeInto(anna.page, paragraph(anna.page, 'recruitment', 0), 'The plan is at https://example.org/plan and more.');
  for (const { page } of [anna, jordi])
    await poll(() => chapter(page, 'recruitment').locator('a[href="https://example.org/plan"]').count()).toBe(1);
  await expectSaved(anna.page);
  expect([...anna.errors, ...jordi.errors]).toEqual([]);
});

it('text that arrives from elsewhere keeps no link its writer did not make; no page adds one', async () => {
  const cid = await newConsortium(suite.ts.server, 'links-remote');
  const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
  const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
  suite.open.push(anna, jordi);
  const script = connectClient(
    suite.ts.wsUrl,
    `${cid}/dossier`,
    await suite.ts.token({ userId: 'importer', name: 'Import script', consortiumId: cid, partnerId: 'northbridge', role: 'editor' }),
  );
  try {
    await waitSynced(script);
    const p = firstParagraph(script.doc, 'recruitment');
    const text = p.toArray().find((n): n is Y.XmlText => n instanceof Y.XmlText);
    // Autolink looks at the last word before a space: the address ends the inserted text.
    const words = 'Notes kept at https://example.org/notes ';
    if (text) text.insert(text.length, words);
    else p.insert(0, [new Y.XmlText(words)]);
    // textContent: the chapter may be out of sight, where the browser lays nothing out.
    for (const { page } of [anna, jordi])
      await poll(() => paragraph(page, 'recruitment', 0).textContent()).toContain('https://example.org/notes');
    // An absence can only be checked over a span of time: long enough for either page to have
    // written a link mark back (they answer within milliseconds) and for it to reach the script.
    await anna.page.waitForTimeout(1_500);
    expect(hasLink(firstParagraph(script.doc, 'recruitment'))).toBe(false);
    for (const { page } of [anna, jordi])
      expect(await chapter(page, 'recruitment').locator('a[href="https://example.org/notes"]').count()).toBe(0);
  } finally {
    script.destroy();
  }
  expect([...anna.errors, ...jordi.errors]).toEqual([]);
});
