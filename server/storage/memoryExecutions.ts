import type { ExecutionRecord, ExecutionStore, SignatureRecord } from './executionTypes.ts';

const clone = <T>(v: T): T => structuredClone(v);
const copy = (bytes: Uint8Array) => new Uint8Array(bytes);

/** Executions in memory (tests). */
export function memoryExecutions(): ExecutionStore {
  const records = new Map<string, ExecutionRecord>();
  const files = new Map<string, Uint8Array>();
  const signatures = new Map<string, { record: SignatureRecord; pdf: Uint8Array }>();
  const key = (c: string, n: number) => `${c}\u0000${n}`;
  return {
    async add(record, docs) {
      const k = key(record.consortiumId, record.number);
      if (records.has(k)) return false;
      records.set(k, clone(record));
      files.set(`${k}\u0000docx`, copy(docs.docx));
      files.set(`${k}\u0000pdf`, copy(docs.pdf));
      return true;
    },
    async list(consortiumId) {
      return [...records.values()]
        .filter((r) => r.consortiumId === consortiumId)
        .sort((a, b) => a.number - b.number)
        .map(clone);
    },
    async update(record) {
      const k = key(record.consortiumId, record.number);
      if (records.has(k)) records.set(k, clone(record));
    },
    async document(consortiumId, number, format) {
      const found = files.get(`${key(consortiumId, number)}\u0000${format}`);
      return found && copy(found);
    },
    async putSignature(signature, pdf) {
      signatures.set(`${key(signature.consortiumId, signature.number)}\u0000${signature.partnerId}`, {
        record: clone(signature),
        pdf: copy(pdf),
      });
    },
    async signatures(consortiumId, number) {
      return [...signatures.values()]
        .map((s) => s.record)
        .filter((s) => s.consortiumId === consortiumId && s.number === number)
        .sort((a, b) => a.partnerId.localeCompare(b.partnerId))
        .map(clone);
    },
    async signedCopy(consortiumId, number, partnerId) {
      const found = signatures.get(`${key(consortiumId, number)}\u0000${partnerId}`);
      return found && copy(found.pdf);
    },
  };
}
