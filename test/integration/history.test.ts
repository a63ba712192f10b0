/**
 * Version history through the real server (SQLite file, port 0): automatic versions after a burst
 * of edits with the people who made them, named versions, compare with authors, restore of a
 * chapter while someone types, permissions, "what changed since you signed", and history across a
 * restart.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SignOff } from '../../shared/discussion.ts';
import type { CompareResult, VersionSummary } from '../../shared/history.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { readChapters } from '../../server/history/chapterContent.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, connectClientWith, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { crew, FOUR_ROLES, fourRoleConsortium, paragraphText, readParagraph, writeParagraph, type Member } from '../utils/review.ts';

let ts: TestServer;
const clients: SyncClient[] = [];
const IDLE_MS = 300;

beforeAll(async () => {
  ts = await startTestServer({ roomUnloadMs: 0, historyIdleMs: IDLE_MS });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

const PEOPLE = FOUR_ROLES;
const setUp = (label: string) => fourRoleConsortium(ts, label);

async function dossier(cid: string, who: Member): Promise<Y.Doc> {
  const c = connectClient(ts.wsUrl, `${cid}/dossier`, who.token);
  clients.push(c);
  await waitSynced(c);
  return c.doc;
}

const versionsOf = async (who: Member) => {
  const res = await who.call<{ versions: VersionSummary[] }>('GET', '/versions');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.versions;
};

/** Waits until the server has `text` (it relays only what it stored). */
async function serverHas(cid: string, who: Member, chapter: string, text: string): Promise<void> {
  const watcher = await dossier(cid, who);
  await waitFor(() => readParagraph(watcher, chapter).includes(text), { timeout: 5000 });
}

describe('version history', () => {
  it('does not list as an author a person whose page only read the dossier, even one that came back holding all of it', async () => {
    const { cid, p } = await setUp('hist-reader');
    const first = await dossier(cid, p.coord);
    // Anna's page kept the dossier (as the browser's offline copy does) and answers the server's sync with all of it.
    const back = connectClientWith(ts.wsUrl, `${cid}/dossier`, p.coord.token, { connect: false });
    clients.push(back);
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(first));
    back.provider.connect();
    await waitSynced(back);
    const writer = await dossier(cid, p.editor);
    writeParagraph(writer, 'concept', 0, 'Only Jordi writes. ');
    const versions = (await waitFor(
      async () => {
        const list = await versionsOf(p.viewer);
        return list.length > 0 ? list : undefined;
      },
      { timeout: 5000 },
    ))!;
    expect(versions[0]!.authors.map((x) => x.userId)).toEqual(['jordi']);
  });

  it('takes a version after a burst of edits, naming who edited, and names versions for editors only', async () => {
    const { cid, p } = await setUp('hist-auto');
    const a = await dossier(cid, p.coord);
    const b = await dossier(cid, p.editor);
    writeParagraph(a, 'vision', 0, 'Open learning for all. ');
    writeParagraph(b, 'concept', 0, 'A joint course. ');
    const versions = (await waitFor(
      async () => {
        const list = await versionsOf(p.viewer);
        return list.length > 0 ? list : undefined;
      },
      { timeout: 5000 },
    ))!;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ reason: 'edits' });
    expect(versions[0]!.authors.map((x) => x.userId).sort()).toEqual(['anna', 'jordi']);
    expect(versions[0]!.authors.find((x) => x.userId === 'jordi')).toEqual({ userId: 'jordi', name: 'Jordi Puig', partnerId: 'pb' });
    expect(versions[0]!.changed.sort()).toEqual(['concept', 'vision']);

    const named = await p.editor.call<{ version: VersionSummary }>('POST', '/versions', { name: 'Sent to faculty boards, 14 March' });
    expect(named.status).toBe(201);
    expect(named.body.version).toMatchObject({ name: 'Sent to faculty boards, 14 March', reason: 'named' });
    for (const who of [p.commenter, p.viewer]) {
      const refused = await who.call('POST', '/versions', { name: 'Mine' });
      expect(refused.status).toBe(403);
      expect(refused.body.error?.code).toBe('forbidden');
    }
    expect((await p.editor.call('POST', '/versions', { name: '  ' })).status).toBe(400);
    expect((await versionsOf(p.coord)).map((v) => v.name ?? null)).toEqual([null, 'Sent to faculty boards, 14 March']);
    const activity = await p.coord.call<{ activity: { action: string; detail: Record<string, string> }[] }>('GET', '/activity');
    expect(activity.body.activity.some((e) => e.action === 'version' && e.detail.name === 'Sent to faculty boards, 14 March')).toBe(true);
  });

  it('compares two versions inline with the people who made each change', async () => {
    const { cid, p } = await setUp('hist-compare');
    const a = await dossier(cid, p.coord);
    writeParagraph(a, 'vision', 0, 'We offer a joint course.');
    await serverHas(cid, p.viewer, 'vision', 'joint course');
    const first = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'draft' })).body.version;
    const b = await dossier(cid, p.editor);
    await waitFor(() => readParagraph(b, 'vision') === 'We offer a joint course.');
    b.transact(() => {
      const t = paragraphText(b, 'vision', 0);
      t.delete(t.length - 'course.'.length, 'course.'.length);
      t.insert(t.length, 'micro-credential.');
    });
    await serverHas(cid, p.viewer, 'vision', 'micro-credential');

    const res = await p.commenter.call<CompareResult>('GET', `/versions/compare?from=${first.id}&to=current&chapter=vision`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [vision] = res.body.chapters;
    expect(vision!.chapter).toBe('vision');
    const jordi = { userId: 'jordi', name: 'Jordi Puig', partnerId: 'pb' };
    expect(vision!.ops.filter((o) => o.kind !== 'equal')).toEqual([
      { kind: 'insert', text: 'micro-credential.', by: [jordi] },
      { kind: 'delete', text: 'course.', by: [jordi] },
    ]);
    expect(vision!.people).toEqual([jordi]);
    // Without a chapter: every chapter that differs, and nothing else.
    const whole = await p.coord.call<CompareResult>('GET', `/versions/compare?from=${first.id}`);
    expect(whole.body.chapters.map((c) => c.chapter)).toEqual(['vision']);
    expect((await p.coord.call('GET', `/versions/compare?from=${crypto.randomUUID()}&to=current`)).status).toBe(404);
  });

  it('restores a chapter on top of live edits: open pages follow, other chapters keep what was typed meanwhile', async () => {
    const { cid, p } = await setUp('hist-restore');
    const a = await dossier(cid, p.coord);
    writeParagraph(a, 'curriculum', 0, 'Five modules of five credits.');
    await serverHas(cid, p.viewer, 'curriculum', 'Five modules');
    const good = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'good' })).body.version;
    const goodChapters = await waitFor(async () => readChapters(a));
    // Someone empties the chapter by mistake; someone else types in another chapter.
    a.transact(() => {
      const t = paragraphText(a, 'curriculum', 0);
      t.delete(0, t.length);
    });
    const watcher = await dossier(cid, p.commenter);
    const typist = await dossier(cid, p.editor);
    await waitFor(() => readParagraph(watcher, 'curriculum') === '');

    // The restore races a burst of typing in another chapter and in the restored one.
    let typing = true;
    const typed = (async () => {
      for (let i = 0; typing && i < 40; i++) {
        writeParagraph(typist, 'quality', 0, `q${i} `);
        if (i === 5) writeParagraph(typist, 'curriculum', 0, 'Meanwhile. ', 0);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const res = await p.editor.call<{ version: VersionSummary }>('POST', `/versions/${good.id}/restore`, { chapter: 'curriculum' });
    typing = false;
    await typed;
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toMatchObject({
      reason: 'restore',
      detail: { chapter: 'curriculum', from: good.id },
      authors: [{ userId: 'jordi', name: 'Jordi Puig', partnerId: 'pb' }],
    });

    // Every page converges on one text, with the restored words back and the other chapter's typing kept.
    await waitFor(
      () => {
        const texts = [a, watcher, typist].map((d) => JSON.stringify([...readChapters(d)]));
        return (
          texts.every((t) => t === texts[0]) &&
          readParagraph(watcher, 'curriculum').includes('Five modules of five credits.') &&
          readParagraph(watcher, 'quality').includes('q0 ')
        );
      },
      { timeout: 10_000 },
    );
    expect([...readChapters(watcher).keys()]).toEqual([...CHAPTER_KEYS]);
    for (const key of CHAPTER_KEYS)
      if (key !== 'curriculum' && key !== 'quality') expect(readChapters(watcher).get(key)).toEqual(goodChapters.get(key));

    // The restore is a version of its own (typing that went on after it may have been versioned after it, on a slow machine).
    const list = await versionsOf(p.coord);
    expect(list.find((v) => v.id === res.body.version.id)).toMatchObject({ reason: 'restore' });
    const activity = await p.coord.call<{ activity: { action: string; detail: Record<string, string> }[] }>('GET', '/activity');
    expect(activity.body.activity.find((e) => e.action === 'restore')?.detail).toMatchObject({ chapter: 'curriculum', from: good.id });
  });

  it('refuses restores by commenters and viewers, and versions that are unknown or of another consortium', async () => {
    const { cid, p } = await setUp('hist-perm');
    const other = await setUp('hist-other');
    const mine = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'mine' })).body.version;
    const theirs = (await other.p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'theirs' })).body.version;
    for (const who of [p.commenter, p.viewer]) {
      expect((await who.call('POST', `/versions/${mine.id}/restore`, { chapter: 'vision' })).status).toBe(403);
    }
    const foreign = await p.coord.call('POST', `/versions/${theirs.id}/restore`, { chapter: 'vision' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error?.code).toBe('unknown-version');
    expect((await p.coord.call('POST', `/versions/${crypto.randomUUID()}/restore`, { chapter: 'vision' })).status).toBe(404);
    expect((await p.coord.call('POST', '/versions/not-a-version/restore', { chapter: 'vision' })).status).toBe(404);
    expect((await p.coord.call('GET', `/versions/compare?from=${theirs.id}`)).status).toBe(404);
    expect((await p.coord.call('GET', `/export?format=md&version=${theirs.id}`)).status).toBe(404);
    expect((await p.coord.call('POST', `/versions/${mine.id}/restore`, { chapter: 'nope' })).status).toBe(400);
    // Another consortium's member cannot list ours.
    expect((await rest(other.p.coord, `/api/consortia/${cid}/versions`)).status).toBe(403);
  });

  it('keeps the signed version with each sign-off, takes versions at status changes and exports, and exports a version', async () => {
    const { cid, p } = await setUp('hist-signoff');
    const a = await dossier(cid, p.coord);
    writeParagraph(a, 'vision', 0, 'Signed words.');
    await serverHas(cid, p.viewer, 'vision', 'Signed words.');
    expect((await p.coord.call('PATCH', '/chapters/vision', { status: 'in-review' })).status).toBe(200);
    const signed = await p.commenter.call<{ signOff: SignOff }>('POST', '/chapters/vision/signoff');
    expect(signed.status).toBe(201);
    const versionId = signed.body.signOff.versionId!;
    const versions = await versionsOf(p.coord);
    expect(versions.find((v) => v.id === versionId)).toMatchObject({ reason: 'signoff', detail: { chapter: 'vision', partnerId: 'pc' } });
    expect(versions.some((v) => v.reason === 'status' && v.detail?.status === 'in-review')).toBe(true);

    writeParagraph(a, 'vision', 0, ' Changed later.');
    await serverHas(cid, p.viewer, 'vision', 'Changed later.');
    const since = await p.commenter.call<CompareResult>('GET', `/versions/compare?from=${versionId}&to=current&chapter=vision`);
    expect(since.body.chapters[0]!.ops.filter((o) => o.kind === 'insert').map((o) => o.text.trim())).toEqual(['Changed later.']);

    const old = await fetch(`${ts.server.url}/api/consortia/${cid}/export?format=md&chapter=vision&version=${versionId}`, {
      headers: { authorization: `Bearer ${p.viewer.token}` },
    });
    expect(old.status).toBe(200);
    const oldText = await old.text();
    expect(oldText).toContain('Signed words.');
    expect(oldText).not.toContain('Changed later.');
    const before = (await versionsOf(p.coord)).length;
    expect(
      (await fetch(`${ts.server.url}/api/consortia/${cid}/export?format=md`, { headers: { authorization: `Bearer ${p.viewer.token}` } }))
        .status,
    ).toBe(200);
    expect((await versionsOf(p.coord)).at(-1)).toMatchObject({ reason: 'export' });
    expect((await versionsOf(p.coord)).length).toBe(before + 1);
  });

  it('keeps history across a restart, and takes a version of unversioned edits when the server stops', async () => {
    const { cid, p } = await setUp('hist-restart');
    const a = await dossier(cid, p.coord);
    writeParagraph(a, 'team', 0, 'Two people per partner.');
    await serverHas(cid, p.viewer, 'team', 'Two people');
    const named = (await p.coord.call<{ version: VersionSummary }>('POST', '/versions', { name: 'before restart' })).body.version;
    writeParagraph(a, 'team', 0, ' Unversioned.');
    await serverHas(cid, p.viewer, 'team', 'Unversioned.');
    for (const c of clients.splice(0)) c.destroy();
    await ts.restart();
    const tokens = await crew(ts, cid, PEOPLE);
    const list = await versionsOf(tokens.coord);
    expect(list[0]).toMatchObject({ id: named.id, name: 'before restart' });
    expect(list.at(-1)).toMatchObject({
      reason: 'edits',
      changed: ['team'],
      authors: [{ userId: 'anna', name: 'Anna de Vries', partnerId: 'pa' }],
    });
    const cmp = await tokens.coord.call<CompareResult>('GET', `/versions/compare?from=${named.id}&to=${list.at(-1)!.id}&chapter=team`);
    expect(cmp.body.chapters[0]!.ops.filter((o) => o.kind === 'insert').map((o) => o.text)).toEqual([' Unversioned.']);
  });
});

function rest(who: Member, path: string) {
  return fetch(`${ts.server.url}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
}
