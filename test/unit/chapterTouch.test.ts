import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchesChapter } from '../../server/rooms/chapterTouch.ts';

/** A dossier-like document: top-level chapter elements with paragraphs holding text. */
function dossier(): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('content');
  for (const key of ['vision', 'agreement']) {
    const chapter = new Y.XmlElement('chapter');
    chapter.setAttribute('key', key);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Text of ${key}.`)]);
    chapter.insert(0, [paragraph]);
    fragment.push([chapter]);
  }
  return doc;
}

/** A client's copy of the server's document and the update one change to it makes. */
function change(server: Y.Doc, edit: (fragment: Y.XmlFragment) => void): ReturnType<typeof Y.decodeUpdate> {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  edit(client.getXmlFragment('content'));
  return Y.decodeUpdate(Y.encodeStateAsUpdate(client, before));
}

const chapterAt = (f: Y.XmlFragment, i: number) => f.get(i) as Y.XmlElement;
const textOf = (f: Y.XmlFragment, i: number) => (chapterAt(f, i).get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('touchesChapter', () => {
  const server = dossier();
  const fragment = server.getXmlFragment('content');
  const touches = (edit: (f: Y.XmlFragment) => void) => touchesChapter(server, change(server, edit), fragment, 'agreement');

  it('sees insertions, formatting, new paragraphs and deletions inside the chapter', () => {
    expect(touches((f) => textOf(f, 1).insert(3, 'typed'))).toBe(true);
    expect(touches((f) => textOf(f, 1).insert(0, 'a run of words, typed as one update'))).toBe(true);
    expect(touches((f) => textOf(f, 1).format(0, 4, { bold: true }))).toBe(true);
    expect(touches((f) => chapterAt(f, 1).push([new Y.XmlElement('paragraph')]))).toBe(true);
    expect(touches((f) => textOf(f, 1).delete(0, 4))).toBe(true);
    expect(touches((f) => f.delete(1, 1))).toBe(true);
    expect(touches((f) => chapterAt(f, 1).setAttribute('key', 'other'))).toBe(true);
  });

  it('lets changes elsewhere through', () => {
    expect(touches((f) => textOf(f, 0).insert(3, 'typed'))).toBe(false);
    expect(touches((f) => textOf(f, 0).delete(0, 4))).toBe(false);
    expect(touches((f) => chapterAt(f, 0).push([new Y.XmlElement('paragraph')]))).toBe(false);
    expect(touches(() => undefined)).toBe(false);
  });
});
