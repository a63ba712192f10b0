import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import * as Y from 'yjs';
import { createPostgresStorage } from '../../server/storage/postgres/storage.ts';
import { MIGRATIONS, migrate } from '../../server/storage/postgres/migrations.ts';
import type { InviteRecord, Storage } from '../../server/storage/types.ts';
import { describeStorageContract } from '../unit/storageContract.ts';
import { freshSchema, querySchema, type PostgresSchema } from '../utils/postgres.ts';

// Each contract test gets its own empty schema, migrated from scratch, and drops it afterwards.
describeStorageContract('postgres', async () => {
  const schema = await freshSchema();
  const storage = await createPostgresStorage({ connectionString: schema.url });
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      await schema.drop();
    },
  };
});

describe('postgres storage', () => {
  const schemas: PostgresSchema[] = [];
  const storages: Storage[] = [];
  const schema = async () => {
    const s = await freshSchema();
    schemas.push(s);
    return s;
  };
  const open = async (s: PostgresSchema) => {
    const storage = await createPostgresStorage({ connectionString: s.url });
    storages.push(storage);
    return storage;
  };
  afterEach(async () => {
    for (const s of storages.splice(0)) await s.close();
    for (const s of schemas.splice(0)) await s.drop();
  });

  it('migrates once when several instances start at the same moment', async () => {
    const s = await schema();
    const instances = await Promise.all(Array.from({ length: 4 }, () => open(s)));
    expect(instances).toHaveLength(4);
    const versions = await querySchema<{ version: number }>(s, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    // Starting again finds nothing to apply.
    const pool = new pg.Pool({ connectionString: s.url });
    try {
      expect(await migrate(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('rolls a failing migration back completely and refuses a schema newer than it knows', async () => {
    const s = await schema();
    const pool = new pg.Pool({ connectionString: s.url });
    try {
      const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' }];
      await expect(migrate(pool, broken)).rejects.toThrow(/no_such_function/);
      const tables = await querySchema<{ n: string }>(s, `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1`, [
        s.name,
      ]);
      expect(Number(tables[0]!.n)).toBe(0);

      await migrate(pool);
      await pool.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
      await expect(createPostgresStorage({ connectionString: s.url })).rejects.toThrow(/version 99, newer than this build knows/);
    } finally {
      await pool.end();
    }
  });

  it('admits exactly one of 10 concurrent uses of a single-use invite, across two instances', async () => {
    const s = await schema();
    const [a, b] = [await open(s), await open(s)];
    const invite: InviteRecord = {
      id: 'i1',
      consortiumId: 'c1',
      codeHash: 'h1',
      role: 'editor',
      partnerId: 'p1',
      label: '',
      createdBy: 'u1',
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: null,
      maxUses: 1,
      uses: 0,
      revokedAt: null,
    };
    await a.invites.create(invite);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).invites.use('h1', new Date())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await b.invites.findByHash('h1'))?.uses).toBe(1);
  });

  it('numbers appends issued in one event-loop turn (one group commit) in append order, per document', async () => {
    const s = await schema();
    const storage = await open(s);
    const updates = Array.from({ length: 50 }, (_, i) => new Uint8Array([i, i % 7]));
    const seqs = await Promise.all(updates.map((u, i) => storage.documents.append(`c1/doc${i % 3}`, u)));
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
    for (let d = 0; d < 3; d++) {
      const loaded = await storage.documents.load(`c1/doc${d}`);
      expect(loaded.updates.map((u) => [...u])).toEqual(updates.filter((_, i) => i % 3 === d).map((u) => [...u]));
    }
    // close() waits for appends still queued.
    const late = storage.documents.append('c1/doc0', new Uint8Array([42]));
    await storage.close();
    const seq = await late;
    const reopened = await open(s);
    expect((await reopened.documents.load('c1/doc0')).lastSeq).toBe(seq);
  });
  it('lets two instances compact one document at the same moment without an error or a lost update', async () => {
    const s = await schema();
    const [a, b] = [await open(s), await open(s)];
    const source = new Y.Doc();
    const text = source.getText('t');
    const appends: Promise<number>[] = [];
    source.on('update', (update: Uint8Array) => appends.push(a.documents.append('c1/doc', update)));
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 5; i++) text.insert(text.length, `r${round}k${i} `);
      await Promise.all(appends);
      // Both instances read the same rows and fold them into the same snapshot, then race to replace them.
      const reads = await Promise.all([a.documents.load('c1/doc'), b.documents.load('c1/doc')]);
      const compactions = [a, b].map((storage, i) =>
        storage.documents.compact('c1/doc', Y.mergeUpdates(reads[i]!.updates), reads[i]!.lastSeq, reads[i]!.seqs),
      );
      // One more edit lands while they compact; it must survive both.
      text.insert(text.length, `late${round} `);
      await Promise.all([...compactions, ...appends]);
    }
    const loaded = new Y.Doc();
    for (const update of (await b.documents.load('c1/doc')).updates) Y.applyUpdate(loaded, update);
    expect(loaded.getText('t').toString()).toBe(text.toString());
  });
});
