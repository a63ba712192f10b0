import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createMemoryStorage } from '../../server/storage/memory.ts';
import { createSqliteStorage } from '../../server/storage/sqlite.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';
import { describeStorageContract } from './storageContract.ts';

describeStorageContract('memory', async () => {
  const storage = createMemoryStorage();
  return { storage, cleanup: () => storage.close() };
});

describeStorageContract('sqlite', async () => {
  const dir = tempDir('sqlite');
  const storage = createSqliteStorage({ file: join(dir.path, 'jointly.db') });
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      dir.remove();
    },
  };
});

describe('sqlite storage on disk', () => {
  it('keeps documents, compaction, consortia and people across close and reopen of the same file', async () => {
    const dir = tempDir('sqlite-reopen');
    const file = join(dir.path, 'jointly.db');
    try {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));

      let storage = createSqliteStorage({ file });
      await storage.consortia.create(
        { id: 'c1', name: 'One', programmeTitle: 'T', partners: [], createdAt: '2026-01-01T00:00:00.000Z' },
        { dossier: new Uint8Array([0, 0]) },
      );
      let last = 0;
      for (const w of ['a', 'b', 'c', 'd']) {
        doc.getText('t').insert(0, w);
        last = await storage.documents.append('c1/discussion', updates.at(-1)!);
      }
      await storage.documents.compact('c1/discussion', Y.encodeStateAsUpdate(doc), last);
      doc.getText('t').insert(0, 'e');
      last = await storage.documents.append('c1/discussion', updates.at(-1)!);
      await storage.members.put({
        consortiumId: 'c1',
        userId: 'u1',
        name: 'Ann',
        partnerId: 'p1',
        role: 'coordinator',
        joinedAt: '2026-01-01T00:00:00.000Z',
        removedAt: null,
      });
      await storage.invites.create({
        id: 'i1',
        consortiumId: 'c1',
        codeHash: 'h1',
        role: 'viewer',
        partnerId: 'p1',
        label: '',
        createdBy: 'u1',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: null,
        maxUses: 1,
        uses: 0,
        revokedAt: null,
      });
      expect((await storage.invites.use('h1', new Date())).ok).toBe(true);
      const before = await storage.documents.load('c1/discussion');
      await storage.close();

      storage = createSqliteStorage({ file, synchronous: 'full' });
      const after = await storage.documents.load('c1/discussion');
      expect(after.lastSeq).toBe(last);
      expect(after.updates.map((u) => [...u])).toEqual(before.updates.map((u) => [...u]));
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, Y.mergeUpdates(after.updates));
      expect(reloaded.getText('t').toString()).toBe('edcba');
      expect((await storage.documents.load('c1/dossier')).updates.map((u) => [...u])).toEqual([[0, 0]]);
      expect((await storage.consortia.get('c1'))?.name).toBe('One');
      expect(await storage.consortia.create({ id: 'c1', name: 'Two', programmeTitle: '', partners: [], createdAt: '' }, {})).toBe(false);
      expect((await storage.members.get('c1', 'u1'))?.role).toBe('coordinator');
      expect(await storage.invites.use('h1', new Date())).toEqual({ ok: false, reason: 'used-up' });
      expect(await storage.documents.append('c1/discussion', new Uint8Array([1]))).toBeGreaterThan(last);
      await storage.close();
      await storage.close(); // closing twice is harmless
    } finally {
      dir.remove();
    }
  });

  it('gives the WAL back to the disk once the database is idle, without closing it', async () => {
    const dir = tempDir('sqlite-wal');
    const file = join(dir.path, 'jointly.db');
    const storage = createSqliteStorage({ file, checkpointIntervalMs: 50 });
    try {
      const walBytes = () => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
      const chunk = new Uint8Array(64 * 1024).fill(7);
      // One transaction per append, like one keystroke per turn: the WAL grows by megabytes.
      for (let i = 0; i < 100; i++) await storage.documents.append('c1/dossier', chunk);
      const grown = walBytes();
      expect(grown).toBeGreaterThan(1024 * 1024);
      await waitFor(() => walBytes() === 0, { message: 'WAL not truncated' });
      const stored = await storage.documents.load('c1/dossier');
      expect(stored.updates).toHaveLength(100);
      expect(stored.bytes).toBe(100 * chunk.byteLength);
    } finally {
      await storage.close();
      dir.remove();
    }
  });
});
