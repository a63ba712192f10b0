import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import * as Y from 'yjs';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  await createConsortium(ts.server.storage.consortia, {
    id: 'c1',
    name: 'Green Skills for Europe',
    programmeTitle: 'Green skills',
    partners: PARTNERS,
  });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const get = async (token: string | undefined, query: string) =>
  fetch(`${ts.server.url}/api/consortia/c1/export?${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

/** Types a sentence into the first paragraph of a chapter through a real sync client. */
async function write(chapter: string, sentence: string): Promise<void> {
  const client = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ consortiumId: 'c1', partnerId: 'mar', role: 'editor' }));
  clients.push(client);
  await waitSynced(client);
  const section = client.doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n) => n instanceof Y.XmlElement && n.getAttribute('key') === chapter) as Y.XmlElement;
  const paragraph = section.toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'paragraph') as Y.XmlElement;
  paragraph.insert(0, [new Y.XmlText(sentence)]);
  client.provider.disconnect();
}

describe('export endpoint', () => {
  it('exports a chapter nobody has open, as every format, with a meaningful file name', async () => {
    await write('vision', 'Our shared vision: flexible green skills for working adults.');
    const token = await ts.token({ consortiumId: 'c1', partnerId: 'baltic', role: 'viewer' });
    const today = new Date().toISOString().slice(0, 10);
    for (const [format, type] of [
      ['md', 'text/markdown'],
      ['html', 'text/html'],
      ['docx', 'wordprocessingml'],
      ['pdf', 'application/pdf'],
    ] as const) {
      const res = await get(token, `format=${format}&chapter=vision`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('content-disposition')).toContain(`filename="c1-shared-vision-${today}.${format}"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (format === 'md' || format === 'html')
        expect(new TextDecoder().decode(bytes)).toContain('Our shared vision: flexible green skills');
      if (format === 'docx') {
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
        expect(value).toContain('Our shared vision: flexible green skills');
      }
      if (format === 'pdf') expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    }
  });

  it('exports the whole dossier when no chapter is given', async () => {
    const token = await ts.token({ consortiumId: 'c1', partnerId: 'mar', role: 'editor' });
    const res = await get(token, 'format=md');
    expect(res.status).toBe(200);
    const md = await res.text();
    expect([...md.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('records who exported what in the activity log', async () => {
    const token = await ts.token({ consortiumId: 'c1', userId: 'eva', name: 'Eva Export', partnerId: 'mar', role: 'commenter' });
    await (await get(token, 'format=html&chapter=agreement&comments=1')).arrayBuffer();
    const res = await fetch(`${ts.server.url}/api/consortia/c1/activity`, { headers: { authorization: `Bearer ${token}` } });
    const { activity } = (await res.json()) as {
      activity: { userId: string; name: string; action: string; detail: Record<string, string> }[];
    };
    expect(activity[0]).toMatchObject({
      userId: 'eva',
      name: 'Eva Export',
      action: 'export',
      detail: { format: 'html', chapter: 'agreement', comments: 'yes' },
    });
  });

  it('refuses non-members, other consortia and bad parameters with clear errors', async () => {
    expect((await get(undefined, 'format=pdf')).status).toBe(401);
    const other = await ts.token({ consortiumId: 'c2', partnerId: 'x', role: 'coordinator' });
    expect((await get(other, 'format=pdf')).status).toBe(403);
    const member = await ts.token({ consortiumId: 'c1', partnerId: 'mar', role: 'viewer' });
    const bad = await get(member, 'format=exe');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad-format');
    const badChapter = await get(member, 'format=md&chapter=../../etc/passwd');
    expect(badChapter.status).toBe(400);
  });
});
