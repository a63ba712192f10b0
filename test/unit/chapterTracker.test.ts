import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDossierSeed } from '../../server/consortia/seed.ts';
import { contentHash, readChapters } from '../../server/history/chapterContent.ts';
import { ChapterTracker } from '../../server/history/chapterTracker.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { chapterElement, paragraphText, writeParagraph } from '../utils/review.ts';

const allHashes = (doc: Y.Doc) => Object.fromEntries([...readChapters(doc)].map(([k, b]) => [k, contentHash(b)]));

async function seededDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await buildDossierSeed());
  return doc;
}

describe('chapter tracker', { timeout: 30_000 }, () => {
  it('reads every chapter once, then only the chapters changed since, with the same hashes as a full read', async () => {
    const doc = await seededDoc();
    const tracker = new ChapterTracker();
    const first = tracker.read(doc);
    expect([...first.blocks.keys()]).toEqual([...CHAPTER_KEYS]);
    expect(first.hashes).toEqual(allHashes(doc));
    expect(tracker.read(doc).blocks.size).toBe(0);

    // Typing, formatting and a new paragraph in two chapters: only those two are read again.
    writeParagraph(doc, 'vision', 0, 'Open learning for all.');
    doc.transact(() => paragraphText(doc, 'vision', 0).format(0, 4, { bold: {} }));
    doc.transact(() => chapterElement(doc, 'quality').insert(0, [new Y.XmlElement('paragraph')]));
    const second = tracker.read(doc);
    expect([...second.blocks.keys()].sort()).toEqual(['quality', 'vision']);
    expect(second.hashes).toEqual(allHashes(doc));

    // An update from elsewhere (another copy of the dossier) counts as any change.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    writeParagraph(other, 'curriculum', 0, 'Five modules.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    const third = tracker.read(doc);
    expect([...third.blocks.keys()]).toEqual(['curriculum']);
    expect(third.hashes).toEqual(allHashes(doc));
  });

  it('reads every chapter again when the list of chapters changes, or after forget', async () => {
    const doc = await seededDoc();
    const tracker = new ChapterTracker();
    tracker.read(doc);
    doc.transact(() => doc.getXmlFragment(DOSSIER_FRAGMENT).delete(0, 1));
    const after = tracker.read(doc);
    expect(after.blocks.size).toBe(CHAPTER_KEYS.length - 1);
    expect(after.hashes).toEqual(allHashes(doc));
    tracker.forget(doc);
    expect(tracker.read(doc).blocks.size).toBe(CHAPTER_KEYS.length - 1);
  });
});
