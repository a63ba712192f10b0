import type { ConsortiumRecord, Storage, StoredDocument } from './types.ts';

/** In-memory adapter for unit tests and fuzzing. Same contract as the durable ones. */
export function createMemoryStorage(): Storage {
  const logs = new Map<string, { seq: number; data: Uint8Array }[]>();
  const consortia = new Map<string, ConsortiumRecord>();
  let nextSeq = 1;
  const clone = <T>(v: T): T => structuredClone(v);

  const append = (key: string, update: Uint8Array) => {
    const seq = nextSeq++;
    const log = logs.get(key) ?? [];
    log.push({ seq, data: update.slice() });
    logs.set(key, log);
    return seq;
  };

  return {
    documents: {
      async load(key): Promise<StoredDocument> {
        const log = logs.get(key) ?? [];
        return {
          updates: log.map((r) => r.data.slice()),
          lastSeq: log.at(-1)?.seq ?? 0,
          bytes: log.reduce((n, r) => n + r.data.byteLength, 0),
        };
      },
      async append(key, update) {
        return append(key, update);
      },
      async compact(key, snapshot, throughSeq) {
        const log = logs.get(key) ?? [];
        const kept = log.filter((r) => r.seq > throughSeq);
        logs.set(key, [{ seq: throughSeq, data: snapshot.slice() }, ...kept]);
      },
    },
    consortia: {
      async get(id) {
        const r = consortia.get(id);
        return r && clone(r);
      },
      async create(record, initial) {
        if (consortia.has(record.id)) return false;
        consortia.set(record.id, clone(record));
        for (const [name, update] of Object.entries(initial)) append(`${record.id}/${name}`, update);
        return true;
      },
      async update(record) {
        consortia.set(record.id, clone(record));
      },
      async list() {
        return [...consortia.values()].map(clone);
      },
    },
    async close() {},
  };
}
