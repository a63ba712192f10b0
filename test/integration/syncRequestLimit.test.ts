import { afterEach, beforeEach, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { encodeSyncStep1 } from '../../shared/protocol/encode.ts';
import { MessageType } from '../../shared/protocol/messageTypes.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { closeCode, openRaw } from '../utils/hostileSocket.ts';
import { connectClient, waitSynced } from '../utils/syncClient.ts';
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
