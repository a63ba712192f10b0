import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeIntegrated } from '../../server/rooms/pendingUpdates.ts';

it('snapshots and sync replies leave out update parts still waiting for their dependencies', () => {
  const source = new Y.Doc();
  source.getText('t').insert(0, 'first');
  const afterFirst = Y.encodeStateVector(source);
  source.getText('t').insert(5, ' second');
  const orphan = Y.encodeStateAsUpdate(source, afterFirst);

  const room = new Y.Doc();
  Y.applyUpdate(room, orphan);
  expect(room.store.pendingStructs).not.toBeNull();

  // Yjs's own encoding carries the pending part along…
  const withPending = new Y.Doc();
  Y.applyUpdate(withPending, Y.encodeStateAsUpdate(room));
  expect(withPending.store.pendingStructs).not.toBeNull();

  // …ours does not, and leaves the room's pending state as it was.
  const clean = new Y.Doc();
  Y.applyUpdate(clean, encodeIntegrated(room));
  expect(clean.store.pendingStructs).toBeNull();
  expect(room.store.pendingStructs).not.toBeNull();

  // Once the missing part arrives, both agree again.
  Y.applyUpdate(room, Y.encodeStateAsUpdate(source, new Uint8Array([0])));
  expect(room.getText('t').toString()).toBe('first second');
  expect(Y.encodeStateVector(room)).toEqual(Y.encodeStateVector(source));
});
