import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

let ts: TestServer;
const clients: SyncClient[] = [];
const open = (token: string, room = 'c1/dossier') => {
  const c = connectClient(ts.wsUrl, room, token);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  ts = await startTestServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

describe('sync with stock y-websocket providers', () => {
  it('seeds the dossier on the server and two clients converge', async () => {
    const a = open(await ts.token({ userId: 'a', partnerId: 'pa' }));
    const b = open(await ts.token({ userId: 'b', partnerId: 'pb' }));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    expect(a.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBe(19);
    a.doc.getText('t').insert(0, 'hello ');
    b.doc.getText('t').insert(0, 'world');
    await waitFor(() => a.doc.getText('t').toString().length === 11 && b.doc.getText('t').toString() === a.doc.getText('t').toString());
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });
});
