import { afterEach, beforeEach, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { encodeSyncStep1, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import { MessageType } from '../../shared/protocol/messageTypes.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { closeCode, openRaw } from '../utils/hostileSocket.ts';
import * as Y from 'yjs';
import { connectClient, connectClientWith, waitSynced } from '../utils/syncClient.ts';
import { WriteCountingWebSocket, watchSaved, writesSent } from '../utils/acks.ts';
import { waitFor } from '../utils/waitFor.ts';

let ts: TestServer;
beforeEach(async () => {
  ts = await startTestServer();
});
afterEach(async () => ts.stop());

it('rations sync step 1 (each one encodes the whole document): a burst closes that socket with 4429, others carry on', async () => {
  const honest = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'h' }));
  await waitSynced(honest);
  const attacker = openRaw(ts.wsUrl, 'c1/dossier', { token: await ts.token({ userId: 'a', role: 'viewer' }) });
  await attacker.opened;
  // A normal client asks once per connection; the first requests are answered.
  attacker.send(encodeSyncStep1(new Uint8Array([0])));
  await waitFor(() => attacker.types().filter((t) => t === MessageType.sync).length >= 2);
  for (let i = 0; i < 40; i++) attacker.send(encodeSyncStep1(new Uint8Array([0])));
  expect(await closeCode(attacker)).toBe(CloseCode.tooMany);
  honest.doc.getText('t').insert(0, 'still working');
  const late = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'l' }));
  await waitFor(() => late.doc.getText('t').toString() === 'still working');
  honest.destroy();
  late.destroy();
});

it('an update whose dependencies never arrive cannot hold back other people\'s "saved" acknowledgements', async () => {
  const honest = connectClientWith(ts.wsUrl, 'c1/dossier', await ts.token({ userId: 'h' }), {
    params: { acks: '1' },
    WebSocketClass: WriteCountingWebSocket,
  });
  const saved = watchSaved(honest.provider);
  await waitSynced(honest);

  // An editor sends only the second of two edits: Yjs must keep it aside, waiting for the first.
  const source = new Y.Doc();
  source.getText('x').insert(0, 'first');
  const afterFirst = Y.encodeStateVector(source);
  source.getText('x').insert(5, ' second');
  const attacker = openRaw(ts.wsUrl, 'c1/dossier', { token: await ts.token({ userId: 'a' }) });
  await attacker.opened;
  attacker.send(encodeSyncUpdate(Y.encodeStateAsUpdate(source, afterFirst)));
  const room = ts.server.registry.get('c1/dossier')!;
  await waitFor(() => room.doc.store.pendingStructs !== null, { message: 'the orphan update was not held back' });

  honest.doc.getText('t').insert(0, 'my edit');
  const sent = () => writesSent(honest.provider);
  await waitFor(() => sent() > 0 && (saved.at(-1) ?? 0) >= sent(), { timeout: 15_000, message: 'the honest edit was never acknowledged' });
  expect(room.doc.store.pendingStructs).toBeNull();
  expect(honest.doc.getText('x').toString()).toBe(''); // the orphan was never relayed
  attacker.terminate();
  honest.destroy();
});
