/**
 * The consortium's document language (REST, coordinators only) and a block's `lang` mark, end to end
 * through the real server: one sync client marks a paragraph as German, another sees the mark, and
 * the HTML export carries it with Dutch fixed labels once the coordinator chose Dutch.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { waitFor } from '../utils/waitFor.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  await createConsortium(ts.server.storage.consortia, {
    id: 'c1',
    name: 'Green Skills for Europe',
    programmeTitle: '',
    partners: PARTNERS,
  });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const patch = async (role: 'coordinator' | 'editor', body: unknown) =>
  fetch(`${ts.server.url}/api/consortia/c1`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${await ts.token({ consortiumId: 'c1', partnerId: 'northbridge', role, userId: `${role}-northbridge` })}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });

function firstParagraph(client: SyncClient, chapter: string): Y.XmlElement {
  const section = client.doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n) => n instanceof Y.XmlElement && n.getAttribute('key') === chapter) as Y.XmlElement;
  return section.toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'paragraph') as Y.XmlElement;
}

async function client(partnerId: string): Promise<SyncClient> {
  const c = connectClient(
    ts.wsUrl,
    'c1/dossier',
    await ts.token({ consortiumId: 'c1', partnerId, role: 'editor', userId: `editor-${partnerId}` }),
  );
  clients.push(c);
  await waitSynced(c);
  return c;
}

describe('document language', () => {
  it('coordinators set it; others may not; only the five languages are accepted', async () => {
    const ok = await patch('coordinator', { documentLanguage: 'nl' });
    expect(ok.status).toBe(200);
    expect((await ok.json()).consortium.documentLanguage).toBe('nl');
    expect((await ts.server.storage.consortia.get('c1'))?.documentLanguage).toBe('nl');

    const editor = await patch('editor', { documentLanguage: 'fr' });
    expect(editor.status).toBe(403);
    expect((await editor.json()).error.code).toBe('forbidden');

    const bad = await patch('coordinator', { documentLanguage: 'klingon' });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe('invalid');
    expect(JSON.stringify(body.error.details)).toContain('documentLanguage');
    expect((await ts.server.storage.consortia.get('c1'))?.documentLanguage).toBe('nl');
  });

  it('a paragraph marked German reaches another client and the Dutch HTML export', async () => {
    const jordi = await client('mar');
    const ruta = await client('baltic');
    const paragraph = firstParagraph(jordi, 'vision');
    jordi.doc.transact(() => {
      paragraph.insert(0, [new Y.XmlText('Wir lernen gemeinsam.')]);
      paragraph.setAttribute('lang', 'de');
    });
    await waitFor(() => firstParagraph(ruta, 'vision').getAttribute('lang') === 'de', { message: 'the mark reaches the other client' });
    expect(firstParagraph(ruta, 'vision').toString()).toContain('Wir lernen gemeinsam.');

    expect((await patch('coordinator', { documentLanguage: 'nl' })).status).toBe(200);
    const token = await ts.token({ consortiumId: 'c1', partnerId: 'baltic', role: 'viewer', userId: 'viewer-baltic' });
    await waitFor(
      async () => {
        const res = await fetch(`${ts.server.url}/api/consortia/c1/export?format=html`, { headers: { authorization: `Bearer ${token}` } });
        const html = await res.text();
        return html.includes('<p lang="de">Wir lernen gemeinsam.</p>');
      },
      { message: 'the export has the marked paragraph' },
    );
    const res = await fetch(`${ts.server.url}/api/consortia/c1/export?format=html`, { headers: { authorization: `Bearer ${token}` } });
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h2>Inhoudsopgave</h2>');
    expect(html).toContain('<h2>8. Gedeelde visie</h2>');
  });
});
