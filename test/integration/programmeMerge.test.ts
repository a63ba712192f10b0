import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { blocksFromJson } from '../../shared/programme/blocks.ts';
import { dossierJson } from '../../shared/export/model.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  await createConsortium(ts.server.storage.consortia, { id: 'c1', name: 'Green Skills', programmeTitle: '', partners: PARTNERS });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

async function editor(userId: string): Promise<SyncClient> {
  const client = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId, consortiumId: 'c1', partnerId: 'mar', role: 'editor' }));
  clients.push(client);
  await waitSynced(client);
  return client;
}

/** Changes one field of a block exactly as the browser editor does: a ProseMirror transaction mirrored into Yjs by y-tiptap. */
function editField(client: SyncClient, blockId: string, field: string, value: string): void {
  const fragment = client.doc.getXmlFragment(DOSSIER_FRAGMENT);
  const { doc, meta } = initProseMirrorDoc(fragment, dossierSchema());
  let pos = -1;
  doc.descendants((node, p) => {
    if (node.attrs.id === blockId) pos = p;
  });
  const node = doc.nodeAt(pos)!;
  const tr = EditorState.create({ doc }).tr.setNodeMarkup(pos, undefined, { ...node.attrs, [field]: value });
  client.doc.transact(() => updateYFragment(client.doc, fragment, tr.doc, meta));
}

const unitOf = (client: SyncClient) => blocksFromJson(dossierJson(client.doc)).units[0];

describe('concurrent edits of one unit', () => {
  it('keeps both when two people change different fields of the same unit at the same moment', async () => {
    const res = await fetch(`${ts.server.url}/api/consortia/c1/units/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await ts.token({ userId: 'importer', consortiumId: 'c1', role: 'editor' })}`,
        'content-type': 'text/csv',
      },
      body: 'title,ects,hours\nData basics,5,130\n',
    });
    const { ids } = (await res.json()) as { ids: string[] };
    const [a, b] = [await editor('anna'), await editor('jordi')];
    await waitFor(() => unitOf(a) && unitOf(b));

    // Same event-loop turn: neither client can have seen the other's change before making its own.
    editField(a, ids[0]!, 'ects', '6');
    editField(b, ids[0]!, 'hours', '160');

    for (const c of [a, b])
      await waitFor(() => unitOf(c)!.ects === '6' && unitOf(c)!.hours === '160', { message: 'both edits on both clients' });
    expect(unitOf(a)).toEqual(unitOf(b));
    expect(unitOf(a)).toMatchObject({ title: 'Data basics', ects: '6', hours: '160' });
    const stored = (await (
      await fetch(`${ts.server.url}/api/consortia/c1/programme`, {
        headers: { authorization: `Bearer ${await ts.token({ userId: 'v', consortiumId: 'c1', role: 'viewer' })}` },
      })
    ).json()) as { units: { ects: number; hours: number }[] };
    expect(stored.units[0]).toMatchObject({ ects: 6, hours: 160 });
  });
});
