/** The programme for the outside world through the real server (SQLite): ELM, readiness, supplement, programme page. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { FACTS_NODE } from '../../shared/programme/blocks.ts';
import type { ReadinessReport } from '../../shared/export/readinessTypes.ts';
import type { Role } from '../../shared/roles.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  await createConsortium(
    ts.server.storage.consortia,
    { id: 'c1', name: 'Digital Skills Alliance', programmeTitle: '', partners: DEMO_PARTNERS },
    await demoDossierUpdate(),
  );
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const as = (role: Role, consortiumId = 'c1') => ts.token({ consortiumId, partnerId: 'mar', role });
const get = async (token: string | undefined, path: string) =>
  fetch(`${ts.server.url}/api/consortia/c1/${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('GET /api/consortia/:id/export?format=elm', () => {
  it('answers every member with one ELM 3 JSON-LD document and the count of missing values', async () => {
    for (const role of ['viewer', 'commenter', 'editor', 'coordinator'] as const) {
      const res = await get(await as(role), 'export?format=elm');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/ld+json');
      expect(res.headers.get('content-disposition')).toMatch(/filename="c1-europass-elm-\d{4}-\d{2}-\d{2}\.jsonld"/);
      expect(res.headers.get('x-missing-values')).toBe('1');
      const doc = (await res.json()) as Record<string, unknown> & { hasPart: unknown[] };
      expect(doc['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap']);
      expect(doc).toMatchObject({ id: 'urn:jointly:c1:programme', type: 'LearningAchievementSpecification' });
      expect(doc.hasPart).toHaveLength(6);
    }
  });

  it('refuses people who are not members', async () => {
    expect((await get(undefined, 'export?format=elm')).status).toBe(401);
    expect((await get(await as('coordinator', 'c2'), 'export?format=elm')).status).toBe(403);
  });

  it('reports a programme missing its EQF level instead of inventing one, in the header and the readiness report', async () => {
    const client = connectClient(ts.wsUrl, 'c1/dossier', await as('editor'));
    clients.push(client);
    await waitSynced(client);
    const facts = (client.doc.getXmlFragment(DOSSIER_FRAGMENT).toArray() as Y.XmlElement[])
      .flatMap((chapter) => chapter.toArray())
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === FACTS_NODE)!;
    facts.setAttribute('eqf', '');
    const viewer = await as('viewer');
    await waitFor(async () => (await get(viewer, 'export?format=elm')).headers.get('x-missing-values') === '2');
    const doc = (await (await get(viewer, 'export?format=elm')).json()) as { educationLevel?: { id: string }[] };
    // The units keep their own level; the programme has none, so it carries none.
    expect((doc.educationLevel ?? []).map((c) => c.id)).toEqual([]);
    const report = (await (await get(viewer, 'readiness')).json()) as ReadinessReport;
    expect(report.programme.items.find((i) => i.key === 'level')).toMatchObject({ status: 'missing', link: { block: 'facts-demo' } });
    expect(report.elmGaps.map((g) => g.field)).toEqual(['eqf', 'nqf']);
    expect(report.mandatoryMissing).toBe(1);
  });
});

describe('partner records carry what the ELM export needs', () => {
  it('stores legal name, identifier, address and website, and a change leaves the other fields alone', async () => {
    const coordinator = await as('coordinator');
    const patch = (body: unknown) =>
      fetch(`${ts.server.url}/api/consortia/c1/partners/mar`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const bad = await patch({ website: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid', details: [expect.objectContaining({ path: 'website' })] } });
    const ok = await patch({
      legalName: 'Fundació Universitat del Mar',
      identifierType: 'national',
      identifier: 'G-08000000',
      address: 'Passeig 1, Barcelona',
      website: 'https://mar.example.org',
    });
    expect(ok.status).toBe(200);
    const doc = (await (await get(coordinator, 'export?format=elm')).json()) as {
      awardingOpportunity: { awardingBody: Record<string, any>[] }[];
    };
    const mar = doc.awardingOpportunity[0]!.awardingBody.find((b) => b.id === 'urn:jointly:c1:partner:mar')!;
    expect(mar.legalName).toEqual({ und: 'Fundació Universitat del Mar' });
    expect(mar.registration).toMatchObject({
      type: 'LegalIdentifier',
      notation: 'G-08000000',
      spatial: { id: 'http://publications.europa.eu/resource/authority/country/ESP' },
    });
    expect(mar.homepage[0].contentURL).toBe('https://mar.example.org');
    // Changing only the website keeps the rest (country, contact) as they were.
    await patch({ website: 'https://www.mar.example.org' });
    const record = (await ts.server.storage.consortia.get('c1'))!.partners.find((p) => p.id === 'mar')!;
    expect(record).toMatchObject({
      country: 'ES',
      contactName: 'Jordi Puig',
      legalName: 'Fundació Universitat del Mar',
      website: 'https://www.mar.example.org',
    });
  });
});

describe('the other programme formats', () => {
  it('renders the readiness report, the supplements and the programme page for a viewer', async () => {
    const viewer = await as('viewer');
    const readiness = await get(viewer, 'export?format=readiness-html');
    expect(readiness.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await readiness.text()).toContain('<h1>Annex I readiness</h1>');
    const page = await get(viewer, 'export?format=programme-html');
    expect(page.headers.get('content-disposition')).toMatch(/c1-programme-page-[\d-]+\.html/);
    expect(await page.text()).toContain('<h1>Applied Data Literacy for Public-Sector Professionals</h1>');
    const docx = await get(viewer, 'export?format=supplement-docx');
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain('Credential supplement');
    const pdf = await get(viewer, 'export?format=supplement-pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lists the new formats when a format is unknown', async () => {
    const res = await get(await as('viewer'), 'export?format=exe');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('elm, readiness-html, supplement-docx');
  });
});
