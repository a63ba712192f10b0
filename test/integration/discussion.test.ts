/**
 * Comments on sections and the chapter workflow, through the real server: REST commands write the
 * `discussion` document (threads, workflow, sign-offs) and every member reads it over sync with a
 * stock provider. Sign-offs record the chapter's content version (shared/chapterVersion.ts), so a
 * sign-off is stale exactly when that chapter's text differs from what was approved.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import {
  readSignoffs,
  readThreads,
  readWorkflow,
  roots,
  unreadCount,
  type Message,
  type SignOff,
  type Thread,
} from '../../shared/discussion.ts';
import type { Role } from '../../shared/roles.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { watchPermissionDenied } from '../utils/acks.ts';
import { loadStoredDoc } from '../utils/stored.ts';
import { waitFor } from '../utils/waitFor.ts';
import {
  fourRoleConsortium,
  paragraphText,
  paragraphsOf,
  plainText,
  readParagraph,
  writeParagraph,
  type FourRoles,
  type Member,
} from '../utils/review.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  // Rooms nobody is connected to are unloaded at once, so REST commands also race loads and unloads.
  ts = await startTestServer({ roomUnloadMs: 0 });
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

const setUp = (label: string) => fourRoleConsortium(ts, label);

async function connect(cid: string, doc: 'dossier' | 'discussion', who: Member): Promise<SyncClient> {
  const c = connectClient(ts.wsUrl, `${cid}/${doc}`, who.token);
  clients.push(c);
  await waitSynced(c);
  return c;
}

/** Sets a chapter's workflow as the coordinator and checks the answer. */
async function setWorkflow(p: FourRoles, chapter: string, change: Record<string, unknown>): Promise<void> {
  const res = await p.coord.call('PATCH', `/chapters/${chapter}`, change);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function signOff(who: Member, chapter: string): Promise<SignOff> {
  const res = await who.call<{ signOff: SignOff }>('POST', `/chapters/${chapter}/signoff`);
  expect(res.status, `${who.userId} signing ${chapter}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body.signOff;
}

const signoffOf = (doc: Y.Doc, chapter: string, partnerId: string) => readSignoffs(doc, chapter).find((s) => s.partnerId === partnerId);
const threadOf = (doc: Y.Doc, id: string): Thread | undefined => readThreads(doc).find((t) => t.id === id);
const isIso = (s: string) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;

describe('sign-offs', () => {
  it('two partners signing the same chapter at the same moment: both survive, each with who, partner, time and version (10 chapters)', async () => {
    const { cid, p } = await setUp('concurrent');
    const chapters = CHAPTER_KEYS.slice(0, 10);
    // Some text in each chapter first, so that every chapter has its own version.
    const writer = await connect(cid, 'dossier', p.editor);
    writer.doc.transact(() => chapters.forEach((key, i) => paragraphText(writer.doc, key).insert(0, `Draft ${i} of ${key}.`)));
    await Promise.all(chapters.map((key) => setWorkflow(p, key, { status: 'in-review' })));
    const dossier = await connect(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(dossier.doc, chapters.at(-1)!) === `Draft 9 of ${chapters.at(-1)}.`, {
      message: 'the draft text did not arrive',
    });
    writer.destroy();

    const started = new Date().toISOString();
    const answers: Record<string, SignOff[]> = {};
    for (const key of chapters) {
      // The very same moment: both requests are in flight together, and nobody holds the
      // discussion room open, so each pair also races its load (roomUnloadMs 0).
      answers[key] = await Promise.all([signOff(p.editor, key), signOff(p.commenter, key)]);
    }
    const ended = new Date().toISOString();

    const discussion = await connect(cid, 'discussion', p.viewer);
    const versions = chapterVersions(dossier.doc);
    expect(new Set(chapters.map((k) => versions.get(k))).size).toBe(chapters.length);
    for (const key of chapters) {
      const stored = readSignoffs(discussion.doc, key).sort((a, b) => a.partnerId.localeCompare(b.partnerId));
      expect(
        stored.map((s) => s.partnerId),
        key,
      ).toEqual(['pb', 'pc']);
      const [fromEditor, fromCommenter] = stored as [SignOff, SignOff];
      expect(fromEditor.by).toEqual({ userId: 'jordi', name: 'Jordi Puig', partnerId: 'pb' });
      expect(fromCommenter.by).toEqual({ userId: 'quinn', name: 'Quinn QA', partnerId: 'pc' });
      for (const s of stored) {
        expect(s.chapter).toBe(key);
        expect(s.version, key).toBe(versions.get(key));
        expect(isIso(s.at)).toBe(true);
        expect(s.at >= started && s.at <= ended, `${s.at} within ${started}..${ended}`).toBe(true);
      }
      expect(stored).toEqual(answers[key]!.sort((a, b) => a.partnerId.localeCompare(b.partnerId)));
    }
    // Nothing else was signed, and the rest of the dossier's chapters are untouched.
    expect(roots(discussion.doc).signoffs.size).toBe(chapters.length * 2);
    // The same holds after the rooms were unloaded and read back from storage.
    const stored = await loadStoredDoc(ts.server.storage, `${cid}/discussion`);
    for (const key of chapters) expect(readSignoffs(stored, key)).toHaveLength(2);
  });

  it('staleness is exact: the chapter’s own change makes it stale, another chapter’s does not, undoing it makes it current again', async () => {
    const { cid, p } = await setUp('stale');
    const editor = await connect(cid, 'dossier', p.editor);
    const reader = await connect(cid, 'dossier', p.viewer);
    const discussion = await connect(cid, 'discussion', p.viewer);
    const curriculum = paragraphText(editor.doc, 'curriculum', 1);
    editor.doc.transact(() => {
      curriculum.insert(0, 'Five modules of six ECTS each.');
      paragraphText(editor.doc, 'vision', 0).insert(0, 'Skills for a green Europe.');
    });
    const seen = () => ({ curriculum: readParagraph(reader.doc, 'curriculum', 1), quality: readParagraph(reader.doc, 'quality', 0) });
    await waitFor(() => seen().curriculum === 'Five modules of six ECTS each.', { message: 'the text did not reach the reader' });

    await setWorkflow(p, 'curriculum', { status: 'in-review' });
    await setWorkflow(p, 'vision', { status: 'agreed', reason: 'Agreed at the steering committee; sign-offs follow' });
    const signedCurriculum = await signOff(p.commenter, 'curriculum');
    const signedVision = await signOff(p.commenter, 'vision');
    await waitFor(() => signoffOf(discussion.doc, 'vision', 'pc'), { message: 'sign-offs did not arrive' });
    expect(signoffOf(discussion.doc, 'curriculum', 'pc')).toEqual(signedCurriculum);
    expect(signoffOf(discussion.doc, 'vision', 'pc')).toEqual(signedVision);

    const state = () => {
      const versions = chapterVersions(reader.doc);
      const of = (key: string) => (signoffOf(discussion.doc, key, 'pc')!.version === versions.get(key) ? 'current' : 'stale');
      return { curriculum: of('curriculum'), vision: of('vision') };
    };
    expect(state()).toEqual({ curriculum: 'current', vision: 'current' });
    const approved = chapterVersions(reader.doc);

    // A change in another chapter: both stay current.
    writeParagraph(editor.doc, 'quality', 0, 'A yearly review.');
    await waitFor(() => seen().quality === 'A yearly review.');
    expect(state()).toEqual({ curriculum: 'current', vision: 'current' });
    expect(chapterVersions(reader.doc).get('quality')).not.toBe(approved.get('quality'));

    // A change in the chapter itself (one character is enough): stale, and only that chapter.
    const undo = new Y.UndoManager(editor.doc.getXmlFragment('content'), { captureTimeout: 0 });
    curriculum.insert(curriculum.length - 1, ' in total');
    await waitFor(() => seen().curriculum === 'Five modules of six ECTS each in total.');
    expect(state()).toEqual({ curriculum: 'stale', vision: 'current' });

    // The server agrees: a partner signing now records the new version.
    const signedAgain = await signOff(p.editor, 'curriculum');
    expect(signedAgain.version).toBe(chapterVersions(reader.doc).get('curriculum'));
    expect(signedAgain.version).not.toBe(signedCurriculum.version);

    // A formatting-only change is a change too.
    undo.stopCapturing();
    curriculum.format(0, 4, { bold: true });
    const delta = () => JSON.stringify((paragraphsOf(reader.doc, 'curriculum')[1]!.get(0) as Y.XmlText).toDelta());
    await waitFor(() => delta().includes('bold'));
    expect(chapterVersions(reader.doc).get('curriculum')).not.toBe(signedAgain.version);

    // Undoing everything brings back identical content: the first sign-off is current again.
    undo.stopCapturing();
    while (undo.canUndo()) undo.undo();
    await waitFor(() => seen().curriculum === 'Five modules of six ECTS each.' && !delta().includes('bold'));
    expect(state()).toEqual({ curriculum: 'current', vision: 'current' });
    expect(chapterVersions(reader.doc).get('curriculum')).toBe(signedCurriculum.version);
    expect(chapterVersions(editor.doc)).toEqual(chapterVersions(reader.doc));
    undo.destroy();
  });
});

describe('chapter workflow', () => {
  it('only the coordinator sets lead, status and due; sign-off needs "in review" or "agreed"; a viewer can neither comment nor sign; withdraw works', async () => {
    const { cid, p } = await setUp('workflow');
    const discussion = await connect(cid, 'discussion', p.viewer);

    for (const who of [p.editor, p.commenter, p.viewer]) {
      for (const change of [{ status: 'in-review' }, { lead: 'pb' }, { due: '2027-03-01' }]) {
        const res = await who.call('PATCH', '/chapters/curriculum', change);
        expect([who.role, res.status, res.body.error?.code]).toEqual([who.role, 403, 'forbidden']);
      }
    }
    const set = await p.coord.call('PATCH', '/chapters/curriculum', { lead: 'pb', status: 'drafting', due: '2027-03-01' });
    expect(set.status).toBe(200);
    expect(set.body.workflow).toEqual({ lead: 'pb', status: 'drafting', due: '2027-03-01', agreedReason: null });
    // Invalid values are refused and change nothing.
    expect((await p.coord.call('PATCH', '/chapters/curriculum', { lead: 'nobody' })).status).toBe(400);
    expect((await p.coord.call('PATCH', '/chapters/curriculum', { due: '1 March' })).status).toBe(400);
    expect((await p.coord.call('PATCH', '/chapters/curriculum', { status: 'done' })).status).toBe(400);
    expect((await p.coord.call('PATCH', '/chapters/no-such-chapter', { status: 'agreed' })).status).toBe(404);
    await waitFor(() => readWorkflow(discussion.doc, 'curriculum').lead === 'pb');
    expect(readWorkflow(discussion.doc, 'curriculum')).toEqual({ lead: 'pb', status: 'drafting', due: '2027-03-01' });
    // The editor's and commenter's refused attempts left nothing behind.
    expect(readWorkflow(discussion.doc, 'vision')).toEqual({ lead: null, status: 'not-started', due: null });

    // Sign-off is refused (409) before review, for everyone who may sign.
    for (const status of ['not-started', 'drafting'] as const) {
      await setWorkflow(p, 'curriculum', { status });
      for (const who of [p.coord, p.editor, p.commenter]) {
        const res = await who.call('POST', '/chapters/curriculum/signoff');
        expect([status, who.role, res.status, res.body.error?.code]).toEqual([status, who.role, 409, 'not-in-review']);
      }
    }
    await setWorkflow(p, 'curriculum', { status: 'in-review' });
    await signOff(p.commenter, 'curriculum');
    await setWorkflow(p, 'curriculum', { status: 'agreed', reason: 'One partner still has to sign off' });
    await signOff(p.editor, 'curriculum');

    // A viewer may do none of it.
    const thread = await p.commenter.call<{ threadId: string; messageId: string }>('POST', '/threads', {
      chapter: 'curriculum',
      anchor: { from: {}, to: {} },
      quote: 'modules',
      text: 'Which modules?',
    });
    expect(thread.status).toBe(201);
    const { threadId, messageId } = thread.body;
    const viewerTries = [
      await p.viewer.call('POST', '/threads', { chapter: 'curriculum', anchor: { from: {}, to: {} }, quote: '', text: 'viewer comment' }),
      await p.viewer.call('POST', `/threads/${threadId}/messages`, { text: 'viewer reply' }),
      await p.viewer.call('POST', `/threads/${threadId}/resolve`, { resolved: true }),
      await p.viewer.call('POST', '/chapters/curriculum/signoff'),
      await p.viewer.call('DELETE', '/chapters/curriculum/signoff'),
      await p.viewer.call('PATCH', `/threads/${threadId}/messages/${messageId}`, { text: 'viewer edit' }),
    ];
    expect(viewerTries.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    // …but reading and marking read is fine.
    expect((await p.viewer.call('POST', `/threads/${threadId}/read`)).status).toBe(200);

    await waitFor(() => readSignoffs(discussion.doc, 'curriculum').length === 2 && threadOf(discussion.doc, threadId));
    const t = threadOf(discussion.doc, threadId)!;
    expect(t.messages.map((m) => m.text)).toEqual(['Which modules?']);
    expect(t.resolved).toBe(false);
    expect(
      readSignoffs(discussion.doc, 'curriculum')
        .map((s) => s.partnerId)
        .sort(),
    ).toEqual(['pb', 'pc']);

    // Withdraw removes the caller's own partner's sign-off only.
    expect((await p.commenter.call('DELETE', '/chapters/curriculum/signoff')).status).toBe(200);
    await waitFor(() => readSignoffs(discussion.doc, 'curriculum').length === 1);
    expect(readSignoffs(discussion.doc, 'curriculum').map((s) => s.partnerId)).toEqual(['pb']);
    // Clearing lead and due works too.
    await setWorkflow(p, 'curriculum', { lead: null, due: null });
    await waitFor(() => readWorkflow(discussion.doc, 'curriculum').lead === null);
    expect(readWorkflow(discussion.doc, 'curriculum')).toEqual({ lead: null, status: 'agreed', due: null });
  });
});

describe('commenters and the sync boundary', () => {
  it('a commenter threads, replies, resolves, reopens and signs off for their partner, but cannot write the dossier over sync', async () => {
    const { cid, p } = await setUp('commenter');
    const editor = await connect(cid, 'dossier', p.editor);
    const discussion = await connect(cid, 'discussion', p.coord);
    const text = paragraphText(editor.doc, 'admission', 0);
    text.insert(0, 'Applicants need a bachelor degree.');
    const reader = await connect(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(reader.doc, 'admission', 0) === 'Applicants need a bachelor degree.');

    // A real anchor on "bachelor degree", as the client makes one.
    const start = 'Applicants need a '.length;
    const anchor = {
      from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(paragraphText(reader.doc, 'admission', 0), start, 0)),
      to: Y.relativePositionToJSON(
        Y.createRelativePositionFromTypeIndex(paragraphText(reader.doc, 'admission', 0), start + 'bachelor degree'.length, -1),
      ),
    };
    const created = await p.commenter.call<{ threadId: string; messageId: string }>('POST', '/threads', {
      chapter: 'admission',
      anchor,
      quote: 'bachelor degree',
      text: 'Which fields qualify?',
    });
    expect(created.status).toBe(201);
    const { threadId } = created.body;
    expect((await p.commenter.call('POST', `/threads/${threadId}/messages`, { text: 'And is work experience enough?' })).status).toBe(201);
    expect((await p.commenter.call('POST', `/threads/${threadId}/resolve`, { resolved: true })).status).toBe(200);
    await waitFor(() => threadOf(discussion.doc, threadId)?.resolved);
    expect(threadOf(discussion.doc, threadId)!.resolvedBy).toEqual({ userId: 'quinn', name: 'Quinn QA', partnerId: 'pc' });
    expect((await p.commenter.call('POST', `/threads/${threadId}/resolve`, { resolved: false })).status).toBe(200);
    await waitFor(() => threadOf(discussion.doc, threadId)?.resolved === false);

    const t = threadOf(discussion.doc, threadId)!;
    expect(t).toMatchObject({
      chapter: 'admission',
      quote: 'bachelor degree',
      anchor,
      resolvedBy: null,
      createdBy: { userId: 'quinn', partnerId: 'pc' },
    });
    expect(t.messages.map((m) => [m.author.userId, m.text])).toEqual([
      ['quinn', 'Which fields qualify?'],
      ['quinn', 'And is work experience enough?'],
    ]);
    // The anchor resolves to the quoted words in anyone's copy of the dossier.
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(t.anchor.from), reader.doc)!;
    const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(t.anchor.to), reader.doc)!;
    expect(plainText(from.type as Y.XmlText).slice(from.index, to.index)).toBe('bachelor degree');

    await setWorkflow(p, 'admission', { status: 'in-review' });
    const signed = await signOff(p.commenter, 'admission');
    expect(signed).toMatchObject({ chapter: 'admission', partnerId: 'pc', by: { userId: 'quinn', partnerId: 'pc' } });
    expect(signed.version).toBe(chapterVersions(reader.doc).get('admission'));

    // The commenter's own sync writes to the dossier: refused, nothing stored or relayed.
    const commenter = connectClient(ts.wsUrl, `${cid}/dossier`, p.commenter.token);
    clients.push(commenter);
    const denied = watchPermissionDenied(commenter.provider);
    await waitSynced(commenter);
    writeParagraph(commenter.doc, 'admission', 0, 'COMMENTER WROTE THIS. ', 0);
    writeParagraph(commenter.doc, 'quality', 0, 'COMMENTER AGAIN.');
    await waitFor(() => denied.length === 2, { message: 'no permission-denied answers' });
    expect(denied[0]).toMatch(/read-only/);
    // The editor writes afterwards; once that arrives, anything the commenter sent earlier would have too.
    text.insert(text.length, ' Or equivalent experience.');
    await waitFor(() => readParagraph(reader.doc, 'admission', 0).endsWith('experience.'));
    expect(readParagraph(reader.doc, 'admission', 0)).toBe('Applicants need a bachelor degree. Or equivalent experience.');
    expect(reader.doc.getXmlFragment('content').toString()).not.toContain('COMMENTER');
    const stored = await loadStoredDoc(ts.server.storage, `${cid}/dossier`);
    expect(stored.getXmlFragment('content').toString()).not.toContain('COMMENTER');
    expect(Y.decodeStateVector(Y.encodeStateVector(stored)).has(commenter.doc.clientID)).toBe(false);
    // The sign-off still matches the stored text: the refused write changed nothing... but the editor's did.
    expect(chapterVersions(stored).get('admission')).toBe(chapterVersions(reader.doc).get('admission'));
    expect(chapterVersions(stored).get('admission')).not.toBe(signed.version);
  });

  it('nobody writes the discussion document over sync: every role is refused and nothing is stored', async () => {
    const { cid, p } = await setUp('nosync');
    const reader = await connect(cid, 'discussion', p.viewer);
    const created = await p.commenter.call<{ threadId: string }>('POST', '/threads', {
      chapter: 'vision',
      anchor: { from: {}, to: {} },
      quote: '',
      text: 'A real comment.',
    });
    expect(created.status).toBe(201);
    await waitFor(() => threadOf(reader.doc, created.body.threadId));

    const writers: { role: Role; client: SyncClient; denied: string[] }[] = [];
    for (const who of [p.coord, p.editor, p.commenter, p.viewer]) {
      const client = connectClient(ts.wsUrl, `${cid}/discussion`, who.token);
      clients.push(client);
      const denied = watchPermissionDenied(client.provider);
      await waitSynced(client);
      const r = roots(client.doc);
      // Each tries what would help them most: a forged thread, a sign-off, a status.
      client.doc.transact(() => {
        r.threads.set(`forged-${who.role}`, {
          id: `forged-${who.role}`,
          chapter: 'vision',
          anchor: { from: {}, to: {} },
          quote: '',
          createdAt: '',
          createdBy: { userId: who.userId, name: who.name, partnerId: who.partnerId },
        });
        r.signoffs.set(`vision/${who.partnerId}`, {
          chapter: 'vision',
          partnerId: who.partnerId,
          by: { userId: who.userId, name: who.name, partnerId: who.partnerId },
          at: '',
          version: 'any',
        });
        r.workflow.set('vision/status', 'agreed');
      });
      r.threadStatus.set(created.body.threadId, {
        resolved: true,
        by: { userId: who.userId, name: who.name, partnerId: who.partnerId },
        at: '',
      });
      writers.push({ role: who.role, client, denied });
    }
    for (const w of writers) {
      await waitFor(() => w.denied.length === 2, { message: `${w.role}: no permission-denied answers` });
      expect(w.denied[0], w.role).toMatch(/read-only/);
    }
    // A REST write afterwards: when it arrives, the refused ones would have arrived before it.
    expect((await p.editor.call('POST', `/threads/${created.body.threadId}/messages`, { text: 'A real reply.' })).status).toBe(201);
    await waitFor(() => threadOf(reader.doc, created.body.threadId)?.messages.length === 2);
    const check = (doc: Y.Doc, where: string) => {
      const r = roots(doc);
      expect([...r.threads.keys()], where).toEqual([created.body.threadId]);
      expect(r.signoffs.size, where).toBe(0);
      expect(readWorkflow(doc, 'vision').status, where).toBe('not-started');
      expect(threadOf(doc, created.body.threadId)!.resolved, where).toBe(false);
      const ids = Y.decodeStateVector(Y.encodeStateVector(doc));
      for (const w of writers) expect(ids.has(w.client.doc.clientID), `${where}: ${w.role}'s client`).toBe(false);
    };
    check(reader.doc, 'reader');
    for (const c of clients.splice(0)) c.destroy();
    await waitFor(() => !ts.server.registry.isLoaded(`${cid}/discussion`), { message: 'discussion room did not unload' });
    check(await loadStoredDoc(ts.server.storage, `${cid}/discussion`), 'storage');
  });
});

describe('messages', () => {
  it('authors alone edit and delete their messages (a deleted one stays as a marker); @mentions are recorded; unread counts follow replies and reads', async () => {
    const { cid, p } = await setUp('messages');
    const discussion = await connect(cid, 'discussion', p.viewer);
    const created = await p.coord.call<{ threadId: string; messageId: string }>('POST', '/threads', {
      chapter: 'quality',
      anchor: { from: {}, to: {} },
      quote: 'yearly review',
      text: '@Jordi Puig can you check this? cc @quinn qa',
    });
    expect(created.status).toBe(201);
    const { threadId, messageId: first } = created.body;
    const reply = await p.editor.call<{ messageId: string }>('POST', `/threads/${threadId}/messages`, {
      text: 'Yes — @Anna de Vries, I will. (@Nobody Here is not a member)',
    });
    expect(reply.status).toBe(201);
    const second = reply.body.messageId;
    await waitFor(() => threadOf(discussion.doc, threadId)?.messages.length === 2);
    const message = (id: string): Message => threadOf(discussion.doc, threadId)!.messages.find((m) => m.id === id)!;
    expect(message(first).mentions.sort()).toEqual(['jordi', 'quinn']);
    expect(message(second).mentions).toEqual(['anna']);

    // Unread: A (coordinator) has one new message, by B; B has none (their own reply marks it read).
    const unread = (userId: string) => unreadCount(discussion.doc, threadOf(discussion.doc, threadId)!, userId);
    expect(unread('anna')).toBe(1);
    expect(unread('jordi')).toBe(0);
    expect(unread('quinn')).toBe(2);
    expect((await p.coord.call('POST', `/threads/${threadId}/read`)).status).toBe(200);
    await waitFor(() => unread('anna') === 0, { message: "A's unread count was not cleared" });
    expect(unread('quinn')).toBe(2);

    // Others may not touch a message: not the coordinator, not another commenter+.
    for (const [who, id] of [
      [p.coord, second],
      [p.commenter, second],
      [p.editor, first],
      [p.commenter, first],
    ] as const) {
      const edit = await who.call('PATCH', `/threads/${threadId}/messages/${id}`, { text: 'rewritten by someone else' });
      const del = await who.call('DELETE', `/threads/${threadId}/messages/${id}`);
      expect([who.userId, edit.status, del.status]).toEqual([who.userId, 403, 403]);
    }
    expect((await p.editor.call('PATCH', `/threads/${threadId}/messages/00000000-0000-4000-8000-000000000000`, { text: 'x' })).status).toBe(
      404,
    );

    // The author edits (mentions are re-read), then deletes.
    expect((await p.editor.call('PATCH', `/threads/${threadId}/messages/${second}`, { text: 'Done, see @Quinn QA.' })).status).toBe(200);
    await waitFor(() => message(second).text === 'Done, see @Quinn QA.');
    expect(message(second)).toMatchObject({ mentions: ['quinn'], deleted: false });
    expect(isIso(message(second).editedAt!)).toBe(true);
    expect(message(first).text).toBe('@Jordi Puig can you check this? cc @quinn qa');

    expect((await p.editor.call('DELETE', `/threads/${threadId}/messages/${second}`)).status).toBe(200);
    await waitFor(() => message(second).deleted);
    expect(message(second)).toMatchObject({ id: second, text: '', mentions: [], deleted: true, author: { userId: 'jordi' } });
    expect(threadOf(discussion.doc, threadId)!.messages.map((m) => m.id)).toEqual([first, second]);
    // A deleted message can be neither edited nor deleted again, and does not count as unread.
    expect((await p.editor.call('PATCH', `/threads/${threadId}/messages/${second}`, { text: 'back' })).status).toBe(409);
    expect(unread('quinn')).toBe(1);

    // After another reply by B, A has exactly one unread again.
    expect((await p.editor.call('POST', `/threads/${threadId}/messages`, { text: 'One more thing.' })).status).toBe(201);
    await waitFor(() => threadOf(discussion.doc, threadId)!.messages.length === 3);
    expect(unread('anna')).toBe(1);
    expect((await p.coord.call('POST', `/threads/${threadId}/read`)).status).toBe(200);
    await waitFor(() => unread('anna') === 0);
  });

  it('replies sent at the same moment are listed in the order they were written, so nobody misses the other’s reply (30 pairs)', async () => {
    const { cid, p } = await setUp('replies');
    const discussion = await connect(cid, 'discussion', p.viewer);
    const problems: string[] = [];
    for (let i = 0; i < 30; i++) {
      const created = await p.commenter.call<{ threadId: string }>('POST', '/threads', {
        chapter: 'vision',
        anchor: { from: {}, to: {} },
        quote: '',
        text: `Question ${i}`,
      });
      const id = created.body.threadId;
      // Two partners reply at once; a reply marks the thread read for its author, up to that reply.
      await Promise.all([
        p.coord.call('POST', `/threads/${id}/messages`, { text: 'from A' }),
        p.editor.call('POST', `/threads/${id}/messages`, { text: 'from B' }),
      ]);
      await waitFor(() => threadOf(discussion.doc, id)?.messages.length === 3);
      const t = threadOf(discussion.doc, id)!;
      const [, first, second] = t.messages as [Message, Message, Message];
      const unread = (userId: string) => unreadCount(discussion.doc, t, userId);
      // Whoever wrote first has exactly the other's reply to read; whoever wrote second has read both.
      const got = {
        [first.author.userId]: unread(first.author.userId),
        [second.author.userId]: unread(second.author.userId),
        quinn: unread('quinn'),
      };
      const want = { [first.author.userId]: 1, [second.author.userId]: 0, quinn: 2 };
      if (JSON.stringify(got) !== JSON.stringify(want) || !(t.messages[0]!.at < first.at && first.at < second.at)) {
        problems.push(`pair ${i}: unread ${JSON.stringify(got)}, order ${t.messages.map((m) => `${m.author.userId}@${m.at}`).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
