import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { Role } from '../../shared/roles.ts';
import type { ProgrammeReport } from '../../shared/programme/blocks.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  await createConsortium(ts.server.storage.consortia, {
    id: 'c1',
    name: 'Green Skills',
    programmeTitle: 'Green skills',
    partners: PARTNERS,
  });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const bearer = async (role: Role, consortiumId = 'c1') => ({
  authorization: `Bearer ${await ts.token({ userId: `u-${role}`, consortiumId, partnerId: 'mar', role })}`,
});
const getProgramme = async (consortiumId = 'c1'): Promise<ProgrammeReport> =>
  (
    await fetch(`${ts.server.url}/api/consortia/${consortiumId}/programme`, { headers: await bearer('viewer', consortiumId) })
  ).json() as Promise<ProgrammeReport>;
const importCsv = async (csv: string, role: Role = 'editor', consortiumId = 'c1') =>
  fetch(`${ts.server.url}/api/consortia/${consortiumId}/units/import`, {
    method: 'POST',
    headers: { ...(await bearer(role, consortiumId)), 'content-type': 'text/csv' },
    body: csv,
  });

const CSV = [
  'code,title,partners,ects,hours,eqf,kind,assessment,id_verification,outcomes',
  'DL1,"=HYPERLINK(""http://evil.example"",""Data basics"")",northbridge,5,130,6,compulsory,project,supervised-with-id,"[PO1] Clean a data set"',
  'DL2,<b>Visualising</b> data,Universitat del Mar; baltic,5,300,6,elective,portfolio,,Tell a story with charts',
].join('\n');

function unitsIn(client: SyncClient): Y.XmlElement[] {
  const chapter = client.doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n) => n instanceof Y.XmlElement && n.getAttribute('key') === 'curriculum') as Y.XmlElement;
  return chapter.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'curriculumUnit');
}

async function openDossier(role: Role = 'editor'): Promise<SyncClient> {
  const client = connectClient(ts.wsUrl, 'c1/dossier', await ts.token({ userId: `u-${role}`, consortiumId: 'c1', partnerId: 'mar', role }));
  clients.push(client);
  await waitSynced(client);
  return client;
}

describe('programme API', () => {
  it('reads an empty programme from a dossier nobody has open: every Annex I element is asked for', async () => {
    const report = await getProgramme();
    expect(report.programme).toBeNull();
    expect(report.units).toEqual([]);
    expect(report.checks.filter((c) => c.rule.startsWith('annex1.'))).toHaveLength(11);
    expect(report.checks[0]).toEqual({
      rule: expect.any(String),
      severity: expect.any(String),
      message: expect.any(String),
      // The same sentence as a key and values, for the reader's language.
      text: { key: 'annex.missing', values: expect.any(Object) },
      target: expect.any(Object),
    });
  });

  it('imports units as one change that an open page sees live, and the checks follow', async () => {
    const page = await openDossier('viewer');
    const res = await importCsv(CSV);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ added: 2 });
    await waitFor(() => unitsIn(page).length === 2, { message: 'open page received the units' });
    expect(unitsIn(page)[1]!.getAttribute('partners')).toBe('["mar","baltic"]');
    const report = await getProgramme();
    expect(report.units.map((u) => u.title)).toEqual(['=HYPERLINK("http://evil.example","Data basics")', '<b>Visualising</b> data']);
    expect(report.checks.filter((c) => c.rule === 'unit.hours-per-ects').map((c) => c.target.block)).toEqual([report.units[1]!.id]);
  });

  it('refuses a CSV with bad rows, listing each, and adds nothing', async () => {
    const bad = ['title,partners,ects,eqf', 'Fine,mar,5,6', 'Negative,mar,-2,6', 'Words,mar,lots,9', 'Stranger,atlantis,5,6'].join('\n');
    const res = await importCsv(bad);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { line: number; field: string; message: string }[] };
    expect(body.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'ects'],
      [4, 'ects'],
      [4, 'eqf'],
      [5, 'partners'],
    ]);
    expect((await getProgramme()).units).toHaveLength(0);
  });

  it('lets only editors and coordinators import; refuses bodies over the limit and non-CSV', async () => {
    expect((await importCsv(CSV, 'commenter')).status).toBe(403);
    expect((await importCsv(CSV, 'viewer')).status).toBe(403);
    expect((await importCsv(CSV, 'coordinator')).status).toBe(201);
    const huge = 'title,ects\n' + 'A'.repeat(10 * 1024 * 1024);
    expect((await importCsv(huge)).status).toBe(413);
    const json = await fetch(`${ts.server.url}/api/consortia/c1/units/import`, {
      method: 'POST',
      headers: { ...(await bearer('editor')), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const other = await fetch(`${ts.server.url}/api/consortia/c1/programme`, { headers: await bearer('editor', 'c2') });
    expect(other.status).toBe(403);
    expect((await getProgramme()).units).toHaveLength(2);
  });

  it('exports the units as neutralised CSV that imports unchanged into another consortium', async () => {
    await importCsv(CSV);
    const res = await fetch(`${ts.server.url}/api/consortia/c1/export?format=csv&chapter=curriculum`, { headers: await bearer('viewer') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    // Same institutions under other ids: partners are matched by name.
    await createConsortium(ts.server.storage.consortia, {
      id: 'c2',
      name: 'Other',
      programmeTitle: '',
      partners: PARTNERS.map((p) => ({ ...p, id: `x-${p.id}` })),
    });
    const again = await importCsv(csv, 'editor', 'c2');
    expect(again.status, await again.clone().text()).toBe(201);
    const [a, b] = [await getProgramme(), await getProgramme('c2')];
    expect(b.units.map(({ id: _i, partners, ...u }) => ({ ...u, partners: partners.map((p) => p.replace('x-', '')) }))).toEqual(
      a.units.map(({ id: _i, ...u }) => u),
    );
    expect(
      (await fetch(`${ts.server.url}/api/consortia/c1/export?format=csv&chapter=vision`, { headers: await bearer('viewer') })).status,
    ).toBe(400);
  });
});
