/**
 * Yjs keeps aside the parts of an update whose dependencies are missing and retries them on every
 * later update, whoever sends it. The server relays each update to everyone but its sender; when a
 * client's update also brought in such parts from someone else, the sender must get them too, or
 * it silently keeps a different document (found by the protocol fuzzer: one honest client lacked
 * an attacker's text that everyone else had).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectHonest, HONEST, synced, type Honest } from '../utils/hostile.ts';
import { openRaw } from '../utils/hostileSocket.ts';
import { waitFor } from '../utils/waitFor.ts';

let ts: TestServer;
const open: Honest[] = [];

beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  for (const h of open) h.destroy();
  await ts?.stop();
});

describe('updates that complete parts held back for someone else', () => {
  it('a deletion that waited for its text reaches the person whose update brought the text', async () => {
    const room = 'c1/dossier';
    const token = (userId: string) => ts.token({ userId, name: userId, role: 'editor' });
    const watcher = connectHonest(ts.wsUrl, room, await token('watcher'));
    open.push(watcher);
    await synced(watcher);

    // Wanda wrote "hello" offline; Dan got her text another way (a copy of her file) and deleted it.
    // Dan's deletion reaches the server first: it waits there for the text it deletes.
    const wandaOffline = new Y.Doc();
    wandaOffline.clientID = 7001;
    wandaOffline.getText(HONEST).insert(0, 'hello');
    const dan = new Y.Doc();
    Y.applyUpdate(dan, Y.encodeStateAsUpdate(wandaOffline));
    let deletion: Uint8Array | undefined;
    dan.on('update', (u: Uint8Array) => (deletion = u));
    dan.getText(HONEST).delete(0, 5);
    const danSocket = openRaw(ts.wsUrl, room, { token: await token('dan') });
    await danSocket.opened;
    danSocket.send(encodeSyncUpdate(deletion!));
    await waitFor(() => ts.server.registry.get(room)?.doc.store.pendingDs !== null, { message: 'the deletion did not wait on the server' });

    // Wanda comes online: her sync brings the text, and with it the server applies Dan's deletion.
    const wanda = connectHonest(ts.wsUrl, room, await token('wanda'), { clientID: 7001 });
    open.push(wanda);
    wanda.doc.getText(HONEST).insert(0, 'hello');
    await synced(wanda);

    const server = ts.server.registry.get(room)!.doc;
    await waitFor(() => server.getText(HONEST).toString() === '' && server.store.pendingDs === null);
    await waitFor(() => watcher.text() === '' && wanda.text() === '', {
      timeout: 5_000,
      message: "Wanda's page did not get Dan's deletion",
    });
    expect(Y.encodeStateVector(wanda.doc)).toEqual(Y.encodeStateVector(server));
    danSocket.terminate();
  });
});
