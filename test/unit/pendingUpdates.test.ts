import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { hasNothingPending, PENDING_GRACE_MS, PendingUpdatesWatch } from '../../server/rooms/pendingUpdates.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

/** An update that depends on an earlier one the receiver never gets. */
function orphanAndMissing(): { orphan: Uint8Array; missing: Uint8Array } {
  const source = new Y.Doc();
  source.getText('t').insert(0, 'first');
  const missing = Y.encodeStateAsUpdate(source);
  const afterFirst = Y.encodeStateVector(source);
  source.getText('t').insert(5, ' second');
  return { orphan: Y.encodeStateAsUpdate(source, afterFirst), missing };
}

it('drops update parts whose dependencies do not arrive within the grace period, and says so once', () => {
  const doc = new Y.Doc();
  const dropped = vi.fn();
  const watch = new PendingUpdatesWatch(doc, dropped);
  Y.applyUpdate(doc, orphanAndMissing().orphan);
  watch.check();
  watch.check(); // one timer, however many updates arrive meanwhile
  expect(hasNothingPending(doc)).toBe(false);
  vi.advanceTimersByTime(PENDING_GRACE_MS - 1);
  expect(dropped).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(dropped).toHaveBeenCalledTimes(1);
  expect(hasNothingPending(doc)).toBe(true);
  expect(doc.getText('t').toString()).toBe('');
});

it('leaves parts alone whose dependencies arrive in time', () => {
  const doc = new Y.Doc();
  const dropped = vi.fn();
  const watch = new PendingUpdatesWatch(doc, dropped);
  const { orphan, missing } = orphanAndMissing();
  Y.applyUpdate(doc, orphan);
  watch.check();
  Y.applyUpdate(doc, missing);
  vi.advanceTimersByTime(PENDING_GRACE_MS);
  expect(dropped).not.toHaveBeenCalled();
  expect(doc.getText('t').toString()).toBe('first second');
});

it('does not start a timer when nothing is pending, and stop() cancels one', () => {
  const doc = new Y.Doc();
  const dropped = vi.fn();
  const watch = new PendingUpdatesWatch(doc, dropped);
  watch.check();
  expect(vi.getTimerCount()).toBe(0);
  Y.applyUpdate(doc, orphanAndMissing().orphan);
  watch.check();
  expect(vi.getTimerCount()).toBe(1);
  watch.stop();
  vi.advanceTimersByTime(PENDING_GRACE_MS);
  expect(dropped).not.toHaveBeenCalled();
  expect(hasNothingPending(doc)).toBe(false);
});
