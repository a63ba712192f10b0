/**
 * GET /api/consortia/:id/documents/:name/state: a document's whole state over HTTP, which the
 * dossier page asks for with its first script (client/main.ts). Members only; the bytes are what
 * a sync client holds after its sync, live edits included, and the socket's sync afterwards adds
 * nothing to a document built from them.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { Role } from '../../shared/roles.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  for (const id of ['c1', 'c2'])
    await createConsortium(ts.server.storage.consortia, {
      id,
      name: `Consortium ${id}`,
      programmeTitle: 'Green skills',
      partners: PARTNERS,
    });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const token = (role: Role, consortiumId = 'c1') => ts.token({ userId: `u-${role}`, consortiumId, partnerId: 'mar', role });
const stateOf = async (path: string, headers: Record<string, string> = {}) =>
  fetch(`${ts.server.url}/api/consortia/${path}/state`, { headers: { 'accept-encoding': 'identity', ...headers } });
const docFrom = (bytes: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  return doc;
};
const text = (doc: Y.Doc) => doc.getXmlFragment(DOSSIER_FRAGMENT).toString();

it("gives a viewer the dossier as it is, a live writer's edit included, and the socket's sync adds nothing to it", async () => {
  const writer = connectClient(ts.wsUrl, 'c1/dossier', await token('editor'));
  clients.push(writer);
  await waitSynced(writer);
  const chapter = writer.doc.getXmlFragment(DOSSIER_FRAGMENT).get(0) as Y.XmlElement;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Written a moment ago.')]);
  chapter.push([paragraph]);
  await waitFor(() => writer.provider.synced && !writer.doc.store.pendingStructs);

  const auth = { authorization: `Bearer ${await token('viewer')}` };
  let fetched: Y.Doc | undefined;
  await waitFor(async () => {
    const res = await stateOf('c1/documents/dossier', auth);
    expect(res.status).toBe(200);
    fetched = docFrom(new Uint8Array(await res.arrayBuffer()));
    return text(fetched).includes('Written a moment ago.');
  });
  expect(text(fetched!)).toBe(text(writer.doc));

  // A client that starts from the fetched state: the server's sync has nothing it lacks.
  const reader = connectClient(ts.wsUrl, 'c1/dossier', await token('viewer'));
  clients.push(reader);
  Y.applyUpdate(reader.doc, Y.encodeStateAsUpdate(fetched!));
  const before = Y.encodeStateVector(reader.doc);
  await waitSynced(reader);
  expect(Y.encodeStateVector(reader.doc)).toEqual(before);
});

it('compresses when the browser accepts gzip, and is never cached', async () => {
  const auth = { authorization: `Bearer ${await token('editor')}` };
  const plain = await stateOf('c1/documents/dossier', auth);
  const raw = new Uint8Array(await plain.arrayBuffer());
  // fetch() would undo the compression itself: read the bytes as they came with node's http client instead.
  const zipped = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    import('node:http').then(({ get }) =>
      get(`${ts.server.url}/api/consortia/c1/documents/dossier/state`, { headers: { ...auth, 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
  });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers['cache-control']).toBe('no-store');
  expect(zipped.body.byteLength).toBeLessThan(raw.byteLength);
  expect(new Uint8Array(gunzipSync(zipped.body))).toEqual(raw);
  expect(plain.headers.get('content-encoding')).toBeNull();
});

it('refuses with a named error: no token, another consortium, an unknown document, a malformed id', async () => {
  const refused = async (path: string, headers: Record<string, string>) => {
    const res = await stateOf(path, headers);
    return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
  };
  expect(await refused('c1/documents/dossier', {})).toEqual([401, 'unauthenticated']);
  expect(await refused('c1/documents/dossier', { authorization: 'Bearer not-a-token' })).toEqual([401, 'unauthenticated']);
  const otherConsortium = { authorization: `Bearer ${await token('coordinator', 'c2')}` };
  expect(await refused('c1/documents/dossier', otherConsortium)).toEqual([403, 'forbidden']);
  const member = { authorization: `Bearer ${await token('editor')}` };
  expect(await refused('c1/documents/secrets', member)).toEqual([404, 'not-found']);
  expect(await refused('c1/documents/..%2Fdossier', member)).toEqual([400, 'bad-parameter']);
  // The server goes on serving.
  expect((await stateOf('c1/documents/discussion', member)).status).toBe(200);
});
