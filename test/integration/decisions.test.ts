/**
 * Decisions through the real server: REST commands (docs/API.md) write the discussion document
 * under one key per field, every member reads it live over sync, and two partners changing
 * different fields of one decision at the same moment both keep their change. Also the chapter
 * status "Approved by the institutions", which waits for every partner's current sign-off.
 */
import { CHAPTER_CHECKLISTS } from '../../shared/chapterChecklists.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findDecision, readDecisions, type Decision } from '../../shared/decisions.ts';
import { readWorkflow } from '../../shared/discussion.ts';
import { CHAPTERS } from '../../shared/chapters.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { loadStoredDoc } from '../utils/stored.ts';
import { waitFor } from '../utils/waitFor.ts';
import { crew, fourRoleConsortium, freshConsortiumId, type Member } from '../utils/review.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  // Rooms nobody is connected to are unloaded at once, so commands also race loads and unloads.
  ts = await startTestServer({ roomUnloadMs: 0 });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

async function watchDiscussion(cid: string, who: Member): Promise<SyncClient> {
  const c = connectClient(ts.wsUrl, `${cid}/discussion`, who.token);
  clients.push(c);
  await waitSynced(c);
  return c;
}

const patch = (who: Member, key: string, body: unknown) => who.call<{ decision: Decision }>('PATCH', `/decisions/${key}`, body);

describe('decisions over REST', () => {
  it('any member reads them; editors and coordinators change them; commenters and viewers get 403; every page sees the change live', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'decisions-roles');
    const viewerPage = await watchDiscussion(cid, p.viewer);

    const list = await p.viewer.call<{ decisions: Decision[] }>('GET', '/decisions');
    expect(list.status).toBe(200);
    expect(list.body.decisions).toHaveLength(CHAPTERS.reduce((n, c) => n + CHAPTER_CHECKLISTS[c.key].length, 0));
    expect(list.body.decisions[0]).toMatchObject({ key: 'concept-1', state: 'open', owner: null, due: null });

    for (const who of [p.commenter, p.viewer]) {
      const res = await patch(who, 'concept-1', { state: 'agreed' });
      expect([who.role, res.status, res.body.error?.code]).toEqual([who.role, 403, 'forbidden']);
      const add = await who.call('POST', '/decisions', { chapter: 'concept', title: 'Mine' });
      expect([who.role, add.status]).toEqual([who.role, 403]);
    }

    const byEditor = await patch(p.editor, 'concept-1', { owner: 'pb', due: '2027-03-15' });
    expect(byEditor.status, JSON.stringify(byEditor.body)).toBe(200);
    expect(byEditor.body.decision).toMatchObject({ key: 'concept-1', owner: 'pb', due: '2027-03-15', state: 'open' });
    const byCoord = await patch(p.coord, 'concept-1', { state: 'agreed', text: 'The Council Recommendation’s definition' });
    expect(byCoord.body.decision).toMatchObject({ state: 'agreed', owner: 'pb', text: 'The Council Recommendation’s definition' });
    await waitFor(() => findDecision(viewerPage.doc, 'concept-1')?.state === 'agreed');
    expect(findDecision(viewerPage.doc, 'concept-1')).toMatchObject({ owner: 'pb', due: '2027-03-15' });

    // People add their own decisions to a chapter; only those can be renamed.
    const added = await p.editor.call<{ decision: Decision }>('POST', '/decisions', {
      chapter: 'business',
      title: 'Agree the refund policy',
      owner: 'pc',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.decision).toMatchObject({
      chapter: 'business',
      title: 'Agree the refund policy',
      own: true,
      owner: 'pc',
      state: 'open',
    });
    const key = added.body.decision.key;
    expect(key).toMatch(/^business-own-[0-9a-f]{10}$/);
    expect((await patch(p.coord, key, { title: 'Agree the refund and cancellation policy' })).body.decision.title).toBe(
      'Agree the refund and cancellation policy',
    );
    await waitFor(() => readDecisions(viewerPage.doc, 'business').at(-1)?.title === 'Agree the refund and cancellation policy');
    const renameChecklist = await patch(p.coord, 'concept-2', { title: 'Something else' });
    expect([renameChecklist.status, renameChecklist.body.error?.code]).toEqual([400, 'invalid']);

    // Another consortium's member is refused before anything is read.
    const { p: other } = await fourRoleConsortium(ts, 'decisions-other');
    const foreign = await other.coord.call('GET', '/decisions'); // their own consortium works…
    expect(foreign.status).toBe(200);
    const cross = await fetch(`${ts.server.url}/api/consortia/${cid}/decisions`, {
      headers: { authorization: `Bearer ${other.coord.token}` },
    });
    expect(cross.status).toBe(403);
  });

  it('refuses bad input with named codes and field details, and changes nothing', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'decisions-bad');
    const thread = await p.commenter.call<{ threadId: string }>('POST', '/threads', {
      chapter: 'curriculum',
      anchor: { from: {}, to: {} },
      quote: 'units',
      text: 'Which units are new?',
    });
    expect(thread.status).toBe(201);
    const cases: [string, unknown, number, string, string?][] = [
      ['concept-99', { state: 'agreed' }, 404, 'unknown-decision'],
      ['nowhere-1', { state: 'agreed' }, 404, 'unknown-decision'],
      ['Concept_1', { state: 'agreed' }, 400, 'bad-parameter'],
      ['concept-1', { state: 'done' }, 400, 'invalid', 'state'],
      ['concept-1', { due: '2027-02-31' }, 400, 'invalid', 'due'],
      ['concept-1', { due: '15/03/2027' }, 400, 'invalid', 'due'],
      ['concept-1', { owner: 'nobody' }, 400, 'invalid', 'owner'],
      ['concept-1', { thread: '00000000-0000-4000-8000-000000000000' }, 400, 'invalid', 'thread'],
      ['concept-1', { thread: thread.body.threadId }, 400, 'invalid', 'thread'], // a thread of another chapter
      ['concept-1', { text: 'x'.repeat(4001) }, 400, 'invalid', 'text'],
      ['concept-1', { colour: 'red' }, 400, 'invalid'],
    ];
    for (const [key, body, status, code, field] of cases) {
      const res = await p.coord.call<{ error: { details?: { path: string }[] } }>('PATCH', `/decisions/${key}`, body);
      expect([key, body, res.status, res.body.error?.code]).toEqual([key, body, status, code]);
      if (field) expect(res.body.error.details?.map((d) => d.path)).toContain(field);
    }
    const html = await patch(p.coord, 'curriculum-2', { text: '<img src=x onerror=alert(1)>', thread: thread.body.threadId });
    expect(html.status).toBe(200);
    expect(html.body.decision).toMatchObject({ text: '<img src=x onerror=alert(1)>', thread: thread.body.threadId });
    const stored = await loadStoredDoc(ts.server.storage, `${cid}/discussion`);
    expect(findDecision(stored, 'concept-1')).toMatchObject({ state: 'open', owner: null, due: null, text: '', thread: null });
  });

  it('keeps both of two partners’ concurrent changes to different fields of one decision', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'decisions-merge');
    const page = await watchDiscussion(cid, p.viewer);
    const keys = CHAPTERS.slice(0, 10).map((c) => `${c.key}-1`);
    // Each pair is sent at the same moment: Jordi (editor, pb) sets owner and due, Anna (coordinator, pa) state and text.
    const answers = await Promise.all(
      keys.flatMap((key, i) => [
        patch(p.editor, key, { owner: 'pb', due: `2027-04-${String(i + 1).padStart(2, '0')}` }),
        patch(p.coord, key, { state: 'agreed', text: `Decided ${i}` }),
      ]),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const expected = (i: number) => ({
      owner: 'pb',
      due: `2027-04-${String(i + 1).padStart(2, '0')}`,
      state: 'agreed',
      text: `Decided ${i}`,
    });
    await waitFor(() => keys.every((k) => findDecision(page.doc, k)?.text.startsWith('Decided')));
    keys.forEach((k, i) => expect(findDecision(page.doc, k)).toMatchObject(expected(i)));
    // And so does storage, read without the room.
    await waitFor(async () => {
      const stored = await loadStoredDoc(ts.server.storage, `${cid}/discussion`);
      return keys.every(
        (k, i) => JSON.stringify(findDecision(stored, k)) === JSON.stringify({ ...findDecision(page.doc, k), ...expected(i) }),
      );
    });
  });
});

describe('status "approved by the institutions"', () => {
  it('only the coordinator sets it, and only once every partner has signed off the current text', async () => {
    const cid = freshConsortiumId('approved');
    const p = await crew(ts, cid, {
      coord: { userId: 'anna', name: 'Anna de Vries', partnerId: 'northbridge', role: 'coordinator' },
      editor: { userId: 'jordi', name: 'Jordi Puig', partnerId: 'mar', role: 'editor' },
    });
    const page = await watchDiscussion(cid, p.editor);
    expect((await p.coord.call('PATCH', '/chapters/vision', { status: 'in-review' })).status).toBe(200);
    expect((await p.coord.call('POST', '/chapters/vision/signoff')).status).toBe(201);

    const early = await p.coord.call<{ error: { details: { partners: string[] } } }>('PATCH', '/chapters/vision', { status: 'approved' });
    expect([early.status, early.body.error?.code, early.body.error?.details]).toEqual([409, 'signoffs-missing', { partners: ['mar'] }]);
    expect(early.body.error?.message).toContain('Still missing');

    expect((await p.editor.call('POST', '/chapters/vision/signoff')).status).toBe(201);
    const byEditor = await p.editor.call('PATCH', '/chapters/vision', { status: 'approved' });
    expect([byEditor.status, byEditor.body.error?.code]).toEqual([403, 'forbidden']);
    const approved = await p.coord.call<{ workflow: { status: string } }>('PATCH', '/chapters/vision', { status: 'approved' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.workflow.status).toBe('approved');
    await waitFor(() => readWorkflow(page.doc, 'vision').status === 'approved');
    // Sign-offs stay open while approved: withdrawing and signing again works.
    expect((await p.editor.call('DELETE', '/chapters/vision/signoff')).status).toBe(200);
    expect((await p.editor.call('POST', '/chapters/vision/signoff')).status).toBe(201);
  });
});
