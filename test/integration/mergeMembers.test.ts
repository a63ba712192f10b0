/**
 * Merging duplicate members through the real server: one person under two user ids (made before
 * accounts existed) becomes one member; everything the duplicate wrote, resolved and signed keeps
 * its text and is now the kept member's, arriving on open pages as one change; the duplicate's
 * sockets close as on removal (4403) and their session ends; only a coordinator may merge.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSignoffs, readThreads, roots } from '../../shared/discussion.ts';
import type { Role } from '../../shared/roles.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitClosed, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { crew, freshConsortiumId } from '../utils/review.ts';
import { hashSecret } from '../../server/accounts/signInSessions.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  ts = await startTestServer();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await ts?.stop();
});

const PEOPLE = {
  coord: { userId: 'anna', name: 'Anna de Vries', partnerId: 'pa', role: 'coordinator' as Role },
  maria: { userId: 'maria', name: 'Maria Garcia', partnerId: 'pb', role: 'commenter' as Role },
  // The same Maria, from an older invite link: another user id, an editor there.
  twin: { userId: 'maria-old', name: 'Maria García', partnerId: 'pb', role: 'editor' as Role },
  other: { userId: 'quinn', name: 'Quinn QA', partnerId: 'pc', role: 'commenter' as Role },
};

async function open(cid: string, doc: 'dossier' | 'discussion', token: string): Promise<SyncClient> {
  const c = connectClient(ts.wsUrl, `${cid}/${doc}`, token);
  clients.push(c);
  await waitSynced(c);
  return c;
}

describe('merging duplicate members', () => {
  it('keeps every message, sign-off and activity entry with the kept member, live; the duplicate is closed out', async () => {
    const cid = freshConsortiumId('merge');
    const p = await crew(ts, cid, PEOPLE);
    // The twin opens a thread, Quinn replies, the twin answers, and resolves it.
    const opened = await p.twin.call<{ threadId: string; messageId: string }>('POST', '/threads', {
      chapter: 'concept',
      anchor: { from: {}, to: {} },
      quote: 'the concept',
      text: 'Written under my old link. @Quinn QA, agreed?',
    });
    expect(opened.status).toBe(201);
    const { threadId, messageId } = opened.body;
    expect((await p.other.call('POST', `/threads/${threadId}/messages`, { text: 'Agreed.' })).status).toBe(201);
    expect((await p.twin.call('POST', `/threads/${threadId}/messages`, { text: 'Thanks!' })).status).toBe(201);
    expect((await p.twin.call('POST', `/threads/${threadId}/resolve`, { resolved: true })).status).toBe(200);
    expect((await p.coord.call('PATCH', '/chapters/concept', { status: 'in-review' })).status).toBe(200);
    expect((await p.twin.call('POST', '/chapters/concept/signoff')).status).toBe(201);
    const exported = await fetch(`${ts.server.url}/api/consortia/${cid}/export?format=md`, {
      headers: { authorization: `Bearer ${p.twin.token}` },
    });
    expect(exported.status).toBe(200); // an activity entry by the twin

    // The twin has pages open and a browser session; Quinn watches the discussion.
    const twinDossier = await open(cid, 'dossier', p.twin.token);
    const twinDiscussion = await open(cid, 'discussion', p.twin.token);
    const signIn = await fetch(`${ts.server.url}/auth?token=${p.twin.token}`, { redirect: 'manual' });
    const cookie = /jointly_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1]!;
    const me = () => fetch(`${ts.server.url}/api/me`, { headers: { cookie: `jointly_session=${cookie}` } });
    expect((await me()).status).toBe(200);
    const watcher = await open(cid, 'discussion', p.other.token);
    let updates = 0;
    watcher.doc.on('update', () => updates++);

    const merged = await p.coord.call<{ member: { userId: string; role: string } }>('POST', '/members/maria-old/merge', { into: 'maria' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    // The higher role is kept (editor over commenter), under the kept user id.
    expect(merged.body.member).toMatchObject({ userId: 'maria', name: 'Maria Garcia', role: 'editor' });

    // Quinn's open page: the whole merge as one update; every trace of the twin now reads Maria.
    await waitFor(() => readThreads(watcher.doc)[0]?.createdBy.userId === 'maria', { message: 'the merge did not reach the open page' });
    expect(updates).toBe(1);
    const [thread] = readThreads(watcher.doc);
    expect(thread!.messages.map((m) => [m.author.userId, m.author.name, m.text])).toEqual([
      ['maria', 'Maria Garcia', 'Written under my old link. @Quinn QA, agreed?'],
      ['quinn', 'Quinn QA', 'Agreed.'],
      ['maria', 'Maria Garcia', 'Thanks!'],
    ]);
    expect(thread!.resolvedBy?.userId).toBe('maria');
    expect(readSignoffs(watcher.doc, 'concept').map((s) => [s.partnerId, s.by.userId])).toEqual([['pb', 'maria']]);
    expect([...roots(watcher.doc).reads.keys()].filter((k) => k.startsWith('maria-old/'))).toEqual([]);
    expect(roots(watcher.doc).reads.get(`maria/${threadId}`)).toBe(3);

    // The twin's sockets close as on removal, and their session has ended.
    expect((await waitClosed(twinDossier)).code).toBe(4403);
    expect((await waitClosed(twinDiscussion)).code).toBe(4403);
    // As on removal: the session is ended, and the page is told the person is no longer a member here.
    expect(await ts.server.storage.sessions.get(hashSecret(cookie))).toMatchObject({ endReason: 'removed' });
    const after = await me();
    expect([after.status, ((await after.json()) as { error: { code: string } }).error.code]).toEqual([403, 'removed']);
    expect((await p.twin.call('GET', '/members')).status).toBe(403);

    // One member left for Maria; the activity log has the twin's export under Maria, and the merge.
    const members = await p.coord.call<{ members: { userId: string }[] }>('GET', '/members');
    expect(members.body.members.map((m) => m.userId).sort()).toEqual(['anna', 'maria', 'quinn']);
    const activity = await p.coord.call<{ activity: { userId: string; name: string; action: string; detail: Record<string, string> }[] }>(
      'GET',
      '/activity',
    );
    const byAction = Object.fromEntries(activity.body.activity.map((a) => [a.action, a]));
    expect(byAction.export).toMatchObject({ userId: 'maria', name: 'Maria Garcia' });
    expect(byAction['merge-members']).toMatchObject({ userId: 'anna', detail: { from: 'maria-old', into: 'maria', messages: '2' } });
    expect(activity.body.activity.some((a) => a.userId === 'maria-old')).toBe(false);

    // Maria (with a token of her kept id, now an editor) can edit what the twin wrote.
    const maria = await ts.token({ ...PEOPLE.maria, consortiumId: cid });
    const edit = await fetch(`${ts.server.url}/api/consortia/${cid}/threads/${threadId}/messages/${messageId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${maria}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Written under my old link, edited now.' }),
    });
    expect(edit.status).toBe(200);
  });

  it('refuses other roles (403), a merge into oneself (400) and unknown members (404)', async () => {
    const cid = freshConsortiumId('merge-refused');
    const p = await crew(ts, cid, PEOPLE);
    const editor = await p.twin.call<{ error: { code: string } }>('POST', '/members/maria/merge', { into: 'quinn' });
    expect([editor.status, editor.body.error.code]).toEqual([403, 'forbidden']);
    const self = await p.coord.call<{ error: { code: string; details: { path: string }[] } }>('POST', '/members/maria/merge', {
      into: 'maria',
    });
    expect([self.status, self.body.error.code, self.body.error.details[0]!.path]).toEqual([400, 'invalid', 'into']);
    const noBody = await p.coord.call<{ error: { code: string } }>('POST', '/members/maria/merge', {});
    expect([noBody.status, noBody.body.error.code]).toEqual([400, 'invalid']);
    for (const [from, into] of [
      ['nobody', 'maria'],
      ['maria', 'nobody'],
    ]) {
      const unknown = await p.coord.call<{ error: { code: string } }>('POST', `/members/${from}/merge`, { into });
      expect([unknown.status, unknown.body.error.code]).toEqual([404, 'unknown-member']);
    }
    // Another consortium's coordinator cannot merge here.
    const elsewhere = await crew(ts, freshConsortiumId('merge-other'), { coord: PEOPLE.coord });
    const direct = await fetch(`${ts.server.url}/api/consortia/${cid}/members/maria-old/merge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${elsewhere.coord.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ into: 'maria' }),
    });
    expect(direct.status).toBe(403);
    // Nothing changed.
    expect((await p.coord.call<{ members: unknown[] }>('GET', '/members')).body.members).toHaveLength(4);
  });
});
