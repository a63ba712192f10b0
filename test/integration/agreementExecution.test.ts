/**
 * Institutional approvals, the Agreed gate and the executed agreement through the real server
 * (SQLite file, port 0): sockets and REST as scripts and pages use them.
 */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CloseCode } from '../../shared/closeCodes.ts';
import {
  readAgreedReason,
  readApprovals,
  readExecutions,
  readSignatures,
  type ExecutionSummary,
  type SignatureSummary,
} from '../../shared/execution.ts';
import type { VersionSummary } from '../../shared/history.ts';
import type { AgreementReadiness } from '../../shared/agreement/readiness.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitClosed, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { fourRoleConsortium, readParagraph, writeParagraph, type FourRoles, type Member } from '../utils/review.ts';

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  ts = await startTestServer({ roomUnloadMs: 0, historyIdleMs: 60_000 });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

function open(cid: string, doc: 'dossier' | 'discussion', who: Member): SyncClient {
  const c = connectClient(ts.wsUrl, `${cid}/${doc}`, who.token);
  clients.push(c);
  return c;
}

async function synced(cid: string, doc: 'dossier' | 'discussion', who: Member): Promise<Y.Doc> {
  const c = open(cid, doc, who);
  await waitSynced(c);
  return c.doc;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function download(who: Member, cid: string, path: string): Promise<{ status: number; bytes: Uint8Array; type: string | null }> {
  const res = await fetch(`${ts.server.url}/api/consortia/${cid}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

async function upload(
  who: Member,
  cid: string,
  partnerId: string,
  body: Uint8Array,
  query = 'signedOn=2026-03-02&signatoryName=Prof.%20Anna%20de%20Vries',
  type = 'application/pdf',
) {
  const res = await fetch(`${ts.server.url}/api/consortia/${cid}/agreement/executions/1/signatures/${partnerId}?${query}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${who.token}`, 'content-type': type },
    body: Buffer.from(body),
  });
  return { status: res.status, body: (await res.json()) as { signature: SignatureSummary; error?: { code: string; message: string } } };
}

const pdfBytes = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function signOffAll(p: FourRoles, chapter: string): Promise<void> {
  expect((await p.coord.call('PATCH', `/chapters/${chapter}`, { status: 'in-review' })).status).toBe(200);
  for (const who of [p.coord, p.editor, p.commenter]) expect((await who.call('POST', `/chapters/${chapter}/signoff`)).status).toBe(201);
}

describe('institutional approvals', () => {
  it('are recorded by a member allowed to approve for the partner, after its current sign-off, and refused otherwise', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'approve');
    expect((await p.editor.call('PUT', `/members/${p.commenter.userId}/approver`, { approvesFor: 'pc' })).body.error?.code).toBe(
      'forbidden',
    );
    const set = await p.coord.call<{ member: { approvesFor: string } }>('PUT', `/members/${p.editor.userId}/approver`, {
      approvesFor: 'pb',
    });
    expect(set.status).toBe(200);
    expect(set.body.member.approvesFor).toBe('pb');
    expect((await p.coord.call('PUT', `/members/${p.editor.userId}/approver`, { approvesFor: 'nope' })).body.error?.code).toBe('invalid');
    const listed = await p.coord.call<{ members: { userId: string; approvesFor: string | null }[] }>('GET', '/members');
    expect(listed.body.members.find((m) => m.userId === p.editor.userId)?.approvesFor).toBe('pb');

    const approval = { partnerId: 'pb', body: 'Senate', date: '2026-02-10', reference: 'S-2026-014' };
    expect((await p.coord.call('PATCH', '/chapters/curriculum', { status: 'in-review' })).status).toBe(200);
    const early = await p.editor.call('POST', '/chapters/curriculum/approvals', approval);
    expect([early.status, early.body.error?.code]).toEqual([409, 'signoff-not-current']);
    expect((await p.editor.call('POST', '/chapters/curriculum/signoff')).status).toBe(201);
    const ok = await p.editor.call<{ approval: { body: string; recordedBy: { name: string } } }>(
      'POST',
      '/chapters/curriculum/approvals',
      approval,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.approval.recordedBy.name).toBe('Jordi Puig');
    // Allowed for pb only: not for another partner, and nobody else may approve for pb.
    expect((await p.editor.call('POST', '/chapters/curriculum/approvals', { ...approval, partnerId: 'pa' })).body.error?.code).toBe(
      'not-approver',
    );
    expect((await p.coord.call('POST', '/chapters/curriculum/approvals', approval)).body.error?.code).toBe('not-approver');
    expect((await p.editor.call('POST', '/chapters/curriculum/approvals', { ...approval, body: '' })).body.error?.code).toBe('invalid');

    const discussion = await synced(cid, 'discussion', p.coord);
    await waitFor(() => readApprovals(discussion, 'curriculum').length === 1);
    expect(readApprovals(discussion, 'curriculum')[0]).toMatchObject({ partnerId: 'pb', body: 'Senate', reference: 'S-2026-014' });

    // Once the text changes the sign-off is stale, and so a new approval is refused.
    const dossier = await synced(cid, 'dossier', p.editor);
    writeParagraph(dossier, 'curriculum', 0, 'A changed curriculum. ');
    await waitFor(
      async () => (await p.editor.call('POST', '/chapters/curriculum/approvals', approval)).body.error?.code === 'signoff-not-current',
    );
  });
});

describe('withdrawing an institutional approval', () => {
  it('is for the partner’s approver or a coordinator, lets it be recorded again, and is refused while an executed agreement is in force', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'withdraw');
    expect((await p.coord.call('PUT', `/members/${p.editor.userId}/approver`, { approvesFor: 'pb' })).status).toBe(200);
    const approval = { partnerId: 'pb', body: 'Senate', date: '2026-02-10', reference: 'S-2026-014' };
    expect((await p.coord.call('PATCH', '/chapters/curriculum', { status: 'in-review' })).status).toBe(200);
    expect((await p.editor.call('POST', '/chapters/curriculum/signoff')).status).toBe(201);
    const record = async () => expect((await p.editor.call('POST', '/chapters/curriculum/approvals', approval)).status).toBe(201);
    await record();
    const discussion = await synced(cid, 'discussion', p.viewer);
    await waitFor(() => readApprovals(discussion, 'curriculum').length === 1);

    // Nobody else may take it back; a partner without an approval, an unknown partner or chapter are named.
    for (const who of [p.viewer, p.commenter]) {
      const refused = await who.call('DELETE', '/chapters/curriculum/approvals/pb');
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'not-approver']);
    }
    expect((await p.editor.call('DELETE', '/chapters/curriculum/approvals/pa')).body.error?.code).toBe('not-approver');
    const none = await p.coord.call('DELETE', '/chapters/curriculum/approvals/pa');
    expect([none.status, none.body.error?.code]).toEqual([404, 'unknown-approval']);
    expect((await p.coord.call('DELETE', '/chapters/curriculum/approvals/nope')).body.error?.code).toBe('unknown-partner');
    expect((await p.coord.call('DELETE', '/chapters/nowhere/approvals/pb')).body.error?.code).toBe('unknown-chapter');
    expect((await p.coord.call('DELETE', '/chapters/curriculum/approvals/%3Cb%3E')).body.error?.code).toBe('bad-parameter');
    expect(readApprovals(discussion, 'curriculum')).toHaveLength(1);

    // The approver withdraws it: every page sees it gone; a second withdrawal finds nothing.
    const withdrawn = await p.editor.call<{ withdrawn: { body: string } }>('DELETE', '/chapters/curriculum/approvals/pb');
    expect([withdrawn.status, withdrawn.body.withdrawn.body]).toEqual([200, 'Senate']);
    await waitFor(() => readApprovals(discussion, 'curriculum').length === 0);
    expect((await p.editor.call('DELETE', '/chapters/curriculum/approvals/pb')).body.error?.code).toBe('unknown-approval');

    // Recorded again, then withdrawn by the coordinator.
    await record();
    expect((await p.coord.call('DELETE', '/chapters/curriculum/approvals/pb')).status).toBe(200);
    await waitFor(() => readApprovals(discussion, 'curriculum').length === 0);

    // While an executed agreement is in force, approvals stay as it lists them, until an amendment starts.
    await record();
    expect((await p.coord.call('POST', '/agreement/executions', { despiteOpenPoints: true })).status).toBe(201);
    const frozen = await p.coord.call('DELETE', '/chapters/curriculum/approvals/pb');
    expect([frozen.status, frozen.body.error?.code]).toEqual([409, 'agreement-frozen']);
    expect(readApprovals(discussion, 'curriculum')).toHaveLength(1);
    expect((await p.coord.call('POST', '/agreement/amendment')).status).toBe(200);
    expect((await p.editor.call('DELETE', '/chapters/curriculum/approvals/pb')).status).toBe(200);
  });
});

describe('the Agreed gate', () => {
  it('refuses Agreed without every current sign-off unless a reason is given, which the API and document show', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'gate');
    expect((await p.coord.call('PATCH', '/chapters/vision', { status: 'in-review' })).status).toBe(200);
    const refused = await p.coord.call<{ error: { details: { partners: string[] } } }>('PATCH', '/chapters/vision', { status: 'agreed' });
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'reason-required']);
    expect(refused.body.error.details.partners).toEqual(expect.arrayContaining(['pa', 'pb', 'pc']));
    const reason = 'Partner C\u202e signs at the board meeting next week.';
    const agreed = await p.coord.call<{ workflow: { status: string; agreedReason: { reason: string; by: { name: string } } } }>(
      'PATCH',
      '/chapters/vision',
      { status: 'agreed', reason },
    );
    expect(agreed.status).toBe(200);
    expect(agreed.body.workflow.status).toBe('agreed');
    expect(agreed.body.workflow.agreedReason).toMatchObject({
      reason: 'Partner C signs at the board meeting next week.',
      by: { name: 'Anna de Vries' },
    });
    const discussion = await synced(cid, 'discussion', p.viewer);
    expect(readAgreedReason(discussion, 'vision')?.reason).toBe('Partner C signs at the board meeting next week.');

    // With every partner's current sign-off no reason is needed, and an old one is cleared.
    await signOffAll(p, 'concept');
    const viewerPartnerMissing = await p.coord.call('PATCH', '/chapters/concept', { status: 'agreed' });
    // The viewer's partner (pd) has not signed: viewers cannot sign off, so the reason is still needed.
    expect(viewerPartnerMissing.body.error?.code).toBe('reason-required');
    expect((await p.coord.call('PATCH', '/chapters/concept', { status: 'agreed', reason: 'Partner D only observes.' })).status).toBe(200);
    expect((await p.coord.call('PATCH', '/chapters/concept', { status: 'approved' })).body.error?.code).toBe('signoffs-missing');
  });
});

describe('executing the agreement', () => {
  it('freezes the agreement against sync and restore, keeps the executed files byte-identical, takes signed copies, and amends', async () => {
    const { cid, p } = await fourRoleConsortium(ts, 'execute');
    const writer = await synced(cid, 'dossier', p.editor);
    writeParagraph(writer, 'agreement', 0, 'The partners agree to run the programme together. ');
    writeParagraph(writer, 'vision', 0, 'A shared vision. ');
    await waitFor(
      async () => (await p.coord.call<{ versions: VersionSummary[] }>('POST', '/versions', { name: 'Before execution' })).status === 201,
    );
    const before = (await p.coord.call<{ versions: VersionSummary[] }>('GET', '/versions')).body.versions.at(-1)!;

    expect((await p.editor.call('POST', '/agreement/executions')).body.error?.code).toBe('forbidden');
    // No clauses, no signatories: the server names the open points and executes nothing until the coordinator says so.
    const refused = await p.coord.call<{ error: { code: string; details: AgreementReadiness } }>('POST', '/agreement/executions');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('agreement-not-ready');
    expect(refused.body.error.details.ready).toBe(false);
    expect(refused.body.error.details.missingClauses.map((c) => c.id)).toContain('parties');
    expect(refused.body.error.details.partnersWithoutSignatory.map((x) => x.id).sort()).toEqual(['pa', 'pb', 'pc', 'pd']);
    expect((await p.viewer.call<{ executions: unknown[] }>('GET', '/agreement/executions')).body.executions).toEqual([]);
    expect((await p.coord.call('POST', '/agreement/executions', { despiteOpenPoints: 'yes' })).body.error?.code).toBe('invalid');
    const executed = await p.coord.call<{ execution: ExecutionSummary }>('POST', '/agreement/executions', { despiteOpenPoints: true });
    expect(executed.status, JSON.stringify(executed.body)).toBe(201);
    const execution = executed.body.execution;
    expect(execution).toMatchObject({ number: 1, amendedAt: null });
    expect(execution.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await p.coord.call('POST', '/agreement/executions', { despiteOpenPoints: true })).body.error?.code).toBe('already-executed');
    const versions = (await p.coord.call<{ versions: VersionSummary[] }>('GET', '/versions')).body.versions;
    expect(versions.find((v) => v.id === execution.versionId)?.name).toBe('Executed agreement 1');

    // Sync: a write into the frozen agreement closes that socket with 4423 and is not applied; other chapters still work.
    const hostile = open(cid, 'dossier', p.editor);
    const other = open(cid, 'dossier', p.coord);
    await Promise.all([waitSynced(hostile), waitSynced(other)]);
    writeParagraph(hostile.doc, 'agreement', 0, 'SNEAKED IN ');
    expect((await waitClosed(hostile)).code).toBe(CloseCode.frozen);
    writeParagraph(other.doc, 'vision', 0, 'Still editable. ');
    const reader = await synced(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(reader, 'vision').includes('Still editable.'));
    expect(readParagraph(reader, 'agreement')).toBe('The partners agree to run the programme together. ');
    expect(other.closes).toEqual([]);

    // REST: restoring the agreement, or the whole dossier, is refused.
    const restore = await p.coord.call('POST', `/versions/${before.id}/restore`, { chapter: 'agreement' });
    expect([restore.status, restore.body.error?.code]).toEqual([409, 'agreement-frozen']);
    expect((await p.coord.call('POST', `/versions/${before.id}/restore`, { chapter: '*' })).body.error?.code).toBe('agreement-frozen');
    expect((await p.coord.call('POST', `/versions/${before.id}/restore`, { chapter: 'vision' })).status).toBe(200);

    // The executed documents, stored once, download byte-identical: twice, after edits, after a restart.
    const docx1 = await download(p.viewer, cid, '/agreement/executions/1/document?format=docx');
    const pdf1 = await download(p.viewer, cid, '/agreement/executions/1/document?format=pdf');
    expect(docx1.status).toBe(200);
    expect(pdf1.type).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf1.bytes.slice(0, 5))).toBe('%PDF-');
    expect(sha256(docx1.bytes)).toBe(execution.docxSha256);
    expect(sha256(pdf1.bytes)).toBe(execution.pdfSha256);
    expect((await download(p.viewer, cid, '/agreement/executions/1/document?format=pdf')).bytes).toEqual(pdf1.bytes);
    expect((await download(p.viewer, cid, '/agreement/executions/2/document?format=pdf')).status).toBe(404);

    // Signed copies: refused when not a PDF, too large, or for another partner, with nothing stored.
    const notPdf = await upload(p.editor, cid, 'pb', new TextEncoder().encode('<html>not a pdf</html>'));
    expect([notPdf.status, notPdf.body.error?.code]).toEqual([415, 'not-a-pdf']);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(pdfBytes('big'));
    const tooBig = await upload(p.editor, cid, 'pb', big);
    expect([tooBig.status, tooBig.body.error?.code]).toEqual([413, 'too-large']);
    const otherPartner = await upload(p.editor, cid, 'pc', pdfBytes('for C'));
    expect([otherPartner.status, otherPartner.body.error?.code]).toEqual([403, 'other-partner']);
    expect((await upload(p.editor, cid, 'pb', pdfBytes('x'), 'signedOn=yesterday&signatoryName=X')).body.error?.code).toBe('invalid');
    expect((await p.viewer.call<{ signatures: unknown[] }>('GET', '/agreement/executions')).body.signatures).toEqual([]);
    expect((await download(p.viewer, cid, '/agreement/executions/1/signatures/pb')).status).toBe(404);

    const signed = pdfBytes('signed by B');
    const good = await upload(p.editor, cid, 'pb', signed, 'signedOn=2026-03-02&signatoryName=Rector%20%E2%80%AEJordi%07%20Puig');
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    expect(good.body.signature).toMatchObject({
      partnerId: 'pb',
      signedOn: '2026-03-02',
      signatoryName: 'Rector Jordi Puig',
      sha256: sha256(signed),
    });
    expect((await upload(p.coord, cid, 'pc', pdfBytes('collected by the coordinator'))).status).toBe(201);
    const list = await p.viewer.call<{ executions: ExecutionSummary[]; signatures: SignatureSummary[] }>('GET', '/agreement/executions');
    expect(list.body.signatures.map((s) => [s.partnerId, s.sha256])).toEqual([
      ['pb', sha256(signed)],
      ['pc', sha256(pdfBytes('collected by the coordinator'))],
    ]);
    expect((await download(p.viewer, cid, '/agreement/executions/1/signatures/pb')).bytes).toEqual(signed);
    const discussion = await synced(cid, 'discussion', p.viewer);
    await waitFor(() => readSignatures(discussion, 1).length === 2 && readExecutions(discussion).length === 1);

    for (const c of clients.splice(0)) c.destroy();
    await ts.restart();
    expect((await download(p.viewer, cid, '/agreement/executions/1/document?format=docx')).bytes).toEqual(docx1.bytes);
    expect((await download(p.viewer, cid, '/agreement/executions/1/document?format=pdf')).bytes).toEqual(pdf1.bytes);
    // After the restart the freeze still holds (read from storage when the dossier loads).
    const again = open(cid, 'dossier', p.editor);
    await waitSynced(again);
    writeParagraph(again.doc, 'agreement', 0, 'AFTER RESTART ');
    expect((await waitClosed(again)).code).toBe(CloseCode.frozen);

    // Amendment: the agreement is a draft again, the compare from the executed version shows the change, execution 1 stays identical.
    expect((await p.editor.call('POST', '/agreement/amendment')).body.error?.code).toBe('forbidden');
    const amended = await p.coord.call<{ execution: ExecutionSummary }>('POST', '/agreement/amendment');
    expect(amended.status).toBe(200);
    expect(amended.body.execution.amendedAt).not.toBeNull();
    expect((await p.coord.call('POST', '/agreement/amendment')).body.error?.code).toBe('not-executed');
    const editor = open(cid, 'dossier', p.editor);
    await waitSynced(editor);
    writeParagraph(editor.doc, 'agreement', 0, 'Amended: ');
    const check = await synced(cid, 'dossier', p.viewer);
    await waitFor(() => readParagraph(check, 'agreement').includes('Amended:'));
    expect(editor.closes).toEqual([]);
    const compare = await p.coord.call<{ chapters: { chapter: string }[] }>(
      'GET',
      `/versions/compare?from=${execution.versionId}&to=current&chapter=agreement`,
    );
    expect(compare.status).toBe(200);
    expect(JSON.stringify(compare.body)).toContain('Amended:');
    expect((await download(p.viewer, cid, '/agreement/executions/1/document?format=pdf')).bytes).toEqual(pdf1.bytes);
    const second = await p.coord.call<{ execution: ExecutionSummary }>('POST', '/agreement/executions', { despiteOpenPoints: true });
    expect(second.status).toBe(201);
    expect(second.body.execution.number).toBe(2);
    expect(second.body.execution.fingerprint).not.toBe(execution.fingerprint);
  });
});
