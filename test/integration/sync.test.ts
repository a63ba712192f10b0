import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Config } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, connectClientWith, waitSynced, type ClientOptions, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { loadStoredDoc } from '../utils/stored.ts';
import { watchPermissionDenied, watchSaved, writesSent, WriteCountingWebSocket } from '../utils/acks.ts';
import { TcpWebSocket } from '../utils/hostileSocket.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { encodeSyncStep1, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import type { Role } from '../../shared/roles.ts';

let ts: TestServer | undefined;
const clients: SyncClient[] = [];

async function start(overrides: Partial<Config> = {}): Promise<TestServer> {
  ts = await startTestServer(overrides);
  return ts;
}
const server = () => ts!;
const open = (token: string, room = 'c1/dossier') => {
  const c = connectClient(server().wsUrl, room, token);
  clients.push(c);
  return c;
};
const openWith = (token: string, options: ClientOptions, room = 'c1/dossier') => {
  const c = connectClientWith(server().wsUrl, room, token, options);
  clients.push(c);
  return c;
};
const person = (userId: string, role: Role = 'editor', partnerId = 'p1') => server().token({ userId, role, partnerId, name: userId });
const text = (c: SyncClient) => c.doc.getText('t').toString();

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
  ts = undefined;
});

describe('sync with stock y-websocket providers', () => {
  it('seeds the dossier on the server and two clients converge', async () => {
    await start();
    const a = open(await person('a', 'editor', 'pa'));
    const b = open(await person('b', 'editor', 'pb'));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    expect(a.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBe(19);
    a.doc.getText('t').insert(0, 'hello ');
    b.doc.getText('t').insert(0, 'world');
    await waitFor(() => text(a).length === 11 && text(b) === text(a));
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('gives a client that joins late everything the others wrote', async () => {
    await start();
    const a = open(await person('a'));
    const b = open(await person('b'));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    for (let i = 0; i < 20; i++) {
      a.doc.getText('t').insert(0, `a${i};`);
      b.doc.getText('t').insert(text(b).length, `b${i};`);
    }
    a.doc.getText('t').delete(0, 3);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('late-joiner check')]);
    b.doc.getXmlFragment(DOSSIER_FRAGMENT).insert(0, [paragraph]);
    await waitFor(() => text(a) === text(b) && a.doc.getXmlFragment(DOSSIER_FRAGMENT).length === 20, {
      message: 'a and b did not converge',
    });

    const c = open(await person('c'));
    await waitSynced(c);
    expect(text(c)).toBe(text(a));
    expect(text(c)).toMatch(/b19;/);
    expect(text(c)).not.toMatch(/a19;/); // deleted by a before c joined
    expect(c.doc.getXmlFragment(DOSSIER_FRAGMENT).toString()).toBe(a.doc.getXmlFragment(DOSSIER_FRAGMENT).toString());
    expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('keeps everything across a server restart on the same data dir', async () => {
    const ts = await start();
    const a = open(await person('a'));
    const b = open(await person('b'));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    a.doc.getText('t').insert(0, 'before restart from a. ');
    b.doc.getText('t').insert(0, 'before restart from b. ');
    a.doc.getXmlFragment(DOSSIER_FRAGMENT).delete(18, 1); // drop the last chapter
    await waitFor(() => text(a) === text(b) && text(a).length === 46 && b.doc.getXmlFragment(DOSSIER_FRAGMENT).length === 18);
    const expected = Y.encodeStateVector(a.doc);

    await ts.restart();
    const fresh = open(await person('fresh'));
    await waitSynced(fresh);
    expect(text(fresh)).toBe(text(a));
    expect(fresh.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBe(18);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(expected);
  });

  it('unloads a room after its last client leaves, and loads it again with its content on the next join', async () => {
    const ts = await start({ roomUnloadMs: 50 });
    const a = open(await person('a'));
    await waitSynced(a);
    expect(ts.server.registry.isLoaded('c1/dossier')).toBe(true);
    a.doc.getText('t').insert(0, 'stays after unload');
    await waitFor(async () => (await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString() === 'stays after unload');

    a.destroy();
    await waitFor(() => !ts.server.registry.isLoaded('c1/dossier'), { message: 'room was not unloaded' });
    expect(ts.server.registry.size).toBe(0);
    expect((await ts.server.storage.documents.load('c1/dossier')).updates).toHaveLength(1); // seed + edit, compacted on unload

    const b = open(await person('b'));
    await waitSynced(b);
    expect(ts.server.registry.isLoaded('c1/dossier')).toBe(true);
    expect(text(b)).toBe('stays after unload');
    expect(b.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBe(19);
    // While someone is connected the room stays (a bounded wait for a negative check: 3x the delay).
    await new Promise((r) => setTimeout(r, 150));
    expect(ts.server.registry.isLoaded('c1/dossier')).toBe(true);
  });
});

describe('shutdown', () => {
  it('says goodbye with 1001 and takes no writes after it, so storage and the other clients stay in step', async () => {
    const ts = await start();
    const watcher = open(await person('watcher'));
    await waitSynced(watcher);
    watcher.doc.getText('t').insert(0, 'before;');
    await waitFor(async () => (await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString() === 'before;');

    // A client that does not answer the close frame at once (any client with a write in flight).
    const raw = await TcpWebSocket.open(ts.server.port, `/sync/c1/dossier?token=${await person('late-writer')}`);
    try {
      raw.send(encodeSyncStep1(new Uint8Array([0])));
      await waitFor(() => raw.frames.some((f) => f.opcode === 0x2), { message: 'not admitted' });
      const restarting = ts.restart();
      await waitFor(() => raw.closeCode !== undefined, { message: 'no close frame' });
      expect(raw.closeCode).toBe(CloseCode.goingAway);
      const late = new Y.Doc();
      late.getText('t').insert(0, 'AFTER-GOODBYE;');
      raw.send(encodeSyncUpdate(Y.encodeStateAsUpdate(late)));
      raw.send(new Uint8Array([0x03, 0xe8]), 0x8); // then the close answer: the server has read the update by now
      await restarting;
    } finally {
      raw.destroy();
    }
    const fresh = open(await person('fresh'));
    await waitSynced(fresh);
    expect(text(fresh)).toBe('before;');
  });
});

describe('read-only connections', () => {
  it("refuses a viewer's write: denied, not applied, not stored, not relayed; the viewer still receives others' edits", async () => {
    const ts = await start();
    const editor = open(await person('editor'));
    const other = open(await person('other'));
    const viewer = open(await person('viewer', 'viewer'));
    const denied = watchPermissionDenied(viewer.provider);
    await Promise.all([waitSynced(editor), waitSynced(other), waitSynced(viewer)]);

    viewer.doc.getText('t').insert(0, 'VIEWER-WRITE');
    await waitFor(() => denied.length > 0, { message: 'the viewer was not told' });
    expect(denied[0]).toMatch(/read-only/);
    // The denial is sent while the update is handled, so it has been refused by now; anything relayed
    // would reach `other` before the editor's next edit.
    editor.doc.getText('t').insert(0, 'editor-after ');
    await waitFor(() => text(other).includes('editor-after') && text(viewer).includes('editor-after'));
    expect(text(other)).toBe('editor-after ');
    expect(text(editor)).toBe('editor-after ');
    expect(text(viewer)).toContain('VIEWER-WRITE'); // only in the viewer's own copy
    expect(ts.server.registry.get('c1/dossier')!.doc.getText('t').toString()).toBe('editor-after ');
    expect((await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString()).toBe('editor-after ');
    expect(viewer.provider.wsconnected).toBe(true); // refused, not disconnected

    await ts.restart();
    const fresh = open(await person('fresh'));
    await waitSynced(fresh);
    expect(text(fresh)).toBe('editor-after ');
  });

  it("refuses a commenter's dossier writes, and everyone's sync writes to the server-written discussion", async () => {
    const ts = await start();
    const editor = open(await person('editor'));
    const commenter = open(await person('commenter', 'commenter'));
    const coordinatorDiscussion = open(await person('coordinator', 'coordinator'), 'c1/discussion');
    const editorDiscussion = open(await person('editor'), 'c1/discussion');
    const deniedCommenter = watchPermissionDenied(commenter.provider);
    const deniedCoordinator = watchPermissionDenied(coordinatorDiscussion.provider);
    const deniedEditor = watchPermissionDenied(editorDiscussion.provider);
    await Promise.all([editor, commenter, coordinatorDiscussion, editorDiscussion].map((c) => waitSynced(c)));

    commenter.doc.getText('t').insert(0, 'commenter in dossier');
    coordinatorDiscussion.doc.getMap('threads').set('forged', { text: 'coordinator over sync' });
    editorDiscussion.doc.getText('t').insert(0, 'editor in discussion');
    await waitFor(() => deniedCommenter.length === 1 && deniedCoordinator.length === 1 && deniedEditor.length === 1);

    editor.doc.getText('t').insert(0, 'barrier');
    await waitFor(() => text(commenter).includes('barrier'));
    expect(text(editor)).toBe('barrier');
    expect((await loadStoredDoc(ts.server.storage, 'c1/dossier')).getText('t').toString()).toBe('barrier');
    const discussion = await loadStoredDoc(ts.server.storage, 'c1/discussion');
    expect(discussion.getText('t').toString()).toBe('');
    expect(discussion.getMap('threads').size).toBe(0);
    expect(editorDiscussion.doc.getMap('threads').size).toBe(0);
    expect(coordinatorDiscussion.doc.getText('t').toString()).toBe('');
  });
});

describe('saved acknowledgements', () => {
  it('counts the stored writes of a client that asks for them, and only once they are stored', async () => {
    const ts = await start();
    const key = 'c1/dossier';
    const client = openWith(await person('acker'), { params: { acks: '1' }, WebSocketClass: WriteCountingWebSocket });
    const checks: Promise<string | undefined>[] = [];
    const edits: { write: number; token: string }[] = [];
    const counts = watchSaved(client.provider, (count) => {
      // Taken the moment the ack arrives: SQLite reads synchronously, so this is what is on disk now.
      const stored = loadStoredDoc(ts.server.storage, key);
      const due = edits.filter((e) => e.write <= count).map((e) => e.token);
      checks.push(stored.then((doc) => due.find((token) => !doc.getText('t').toString().includes(token))));
    });
    await waitSynced(client);
    await waitFor(() => counts.length === 1, { message: 'the initial step 2 was not acknowledged' });
    expect(counts).toEqual([1]); // the answer to the server's step 1 is the first write

    for (let i = 0; i < 10; i++) {
      const token = `edit${i};`;
      client.doc.getText('t').insert(0, token);
      edits.push({ write: writesSent(client.provider), token });
    }
    expect(writesSent(client.provider)).toBe(11);
    await waitFor(() => counts.at(-1) === 11, { message: `acks stopped at ${counts.at(-1)}` });
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    expect(await Promise.all(checks)).toEqual(checks.map(() => undefined)); // no ack came before its write was stored
  });

  it('never acknowledges an edit made right after reconnecting before the offline edits it depends on are stored', async () => {
    const ts = await start();
    const key = 'c1/dossier';
    const client = openWith(await person('offline'), {
      params: { acks: '1' },
      WebSocketClass: WriteCountingWebSocket,
      maxBackoffTime: 100,
    });
    await waitSynced(client);
    const problems: Promise<string | undefined>[] = [];
    const edits: { write: number; token: string }[] = [];
    const counts = watchSaved(client.provider, (count) => {
      const stored = loadStoredDoc(ts.server.storage, key);
      const due = edits.filter((e) => e.write <= count).map((e) => e.token);
      problems.push(stored.then((doc) => due.find((token) => !doc.getText('t').toString().includes(token))));
    });

    client.provider.disconnect();
    const t = client.doc.getText('t');
    t.insert(0, 'offline-1;');
    t.insert(t.length, 'offline-2;');
    // The stock provider says "connected" before it sends sync step 1, so an edit made then reaches the
    // server first, and depends on the offline edits the server has not seen yet.
    const typed = new Promise<void>((resolve) => {
      const onStatus = ({ status }: { status: string }) => {
        if (status !== 'connected') return;
        client.provider.off('status', onStatus);
        t.insert(t.length, 'right-after-reconnect;');
        edits.push({ write: writesSent(client.provider), token: 'right-after-reconnect;' });
        resolve();
      };
      client.provider.on('status', onStatus);
    });
    client.provider.connect();
    await typed;
    expect(edits[0]!.write).toBe(1); // sent before the step 2 that carries the offline edits
    await waitFor(() => client.provider.synced && counts.at(-1) === writesSent(client.provider), {
      message: `acks stopped at ${counts.at(-1)}`,
    });
    expect(await Promise.all(problems)).toEqual(problems.map(() => undefined));
    expect((await loadStoredDoc(ts.server.storage, key)).getText('t').toString()).toBe('offline-1;offline-2;right-after-reconnect;');
  });

  it('sends no saved messages to a client that did not ask', async () => {
    await start();
    const quiet = open(await person('quiet'));
    const watcher = open(await person('watcher'));
    const counts = watchSaved(quiet.provider);
    await Promise.all([waitSynced(quiet), waitSynced(watcher)]);
    quiet.doc.getText('t').insert(0, 'no acks please');
    await waitFor(() => text(watcher) === 'no acks please');
    // A saved message would be sent right after quiet's write was stored, so before the server relays
    // this later edit on the same socket.
    watcher.doc.getText('t').insert(0, '!');
    await waitFor(() => text(quiet) === '!no acks please');
    expect(counts).toEqual([]);
  });
});

describe('presence', () => {
  it("stamps the server's identity on presence, and removes it when the client goes, also after a reconnect", async () => {
    const ts = await start();
    const a = openWith(await person('ann', 'editor', 'pa'), { maxBackoffTime: 100 });
    const b = open(await person('bob', 'editor', 'pb'));
    a.provider.awareness.setLocalStateField('user', { name: 'I claim to be someone else', color: '#123456' });
    await Promise.all([waitSynced(a), waitSynced(b)]);
    const annId = a.doc.clientID;
    const seenByBob = () =>
      b.provider.awareness.getStates().get(annId) as { user?: { name?: string; partner?: string; color?: string } } | undefined;
    await waitFor(() => seenByBob()?.user?.name === 'ann');
    expect(seenByBob()!.user).toMatchObject({ name: 'ann', partner: 'pa', color: '#123456' });

    // A network drop and reconnect; then a presence change, as any cursor move makes.
    a.provider.disconnect();
    await waitFor(() => seenByBob() === undefined, { message: "ann's presence stayed after her socket closed" });
    a.provider.connect();
    await waitSynced(a);
    a.provider.awareness.setLocalStateField('cursor', 42);
    await waitFor(() => (seenByBob() as { cursor?: number } | undefined)?.cursor === 42);

    // Now the network drops (no goodbye from the client): the room itself must remove the presence,
    // so it has to know that this client id belongs to the new socket.
    a.provider.shouldConnect = false; // and stay away
    (a.provider.ws as unknown as { _socket: { destroy(): void } })._socket.destroy();
    await waitFor(() => seenByBob() === undefined, { message: "ann's presence stayed after her connection dropped" });
    expect(ts.server.registry.get('c1/dossier')!.awareness.getStates().has(annId)).toBe(false);
  });
});
