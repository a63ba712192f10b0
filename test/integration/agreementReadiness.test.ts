/** The agreement through the real server (SQLite): readiness before signing, and sign-offs that record the references. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { UNIT_NODE } from '../../shared/programme/blocks.ts';
import type { AgreementState } from '../../server/agreement/agreementReadiness.ts';
import type { SignOff } from '../../shared/discussion.ts';
import type { Role } from '../../shared/roles.ts';
import { docKey } from '../../server/storage/types.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ts = await startTestServer({ roomUnloadMs: 50 });
  const partners = DEMO_PARTNERS.map((p) => (p.id === 'baltic' ? { ...p, signatoryName: '' } : p));
  await createConsortium(
    ts.server.storage.consortia,
    { id: 'c1', name: 'Digital Skills Alliance', programmeTitle: '', partners },
    await demoDossierUpdate(),
  );
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts.stop();
});

const as = (role: Role, partnerId = 'mar', consortiumId = 'c1') =>
  ts.token({ userId: `${role}-${partnerId}`, consortiumId, partnerId, role });
const call = async (token: string | undefined, method: string, path: string, body?: unknown) =>
  fetch(`${ts.server.url}/api/consortia/c1/${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

describe('GET /api/consortia/:id/agreement/readiness', () => {
  it('tells every member what stands between the demo agreement and signing, with the references’ values', async () => {
    for (const role of ['viewer', 'commenter', 'editor', 'coordinator'] as const) {
      const res = await call(await as(role), 'GET', 'agreement/readiness');
      expect(res.status).toBe(200);
      const state = (await res.json()) as AgreementState;
      // The demo agreement holds every mandatory clause; Baltic has no signatory; no chapter is agreed yet.
      expect(state.readiness.missingClauses).toEqual([]);
      expect(state.readiness.partnersWithoutSignatory).toEqual([{ id: 'baltic', name: 'Baltic Technical University' }]);
      expect(state.readiness.ready).toBe(false);
      expect(state.readiness.dependencies.map((d) => d.chapter)).toContain('admission');
      expect(state.readiness.dependencies.every((d) => !d.ready && d.missingSignoffs.length === 3)).toBe(true);
      expect(state.refs.ects).toEqual({ text: '20 ECTS', set: true });
      expect(state.refs.partners.text).toContain('Stichting Universiteit van Northbridge');
    }
  });

  it('refuses people who are not members', async () => {
    expect((await call(undefined, 'GET', 'agreement/readiness')).status).toBe(401);
    expect((await call(await as('coordinator', 'mar', 'c2'), 'GET', 'agreement/readiness')).status).toBe(403);
  });
});

describe('signing the agreement off', () => {
  it('records what each reference showed, so a later change can be marked; other chapters record none', async () => {
    const coordinator = await as('coordinator', 'northbridge');
    for (const chapter of ['agreement', 'admission'])
      expect((await call(coordinator, 'PATCH', `chapters/${chapter}`, { status: 'in-review' })).status).toBe(200);
    const res = await call(await as('editor'), 'POST', 'chapters/agreement/signoff');
    expect(res.status).toBe(201);
    const { signOff } = (await res.json()) as { signOff: SignOff };
    expect(signOff.refs?.ects).toBe('20 ECTS');
    expect(signOff.refs?.eqf).toBe('EQF level 6');
    expect(signOff.refs?.signatories).toMatch(/; \[signatory not yet named\] for Baltic Technical University$/);
    const other = (await (await call(await as('editor'), 'POST', 'chapters/admission/signoff')).json()) as { signOff: SignOff };
    expect(other.signOff.refs).toBeUndefined();

    // A unit's ECTS change through sync: the stored sign-off keeps the old value, the readiness endpoint shows the new.
    const client = connectClient(ts.wsUrl, 'c1/dossier', await as('editor'));
    clients.push(client);
    await waitSynced(client);
    const unit = (client.doc.getXmlFragment(DOSSIER_FRAGMENT).toArray() as Y.XmlElement[])
      .flatMap((chapter) => chapter.toArray())
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === UNIT_NODE && n.getAttribute('kind') === 'compulsory')!;
    unit.setAttribute('ects', '6');
    await waitFor(async () => {
      const state = (await (await call(coordinator, 'GET', 'agreement/readiness')).json()) as AgreementState;
      return state.refs.ects.text === '22 ECTS';
    });
    const state = (await (await call(coordinator, 'GET', 'agreement/readiness')).json()) as AgreementState;
    const admission = state.readiness.dependencies.find((d) => d.chapter === 'admission')!;
    expect(admission.missingSignoffs.map((p) => p.id)).toEqual(['northbridge', 'baltic']);
    const stored = await ts.server.registry.use(docKey('c1', 'discussion'), (doc) => doc.getMap<SignOff>('signoffs').get('agreement/mar'));
    expect(stored?.refs?.ects).toBe('20 ECTS');
  });
});

describe('executing the agreement', () => {
  it('asks nothing once the readiness is clear: every clause, chapter sign-off and signatory in place', async () => {
    const coordinator = await as('coordinator', 'northbridge');
    const refused = await call(coordinator, 'POST', 'agreement/executions');
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; details: AgreementState['readiness'] } };
    expect(error.code).toBe('agreement-not-ready');
    const chapters = error.details.dependencies.map((d) => d.chapter);
    expect(chapters.length).toBeGreaterThan(0);

    // Settle every open point the answer named.
    expect((await call(coordinator, 'PATCH', 'partners/baltic', { signatoryName: 'Prof. Rasa Vaitkutė' })).status).toBe(200);
    const signers = await Promise.all(['northbridge', 'mar', 'baltic'].map((partner) => as('editor', partner)));
    for (const chapter of chapters) {
      expect((await call(coordinator, 'PATCH', `chapters/${chapter}`, { status: 'in-review' })).status).toBe(200);
      for (const signer of signers) expect((await call(signer, 'POST', `chapters/${chapter}/signoff`)).status).toBe(201);
      expect((await call(coordinator, 'PATCH', `chapters/${chapter}`, { status: 'agreed' })).status).toBe(200);
    }
    const state = (await (await call(coordinator, 'GET', 'agreement/readiness')).json()) as AgreementState;
    expect(state.readiness.ready).toBe(true);

    const executed = await call(coordinator, 'POST', 'agreement/executions');
    expect(executed.status).toBe(201);
    expect(((await executed.json()) as { execution: { number: number } }).execution.number).toBe(1);
  });
});
