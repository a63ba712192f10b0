/**
 * `changesNothingIn` decides whether a read-only connection's update is a write. Checked against
 * the truth (apply the update to a copy and compare state vectors and delete sets) on seeded
 * random pairs of documents that share some history, edit apart and sync in part.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { changesNothingIn } from '../../server/rooms/updateShape.ts';
import { createRandom, type Random } from '../utils/random.ts';

function edit(doc: Y.Doc, random: Random): void {
  const text = doc.getText('t');
  const map = doc.getMap('m');
  for (let i = random.int(1, 6); i > 0; i--) {
    if (text.length > 0 && random.chance(0.4)) {
      const at = random.int(0, text.length - 1);
      text.delete(at, random.int(1, Math.min(4, text.length - at)));
    } else if (random.chance(0.3)) map.set(random.pick(['a', 'b', 'c']), random.word());
    else text.insert(random.int(0, text.length), random.word());
  }
}

function reallyChanges(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = { sv: Y.encodeStateVector(copy), ds: Y.createDeleteSetFromStructStore(copy.store) };
  Y.applyUpdate(copy, update);
  const sameVector = Buffer.from(Y.encodeStateVector(copy)).equals(Buffer.from(before.sv));
  return !sameVector || !Y.equalDeleteSets(before.ds, Y.createDeleteSetFromStructStore(copy.store));
}

describe('changesNothingIn', () => {
  it('an answer with only deletions the server already made changes nothing; one more deletion does', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, 'hello world');
    server.getText('t').delete(0, 6);
    const reader = new Y.Doc();
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(server));
    const answer = Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(answer).ds.clients.size).toBe(1);
    expect(changesNothingIn(server, Y.decodeUpdate(answer))).toBe(true);
    reader.getText('t').delete(0, 1);
    expect(changesNothingIn(server, Y.decodeUpdate(Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server))))).toBe(false);
  });

  it('a deletion of items the server has never seen is a change', () => {
    const server = new Y.Doc();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'abc');
    other.getText('t').delete(0, 3);
    const { ds } = Y.decodeUpdate(Y.encodeStateAsUpdate(other));
    expect(changesNothingIn(server, { structs: [], ds })).toBe(false);
  });

  for (const seed of [1, 2, 3, 42, 20261204]) {
    it(`agrees with applying the update, seed ${seed}`, () => {
      const random = createRandom(seed);
      for (let round = 0; round < 150; round++) {
        const a = new Y.Doc();
        const b = new Y.Doc();
        edit(a, random);
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        if (random.chance(0.7)) edit(a, random);
        if (random.chance(0.5)) edit(b, random);
        if (random.chance(0.5)) Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
        const update = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
        expect(changesNothingIn(a, Y.decodeUpdate(update)), `seed ${seed}, round ${round}`).toBe(!reallyChanges(a, update));
      }
    });
  }
});
