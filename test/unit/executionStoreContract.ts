import { describe, expect, it } from 'vitest';
import type { ExecutionRecord, SignatureRecord, Storage } from '../../server/storage/types.ts';

const by = { userId: 'u1', name: 'Maria Garcia', partnerId: 'p1' };

const execution = (number: number, fields: Partial<ExecutionRecord> = {}): ExecutionRecord => ({
  consortiumId: 'c1',
  number,
  executedAt: '2026-03-01T10:00:00.000Z',
  by,
  versionId: `v${number}`,
  fingerprint: 'ab'.repeat(32),
  docxSha256: 'cd'.repeat(32),
  pdfSha256: 'ef'.repeat(32),
  amendedAt: null,
  amendedBy: null,
  ...fields,
});

const signature = (partnerId: string, fields: Partial<SignatureRecord> = {}): SignatureRecord => ({
  consortiumId: 'c1',
  number: 1,
  partnerId,
  signedOn: '2026-03-02',
  signatoryName: 'Prof. Anna de Vries',
  uploadedAt: '2026-03-02T09:00:00.000Z',
  uploadedBy: { ...by, partnerId },
  sha256: '01'.repeat(32),
  bytes: 3,
  ...fields,
});

/** Executed agreements with their documents, and partners' signed copies: part of every adapter's contract. */
export function describeExecutionStores(storage: () => Storage): void {
  describe('executions', () => {
    it('stores an execution with its documents once, lists by number and keeps the bytes exactly', async () => {
      const s = storage();
      const docx = new Uint8Array([0x50, 0x4b, 0, 255, 1]);
      const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]);
      expect(await s.executions.add(execution(2), { docx: new Uint8Array([2]), pdf: new Uint8Array([2]) })).toBe(true);
      expect(await s.executions.add(execution(1), { docx, pdf })).toBe(true);
      expect(await s.executions.add(execution(1, { versionId: 'other' }), { docx: new Uint8Array([9]), pdf: new Uint8Array([9]) })).toBe(
        false,
      );
      await s.executions.add(execution(1, { consortiumId: 'c2' }), { docx: new Uint8Array([7]), pdf: new Uint8Array([7]) });
      expect((await s.executions.list('c1')).map((e) => [e.number, e.versionId])).toEqual([
        [1, 'v1'],
        [2, 'v2'],
      ]);
      expect(await s.executions.document('c1', 1, 'docx')).toEqual(docx);
      expect(await s.executions.document('c1', 1, 'pdf')).toEqual(pdf);
      expect(await s.executions.document('c2', 1, 'pdf')).toEqual(new Uint8Array([7]));
      expect(await s.executions.document('c1', 3, 'pdf')).toBeUndefined();
    });

    it('records an amendment without touching the documents', async () => {
      const s = storage();
      const pdf = new Uint8Array([1, 2, 3]);
      await s.executions.add(execution(1), { docx: pdf, pdf });
      const amended = execution(1, { amendedAt: '2026-04-01T00:00:00.000Z', amendedBy: by });
      await s.executions.update(amended);
      expect(await s.executions.list('c1')).toEqual([amended]);
      expect(await s.executions.document('c1', 1, 'pdf')).toEqual(pdf);
    });

    it('keeps one signed copy per partner and execution, replaced by a new upload', async () => {
      const s = storage();
      await s.executions.add(execution(1), { docx: new Uint8Array([1]), pdf: new Uint8Array([1]) });
      await s.executions.putSignature(signature('p2'), new Uint8Array([2, 2]));
      await s.executions.putSignature(signature('p1'), new Uint8Array([1, 1]));
      await s.executions.putSignature(signature('p2', { signedOn: '2026-03-05', sha256: '02'.repeat(32) }), new Uint8Array([2, 3]));
      const listed = await s.executions.signatures('c1', 1);
      expect(listed.map((x) => [x.partnerId, x.signedOn])).toEqual([
        ['p1', '2026-03-02'],
        ['p2', '2026-03-05'],
      ]);
      expect(await s.executions.signedCopy('c1', 1, 'p2')).toEqual(new Uint8Array([2, 3]));
      expect(await s.executions.signedCopy('c1', 2, 'p2')).toBeUndefined();
      expect(await s.executions.signatures('c1', 2)).toEqual([]);
    });
  });
}
