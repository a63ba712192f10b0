/**
 * Restores through the real server (SQLite file, port 0) beyond one chapter's text: comment threads
 * on words that were deleted and come back with a restore are attached to them again, and the whole
 * dossier goes back to a version in one change (coordinators only) while every page follows.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads } from '../../shared/discussion.ts';
import type { VersionSummary } from '../../shared/history.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { readChapters } from '../../server/history/chapterContent.ts';
import { anchorHolds } from '../../server/history/reanchorThreads.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import {
  chapterElement,
  fourRoleConsortium,
  paragraphsOf,
  paragraphText,
  plainText,
  readParagraph,
  writeParagraph,
  type Member,
} from '../utils/review.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  ts = await startTestServer({ roomUnloadMs: 0, historyIdleMs: 60_000 });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

async function open(cid: string, doc: 'dossier' | 'discussion', who: Member): Promise<Y.Doc> {
  const c = connectClient(ts.wsUrl, `${cid}/${doc}`, who.token);
  clients.push(c);
  await waitSynced(c);
  return c.doc;
}

/** A thread on `words` of a chapter's first paragraph, anchored as the editor anchors it. */
async function threadOn(who: Member, doc: Y.Doc, chapter: string, words: string): Promise<string> {
  const text = paragraphText(doc, chapter, 0);
  const at = plainText(text).indexOf(words);
  expect(at).toBeGreaterThanOrEqual(0);
  const res = await who.call<{ threadId: string }>('POST', '/threads', {
    chapter,
    anchor: {
      from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at, 0)),
      to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at + words.length, -1)),
    },
    quote: words,
    text: `About "${words}"`,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.threadId;
}

/** The words a thread's anchor covers in this copy of the dossier, or null when it is detached. */
function anchoredWords(dossier: Y.Doc, discussion: Y.Doc, threadId: string): string | null {
  const thread = readThreads(discussion).find((t) => t.id === threadId);
  if (!thread || !anchorHolds(dossier, thread.anchor)) return null;
  const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(thread.anchor.from), dossier)!;
  const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(thread.anchor.to), dossier)!;
  if (from.type === to.type) return plainText(from.type as Y.XmlText).slice(from.index, to.index);
  // Across paragraphs (adjacent ones in these tests), quoted with one space between them.
  return `${plainText(from.type as Y.XmlText).slice(from.index)} ${plainText(to.type as Y.XmlText).slice(0, to.index)}`;
}

const clear = (doc: Y.Doc, chapter: string) =>
  doc.transact(() => {
    const t = paragraphText(doc, chapter, 0);
    t.delete(0, t.length);
  });

describe('restore', () => {
  it('attaches threads on deleted words again when a restore brings the words back, and leaves live threads alone', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'restore-threads');
    const a = await open(cid, 'dossier', p.coord);
    writeParagraph(a, 'vision', 0, 'Open learning for all partners. Shared quality rules.');
    writeParagraph(a, 'quality', 0, 'External review every year.');
    const watcher = await open(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(watcher, 'quality').includes('every year'));
    const lost = await threadOn(p.commenter, a, 'vision', 'learning for all');
    const kept = await threadOn(p.commenter, a, 'quality', 'review every');
    const good = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'good' })).body.version;

    // Someone empties the vision: its thread is detached on every page.
    clear(a, 'vision');
    const discussion = await open(cid, 'discussion', p.viewer);
    await waitFor(() => readParagraph(watcher, 'vision') === '' && readThreads(discussion).length === 2);
    expect(anchoredWords(watcher, discussion, lost)).toBeNull();
    expect(anchoredWords(watcher, discussion, kept)).toBe('review every');

    const res = await p.editor.call<{ version: VersionSummary }>('POST', `/versions/${good.id}/restore`, { chapter: 'vision' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The thread points at the restored words again, for a page that was open all along.
    await waitFor(() => anchoredWords(watcher, discussion, lost) === 'learning for all', {
      timeout: 5000,
      message: 'the thread was not attached to the restored words',
    });
    expect(anchoredWords(watcher, discussion, kept)).toBe('review every');
    // Typing right before and after the words stays outside the thread, as for a thread made in the editor.
    const t = paragraphText(watcher, 'vision', 0);
    const at = plainText(t).indexOf('learning for all');
    watcher.transact(() => {
      t.insert(at + 'learning for all'.length, 'X');
      t.insert(at, 'Y');
    });
    expect(anchoredWords(watcher, discussion, lost)).toBe('learning for all');
  });

  it('attaches a thread on words across two paragraphs again when a restore brings them back', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'restore-across');
    const a = await open(cid, 'dossier', p.coord);
    writeParagraph(a, 'vision', 0, 'Open learning for all.');
    a.transact(() => {
      const chapter = chapterElement(a, 'vision');
      const second = new Y.XmlElement('paragraph');
      chapter.insert(chapter.toArray().indexOf(paragraphsOf(a, 'vision')[0]!) + 1, [second]);
      second.insert(0, [new Y.XmlText('Shared quality rules.')]);
    });
    const watcher = await open(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(watcher, 'vision', 1) === 'Shared quality rules.');
    // Selected from "for all." into the next paragraph, as the editor anchors and quotes it.
    const first = paragraphText(a, 'vision', 0);
    const next = paragraphText(a, 'vision', 1);
    const res = await p.commenter.call<{ threadId: string }>('POST', '/threads', {
      chapter: 'vision',
      anchor: {
        from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(first, plainText(first).indexOf('for all.'), 0)),
        to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(next, 'Shared quality'.length, -1)),
      },
      quote: 'for all. Shared quality',
      text: 'Across two paragraphs',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.threadId;
    const discussion = await open(cid, 'discussion', p.viewer);
    await waitFor(() => readThreads(discussion).length === 1);
    expect(anchoredWords(watcher, discussion, id)).toBe('for all. Shared quality');
    const good = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'good' })).body.version;

    a.transact(() => {
      for (const t of [paragraphText(a, 'vision', 0), paragraphText(a, 'vision', 1)]) t.delete(0, t.length);
    });
    await waitFor(() => readParagraph(watcher, 'vision', 0) === '' && readParagraph(watcher, 'vision', 1) === '');
    expect(anchoredWords(watcher, discussion, id)).toBeNull();

    expect((await p.editor.call('POST', `/versions/${good.id}/restore`, { chapter: 'vision' })).status).toBe(200);

    await waitFor(() => anchoredWords(watcher, discussion, id) === 'for all. Shared quality', {
      timeout: 5000,
      message: 'the thread across paragraphs was not attached to the restored words',
    });
  });

  it('brings the whole dossier back to a version in one change, for coordinators only', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'restore-all');
    const a = await open(cid, 'dossier', p.coord);
    writeParagraph(a, 'vision', 0, 'A shared vision.');
    writeParagraph(a, 'curriculum', 0, 'Five modules of five credits.');
    const watcher = await open(cid, 'dossier', p.commenter);
    await waitFor(() => readParagraph(watcher, 'curriculum').includes('Five modules'));
    const good = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'good' })).body.version;
    const goodChapters = readChapters(watcher);

    clear(a, 'vision');
    writeParagraph(a, 'curriculum', 0, ' Then a sixth.');
    writeParagraph(a, 'admission', 0, 'Open to all.');
    await waitFor(() => readParagraph(watcher, 'admission') === 'Open to all.' && readParagraph(watcher, 'vision') === '');

    for (const who of [p.editor, p.commenter, p.viewer]) {
      const refused = await who.call('POST', `/versions/${good.id}/restore`, { chapter: '*' });
      expect(refused.status).toBe(403);
    }
    expect((await p.coord.call('POST', `/versions/${good.id}/restore`, { chapter: 'everything' })).status).toBe(400);
    // Without a chapter, as with '*': the whole dossier.
    const res = await p.coord.call<{ version: VersionSummary }>('POST', `/versions/${good.id}/restore`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toMatchObject({ reason: 'restore', detail: { chapter: '*', from: good.id } });
    expect([...res.body.version.changed].sort()).toEqual(['admission', 'curriculum', 'vision']);

    // Every open page follows: each chapter is as it was in the version, all 19 in order.
    for (const doc of [a, watcher])
      await waitFor(() => JSON.stringify([...readChapters(doc)]) === JSON.stringify([...goodChapters]), {
        timeout: 5000,
        message: 'a page did not follow the restore',
      });
    expect([...readChapters(watcher).keys()]).toEqual([...CHAPTER_KEYS]);
    const activity = await p.coord.call<{ activity: { action: string; detail: Record<string, string> }[] }>('GET', '/activity');
    expect(activity.body.activity.find((e) => e.action === 'restore')?.detail).toMatchObject({ chapter: '*', from: good.id });
  });
});
