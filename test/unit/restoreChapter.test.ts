import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDossierSeed } from '../../server/consortia/seed.ts';
import { readChapters } from '../../server/history/chapterContent.ts';
import { dossierFromChapters, restoreChapter } from '../../server/history/restoreChapter.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { createRandom } from '../utils/random.ts';
import { paragraphText, paragraphsOf, readParagraph, writeParagraph } from '../utils/review.ts';

async function seededDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await buildDossierSeed());
  return doc;
}

describe('restoring a chapter', () => {
  it('brings back the chapter exactly, leaves the other chapters alone and keeps anchors on surviving words', async () => {
    const doc = await seededDoc();
    writeParagraph(doc, 'vision', 0, 'Our shared vision is open learning for all.');
    doc.transact(() => paragraphText(doc, 'vision', 0).format(4, 6, { bold: {} }));
    const old = readChapters(doc).get('vision')!;

    // Someone rewrites part of it, empties another paragraph and adds a list; meanwhile another chapter changes.
    const text = paragraphText(doc, 'vision', 0);
    const anchor = Y.createRelativePositionFromTypeIndex(text, plainIndex(doc, 'open'));
    doc.transact(() => {
      text.delete(0, 4);
      text.insert(0, 'The ');
      text.insert(text.length, ' Nothing else.');
      paragraphsOf(doc, 'vision')
        .at(-1)!
        .insert(0, [new Y.XmlText('Extra')]);
    });
    writeParagraph(doc, 'concept', 0, 'Concept text stays.');
    const otherBefore = chapterVersions(doc).get('concept');

    doc.transact(() => expect(restoreChapter(doc, 'vision', old)).toBe(true));

    expect(readChapters(doc).get('vision')).toEqual(old);
    expect(chapterVersions(doc).get('concept')).toBe(otherBefore);
    expect(readParagraph(doc, 'concept')).toBe('Concept text stays.');
    // The anchor still sits before "open": the word survived, so its Yjs items did.
    const resolved = Y.createAbsolutePositionFromRelativePosition(anchor, doc)!;
    expect(readParagraph(doc, 'vision').slice(resolved.index, resolved.index + 4)).toBe('open');
    // Still every chapter, in order.
    expect([...readChapters(doc).keys()]).toEqual([...CHAPTER_KEYS]);
  });

  it('restores random earlier states of a chapter exactly (seeded)', async () => {
    const random = createRandom(5);
    const doc = await seededDoc();
    const states = [readChapters(doc).get('curriculum')!];
    for (let round = 0; round < 30; round++) {
      doc.transact(() => {
        const paragraphs = paragraphsOf(doc, 'curriculum');
        const p = random.pick(paragraphs);
        const first = p.get(0);
        if (first instanceof Y.XmlText && first.length > 3 && random.chance(0.3)) first.delete(random.int(0, first.length - 2), 2);
        else writeParagraph(doc, 'curriculum', paragraphs.indexOf(p), `${random.word()} `, 0);
        if (random.chance(0.2)) p.parent instanceof Y.XmlElement && p.parent.insert(0, [paragraph(random.word())]);
      });
      states.push(readChapters(doc).get('curriculum')!);
      const back = random.pick(states);
      if (random.chance(0.5)) {
        doc.transact(() => restoreChapter(doc, 'curriculum', back));
        expect(readChapters(doc).get('curriculum')).toEqual(back);
      }
    }
  });

  it('builds a document of a version that reads back the same', async () => {
    const doc = await seededDoc();
    writeParagraph(doc, 'team', 0, 'Two people.');
    const chapters = readChapters(doc);
    const copy = dossierFromChapters([...chapters]);
    expect(readChapters(copy)).toEqual(chapters);
  });

  it('keeps runs of differently marked text in order, without Yjs warning about reading a detached type', async () => {
    const doc = await seededDoc();
    writeParagraph(doc, 'vision', 0, 'Plain, then bold, then italic and plain again.');
    doc.transact(() => {
      paragraphText(doc, 'vision', 0).format(12, 4, { bold: {} });
      paragraphText(doc, 'vision', 0).format(23, 6, { italic: {} });
    });
    const chapters = readChapters(doc);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const copy = dossierFromChapters([...chapters]);
      expect(readParagraph(copy, 'vision')).toBe('Plain, then bold, then italic and plain again.');
      expect(readChapters(copy)).toEqual(chapters);
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([]);
  });
});

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function plainIndex(doc: Y.Doc, word: string): number {
  return readParagraph(doc, 'vision').indexOf(word);
}
