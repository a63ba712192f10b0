import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ConsortiumRecord, InviteRecord, MemberRecord, PartnerRecord, Storage, VersionRecord } from '../../server/storage/types.ts';

import { describeAccountStores } from './accountStoreContract.ts';
import { describeNotificationStores } from './notificationStoreContract.ts';
import { describeExecutionStores } from './executionStoreContract.ts';

export type StorageFactory = () => Promise<{ storage: Storage; cleanup: () => void | Promise<void> }>;

const bytes = (...values: number[]) => new Uint8Array(values);

function partner(id: string, fields: Partial<PartnerRecord> = {}): PartnerRecord {
  return {
    id,
    name: `Partner ${id}`,
    country: 'NL',
    type: 'degree-awarding',
    contactName: '',
    contactEmail: '',
    signatoryName: '',
    signatoryRole: '',
    ...fields,
  };
}

function record(id: string, fields: Partial<ConsortiumRecord> = {}): ConsortiumRecord {
  return {
    id,
    name: `Consortium ${id}`,
    programmeTitle: '',
    partners: [partner('p1')],
    createdAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    ...fields,
  };
}

function member(consortiumId: string, userId: string, fields: Partial<MemberRecord> = {}): MemberRecord {
  return {
    consortiumId,
    userId,
    name: `Person ${userId}`,
    partnerId: 'p1',
    role: 'editor',
    joinedAt: '2026-01-01T00:00:00.000Z',
    removedAt: null,
    ...fields,
  };
}

function invite(id: string, fields: Partial<InviteRecord> = {}): InviteRecord {
  return {
    id,
    consortiumId: 'c1',
    codeHash: `hash-${id}`,
    role: 'editor',
    partnerId: 'p1',
    label: `invite ${id}`,
    createdBy: 'u1',
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: null,
    maxUses: null,
    uses: 0,
    revokedAt: null,
    ...fields,
  };
}

function version(consortiumId: string, id: string, chapters: Record<string, string>, fields: Partial<VersionRecord> = {}): VersionRecord {
  return {
    consortiumId,
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    reason: 'edits',
    authors: [{ userId: 'u1', name: 'Person u1', partnerId: 'p1' }],
    chapters,
    changed: Object.keys(chapters),
    ...fields,
  };
}

/** A doc that records every update it emits: real Yjs updates for the compaction cases. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates };
}

function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc;
}

const total = (updates: Uint8Array[]) => updates.reduce((n, u) => n + u.byteLength, 0);

/**
 * The contract every storage adapter (memory, SQLite, PostgreSQL) must pass; see server/storage/types.ts.
 * `makeStorage` gives a fresh, empty storage for each test.
 */
export function describeStorageContract(name: string, makeStorage: StorageFactory): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    let cleanup: () => void | Promise<void>;

    beforeEach(async () => {
      ({ storage, cleanup } = await makeStorage());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('documents', () => {
      it('loads an unknown document as empty', async () => {
        expect(await storage.documents.load('nobody/dossier')).toEqual({ updates: [], lastSeq: 0, bytes: 0, seqs: [] });
      });

      it('returns increasing sequence numbers and loads the updates in append order', async () => {
        const appended = [bytes(1), bytes(2, 2), bytes(3, 3, 3), bytes(4), bytes(5, 5)];
        const seqs: number[] = [];
        for (const u of appended) seqs.push(await storage.documents.append('c1/dossier', u));
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
        expect(seqs[0]).toBeGreaterThan(0);
        const loaded = await storage.documents.load('c1/dossier');
        expect(loaded.updates.map((u) => [...u])).toEqual(appended.map((u) => [...u]));
        expect(loaded.lastSeq).toBe(seqs.at(-1));
        expect(loaded.bytes).toBe(total(appended));
      });

      it('keeps its own copy of an appended update', async () => {
        const update = bytes(7, 7, 7);
        await storage.documents.append('c1/dossier', update);
        update.fill(0);
        const loaded = await storage.documents.load('c1/dossier');
        expect([...loaded.updates[0]!]).toEqual([7, 7, 7]);
      });

      it('keeps documents apart', async () => {
        const a1 = await storage.documents.append('c1/dossier', bytes(1));
        const b1 = await storage.documents.append('c1/discussion', bytes(2));
        const a2 = await storage.documents.append('c1/dossier', bytes(3));
        const c1 = await storage.documents.append('c2/dossier', bytes(4));
        const a = await storage.documents.load('c1/dossier');
        const b = await storage.documents.load('c1/discussion');
        const c = await storage.documents.load('c2/dossier');
        expect(a.updates.map((u) => [...u])).toEqual([[1], [3]]);
        expect(a.lastSeq).toBe(a2);
        expect(a2).toBeGreaterThan(a1);
        expect(b.updates.map((u) => [...u])).toEqual([[2]]);
        expect(b.lastSeq).toBe(b1);
        expect(c.updates.map((u) => [...u])).toEqual([[4]]);
        expect(c.lastSeq).toBe(c1);
        // Compacting one document leaves the others alone.
        await storage.documents.compact('c1/dossier', bytes(9), a2);
        expect((await storage.documents.load('c1/discussion')).updates.map((u) => [...u])).toEqual([[2]]);
        expect((await storage.documents.load('c2/dossier')).updates.map((u) => [...u])).toEqual([[4]]);
      });

      it('compacts the updates up to throughSeq into the snapshot and keeps the later ones', async () => {
        const { doc, updates } = recordingDoc();
        const text = doc.getText('t');
        const seqs: number[] = [];
        const words = ['alpha ', 'beta ', 'gamma ', 'delta ', 'epsilon '];
        for (const w of words) {
          text.insert(text.length, w);
          seqs.push(await storage.documents.append('c1/dossier', updates.at(-1)!));
        }
        text.delete(0, 6); // a deletion after the compaction point
        seqs.push(await storage.documents.append('c1/dossier', updates.at(-1)!));
        expect(updates).toHaveLength(6);

        const before = await storage.documents.load('c1/dossier');
        const docBefore = docFrom(before.updates);
        expect(docBefore.getText('t').toString()).toBe('beta gamma delta epsilon ');

        // The snapshot is the state after the first three updates.
        const snapshot = Y.encodeStateAsUpdate(docFrom(updates.slice(0, 3)));
        await storage.documents.compact('c1/dossier', snapshot, seqs[2]!);

        const after = await storage.documents.load('c1/dossier');
        expect(after.updates).toHaveLength(4);
        expect([...after.updates[0]!]).toEqual([...snapshot]);
        expect(after.updates.slice(1).map((u) => [...u])).toEqual(updates.slice(3).map((u) => [...u]));
        expect(after.lastSeq).toBe(seqs.at(-1));
        expect(after.bytes).toBe(total(after.updates));

        const docAfter = docFrom(after.updates);
        expect(docAfter.getText('t').toString()).toBe(docBefore.getText('t').toString());
        expect(Y.encodeStateVector(docAfter)).toEqual(Y.encodeStateVector(docBefore));
        expect(Y.encodeStateAsUpdate(docAfter)).toEqual(Y.encodeStateAsUpdate(docBefore));

        // Appending continues after the compacted log, above every earlier sequence number.
        text.insert(0, 'omega ');
        const next = await storage.documents.append('c1/dossier', updates.at(-1)!);
        expect(next).toBeGreaterThan(seqs.at(-1)!);
        const final = await storage.documents.load('c1/dossier');
        expect(final.lastSeq).toBe(next);
        expect(docFrom(final.updates).getText('t').toString()).toBe(text.toString());
        doc.destroy();
      });

      it('with `covered`, replaces only the rows that were read, keeping one committed later with a lower number', async () => {
        // Shared storage: instance A reads rows r1, r3 and compacts, while instance B's row r2 (a lower
        // number) committed after A's read. Here r2 stands in for that row, left out of `covered`.
        const { doc, updates } = recordingDoc();
        const text = doc.getText('t');
        text.insert(0, 'a');
        const r1 = await storage.documents.append('c1/dossier', updates.at(-1)!);
        const other = new Y.Doc();
        Y.applyUpdate(other, updates.at(-1)!);
        other.getText('t').insert(1, 'B');
        const r2 = await storage.documents.append('c1/dossier', Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
        text.insert(0, 'c');
        const r3 = await storage.documents.append('c1/dossier', updates.at(-1)!);
        await storage.documents.compact('c1/dossier', Y.encodeStateAsUpdate(doc), r3, [r1, r3]);
        const loaded = await storage.documents.load('c1/dossier');
        expect(loaded.seqs).toEqual([r2, r3]);
        expect(loaded.updates).toHaveLength(2);
        expect(docFrom(loaded.updates).getText('t').toString()).toBe(
          (() => {
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
            return text.toString();
          })(),
        );
        doc.destroy();
        other.destroy();
      });

      it('compacts the whole log into a single snapshot, and can compact again later', async () => {
        const { doc, updates } = recordingDoc();
        const text = doc.getText('t');
        let last = 0;
        for (let i = 0; i < 4; i++) {
          text.insert(0, `${i}`);
          last = await storage.documents.append('c1/dossier', updates.at(-1)!);
        }
        await storage.documents.compact('c1/dossier', Y.encodeStateAsUpdate(doc), last);
        let loaded = await storage.documents.load('c1/dossier');
        expect(loaded.updates).toHaveLength(1);
        expect(loaded.lastSeq).toBe(last);
        expect(docFrom(loaded.updates).getText('t').toString()).toBe('3210');

        text.insert(4, 'x');
        last = await storage.documents.append('c1/dossier', updates.at(-1)!);
        await storage.documents.compact('c1/dossier', Y.encodeStateAsUpdate(doc), last);
        loaded = await storage.documents.load('c1/dossier');
        expect(loaded.updates).toHaveLength(1);
        expect(loaded.lastSeq).toBe(last);
        expect(docFrom(loaded.updates).getText('t').toString()).toBe('3210x');
        doc.destroy();
      });
    });

    describe('consortia', () => {
      it('creates a consortium once and seeds its documents only the first time', async () => {
        const seed = bytes(1, 2, 3);
        expect(await storage.consortia.get('c1')).toBeUndefined();
        expect(await storage.consortia.create(record('c1'), { dossier: seed })).toBe(true);
        expect(await storage.consortia.get('c1')).toEqual(record('c1'));
        const seeded = await storage.documents.load('c1/dossier');
        expect(seeded.updates.map((u) => [...u])).toEqual([[1, 2, 3]]);

        // A second create for the same id changes nothing: not the record, not the documents.
        const again = await storage.consortia.create(record('c1', { name: 'Impostor' }), { dossier: bytes(9), discussion: bytes(8) });
        expect(again).toBe(false);
        expect((await storage.consortia.get('c1'))?.name).toBe('Consortium c1');
        expect(await storage.documents.load('c1/dossier')).toEqual(seeded);
        expect((await storage.documents.load('c1/discussion')).updates).toEqual([]);
        expect(await storage.consortia.list()).toHaveLength(1);
      });

      it('creates concurrently at most once', async () => {
        const results = await Promise.all(
          Array.from({ length: 5 }, (_, i) => storage.consortia.create(record('c1', { name: `try ${i}` }), { dossier: bytes(i) })),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await storage.consortia.get('c1'))?.name).toBe(`try ${winner}`);
        expect((await storage.documents.load('c1/dossier')).updates.map((u) => [...u])).toEqual([[winner]]);
      });

      it('gets, changes (mutate) and lists records', async () => {
        expect(await storage.consortia.list()).toEqual([]);
        const first = record('c1', { createdAt: '2026-01-01T00:00:00.000Z' });
        const second = record('c2', { createdAt: '2026-01-02T00:00:00.000Z' });
        await storage.consortia.create(first, {});
        await storage.consortia.create(second, {});
        expect(await storage.consortia.get('nobody')).toBeUndefined();

        const changed = await storage.consortia.mutate('c1', (r) => ({
          ...r,
          programmeTitle: 'Applied Data Literacy',
          partners: [...r.partners, partner('p2', { country: 'ES' })],
        }));
        const expected: ConsortiumRecord = {
          ...first,
          programmeTitle: 'Applied Data Literacy',
          partners: [partner('p1'), partner('p2', { country: 'ES' })],
        };
        expect(changed).toEqual(expected);
        expect(await storage.consortia.get('c1')).toEqual(expected);
        expect(await storage.consortia.get('c2')).toEqual(second);

        const listed = await storage.consortia.list();
        expect(listed.map((r) => r.id).sort()).toEqual(['c1', 'c2']);
        expect(listed.find((r) => r.id === 'c1')).toEqual(expected);

        // What the store hands out is a copy: changing it does not change the stored record.
        const got = (await storage.consortia.get('c1'))!;
        got.name = 'mutated';
        got.partners.pop();
        expect(await storage.consortia.get('c1')).toEqual(expected);
      });

      it('mutates nothing for an unknown id', async () => {
        let called = false;
        const result = await storage.consortia.mutate('nobody', (r) => {
          called = true;
          return r;
        });
        expect(result).toBeUndefined();
        expect(called).toBe(false);
        expect(await storage.consortia.get('nobody')).toBeUndefined();
        expect(await storage.consortia.list()).toEqual([]);
      });

      it('applies concurrent mutations one after the other, losing none', async () => {
        await storage.consortia.create(record('c1', { partners: [] }), {});
        await Promise.all(
          ['pa', 'pb', 'pc', 'pd', 'pe'].map((id) =>
            storage.consortia.mutate('c1', (r) => ({ ...r, partners: [...r.partners, partner(id)] })),
          ),
        );
        expect((await storage.consortia.get('c1'))!.partners.map((p) => p.id).sort()).toEqual(['pa', 'pb', 'pc', 'pd', 'pe']);
      });
    });

    describe('members', () => {
      it('puts, gets and lists members; removed ones are listed no more and can come back', async () => {
        expect(await storage.members.get('c1', 'u1')).toBeUndefined();
        await storage.members.put(member('c1', 'u1', { role: 'coordinator' }));
        await storage.members.put(member('c1', 'u2', { joinedAt: '2026-01-02T00:00:00.000Z' }));
        await storage.members.put(member('c2', 'u1', { role: 'viewer' }));
        expect(await storage.members.get('c1', 'u1')).toEqual(member('c1', 'u1', { role: 'coordinator' }));
        expect((await storage.members.list('c1')).map((m) => m.userId).sort()).toEqual(['u1', 'u2']);
        expect((await storage.members.listForUser('u1')).map((m) => `${m.consortiumId}:${m.role}`).sort()).toEqual([
          'c1:coordinator',
          'c2:viewer',
        ]);

        await storage.members.put(member('c1', 'u2', { removedAt: '2026-02-01T00:00:00.000Z' }));
        expect((await storage.members.list('c1')).map((m) => m.userId)).toEqual(['u1']);
        expect(await storage.members.listForUser('u2')).toEqual([]);
        expect((await storage.members.get('c1', 'u2'))?.removedAt).toBe('2026-02-01T00:00:00.000Z');

        await storage.members.put(member('c1', 'u2', { role: 'commenter' }));
        expect((await storage.members.list('c1')).map((m) => `${m.userId}:${m.role}`).sort()).toEqual(['u1:coordinator', 'u2:commenter']);
      });
    });

    describe('invites', () => {
      it('creates, finds, lists and revokes invites', async () => {
        await storage.invites.create(invite('i1'));
        await storage.invites.create(invite('i2', { consortiumId: 'c2' }));
        expect(await storage.invites.findByHash('hash-i1')).toEqual(invite('i1'));
        expect(await storage.invites.findByHash('hash-nope')).toBeUndefined();
        expect((await storage.invites.list('c1')).map((i) => i.id)).toEqual(['i1']);

        expect(await storage.invites.revoke('c2', 'i1', '2026-03-01T00:00:00.000Z')).toBeUndefined(); // another consortium's
        const revoked = await storage.invites.revoke('c1', 'i1', '2026-03-01T00:00:00.000Z');
        expect(revoked?.revokedAt).toBe('2026-03-01T00:00:00.000Z');
        // Revoking again keeps the first time.
        expect((await storage.invites.revoke('c1', 'i1', '2026-04-01T00:00:00.000Z'))?.revokedAt).toBe('2026-03-01T00:00:00.000Z');
        expect(await storage.invites.use('hash-i1', new Date('2026-03-02T00:00:00.000Z'))).toEqual({ ok: false, reason: 'revoked' });
      });

      it('counts uses and refuses unknown, expired and used-up invites', async () => {
        const now = new Date('2026-06-01T00:00:00.000Z');
        await storage.invites.create(invite('open'));
        await storage.invites.create(invite('old', { expiresAt: '2026-05-31T23:59:59.000Z' }));
        await storage.invites.create(invite('twice', { maxUses: 2 }));
        expect(await storage.invites.use('hash-nope', now)).toEqual({ ok: false, reason: 'unknown' });
        expect(await storage.invites.use('hash-old', now)).toEqual({ ok: false, reason: 'expired' });
        const first = await storage.invites.use('hash-open', now);
        const second = await storage.invites.use('hash-open', now);
        expect(first.ok && first.invite.uses).toBe(1);
        expect(second.ok && second.invite.uses).toBe(2);
        expect((await storage.invites.findByHash('hash-open'))?.uses).toBe(2);
        expect((await storage.invites.use('hash-twice', now)).ok).toBe(true);
        expect((await storage.invites.use('hash-twice', now)).ok).toBe(true);
        expect(await storage.invites.use('hash-twice', now)).toEqual({ ok: false, reason: 'used-up' });
      });

      it('admits exactly one person through a single-use invite under a race', async () => {
        await storage.invites.create(invite('once', { maxUses: 1 }));
        const results = await Promise.all(Array.from({ length: 6 }, () => storage.invites.use('hash-once', new Date())));
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(5).fill('used-up'));
        expect((await storage.invites.findByHash('hash-once'))?.uses).toBe(1);
      });
    });

    describeAccountStores(() => storage);
    describeNotificationStores(() => storage);
    describeExecutionStores(() => storage);
    describe('versions', () => {
      it('adds versions oldest first, stores each chapter content once, and keeps consortia apart', async () => {
        const first = version('c1', 'v1', { concept: 'h1', vision: 'h2' }, { name: 'Sent to boards' });
        await storage.versions.add(
          first,
          new Map([
            ['h1', bytes(1, 2)],
            ['h2', bytes(3)],
          ]),
        );
        // The second version names one old content and one new; storing h1 again changes nothing.
        const second = version(
          'c1',
          'v2',
          { concept: 'h1', vision: 'h3' },
          { reason: 'restore', detail: { chapter: 'vision', from: 'v1' } },
        );
        await storage.versions.add(
          second,
          new Map([
            ['h1', bytes(9, 9)],
            ['h3', bytes(4, 5, 6)],
          ]),
        );
        await storage.versions.add(version('c2', 'v1', { concept: 'h1' }), new Map([['h1', bytes(7)]]));

        expect(await storage.versions.list('c1')).toEqual([first, second]);
        expect(await storage.versions.get('c1', 'v2')).toEqual(second);
        expect(await storage.versions.get('c2', 'v2')).toBeUndefined();
        expect(await storage.versions.get('c1', 'nope')).toBeUndefined();
        const contents = await storage.versions.contents('c1', ['h1', 'h3', 'unknown']);
        expect([...contents.keys()].sort()).toEqual(['h1', 'h3']);
        expect(contents.get('h1')).toEqual(bytes(1, 2));
        expect(contents.get('h3')).toEqual(bytes(4, 5, 6));
        expect((await storage.versions.contents('c2', ['h1'])).get('h1')).toEqual(bytes(7));
        expect(await storage.versions.list('nobody')).toEqual([]);
        expect(await storage.versions.latest('c1')).toEqual(second);
        expect(await storage.versions.latest('nobody')).toBeUndefined();
      });

      it('keeps the order of versions added concurrently as they were stored', async () => {
        await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            storage.versions.add(version('c1', `v${i}`, { concept: `h${i}` }), new Map([[`h${i}`, bytes(i)]])),
          ),
        );
        const listed = await storage.versions.list('c1');
        expect(listed.map((v) => v.id).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `v${i}`).sort());
        expect(
          (
            await storage.versions.contents(
              'c1',
              listed.map((v) => v.chapters.concept!),
            )
          ).size,
        ).toBe(8);
      });

      it('adds a version "after" another only while that one is still the newest, one winner among concurrent adds', async () => {
        const first = version('c1', 'first', { concept: 'h1' });
        expect(await storage.versions.add(first, new Map([['h1', bytes(1)]]), null)).toBe(true);
        // Both saw "first" as the newest: exactly one of them is added.
        const results = await Promise.all(
          ['a', 'b', 'c'].map((id) => storage.versions.add(version('c1', id, { concept: 'h2' }), new Map([['h2', bytes(2)]]), 'first')),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await storage.versions.list('c1')).map((v) => v.id)).toHaveLength(2);
        // A stale "none yet" loses too; an unconditional add (an event version) never does.
        expect(await storage.versions.add(version('c1', 'late', { concept: 'h3' }), new Map(), null)).toBe(false);
        expect(await storage.versions.add(version('c1', 'signed', { concept: 'h2' }), new Map())).toBe(true);
        expect((await storage.versions.latest('c1'))?.id).toBe('signed');
        // Other consortia are not affected.
        expect(await storage.versions.add(version('c2', 'other', { concept: 'h1' }), new Map([['h1', bytes(1)]]), null)).toBe(true);
      });

      it('keeps each pending author once, in the order first noted, per consortium, until settled', async () => {
        const anna = { userId: 'anna', name: 'Anna', partnerId: 'pa' };
        const ben = { userId: 'ben', name: 'Ben', partnerId: 'pb' };
        await storage.versions.noteAuthor('c1', anna);
        await storage.versions.noteAuthor('c1', ben);
        // Noting again changes nothing: the first write stays.
        await storage.versions.noteAuthor('c1', { ...anna, name: 'Anna renamed' });
        await storage.versions.noteAuthor('c2', ben);
        expect(await storage.versions.pendingAuthors('c1')).toEqual([anna, ben]);
        expect(await storage.versions.pendingAuthors('c2')).toEqual([ben]);
        expect(await storage.versions.pendingAuthors('nobody')).toEqual([]);

        await storage.versions.settleAuthors('c1', ['anna', 'unknown']);
        expect(await storage.versions.pendingAuthors('c1')).toEqual([ben]);
        expect(await storage.versions.pendingAuthors('c2')).toEqual([ben]);
        await storage.versions.settleAuthors('c1', []);
        // Settled people are noted again when they edit again.
        await storage.versions.noteAuthor('c1', anna);
        expect(await storage.versions.pendingAuthors('c1')).toEqual([ben, anna]);
      });
    });
  });
}
