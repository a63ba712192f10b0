import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';

/** y-indexeddb's object store of updates (its storage format: one merged-or-single update per record). */
const UPDATES_STORE = 'updates';

/** How long edits may wait before they are written to the offline copy together. */
export const OFFLINE_WRITE_DELAY_MS = 200;

/**
 * The offline copy (IndexedDB) written in batches, after the keystroke's frame.
 *
 * y-indexeddb opens an IndexedDB transaction for each update, inside the keystroke's own task: about
 * a millisecond of main thread per key, before the key could be painted. Updates are merged here and
 * written at most every `OFFLINE_WRITE_DELAY_MS`, and at once when the page is hidden or left (the
 * moments a tab may be discarded). While connected the server holds each edit as well (it confirms
 * them); offline, a browser crash could cost the last fifth of a second of typing, not more.
 * Returns a function that writes what is pending and stops batching.
 */
export function batchOfflineWrites(doc: Y.Doc, local: IndexeddbPersistence, delayMs = OFFLINE_WRITE_DELAY_MS): () => void {
  const write = local._storeUpdate;
  doc.off('update', write);
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    write(merged, null);
  };
  // Leaving the page: the write must be committed now, not when the event loop next turns (the
  // document is being unloaded and an uncommitted transaction would be dropped with it).
  const flushNow = () => {
    if (pending.length === 0 || !local.db) return flush();
    clearTimeout(timer);
    timer = undefined;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    const transaction = local.db.transaction([UPDATES_STORE], 'readwrite');
    transaction.objectStore(UPDATES_STORE).add(merged);
    transaction.commit();
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // What the offline copy itself loaded is already stored.
    if (origin === local) return;
    pending.push(update);
    timer ??= setTimeout(flush, delayMs);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  doc.on('update', onUpdate);
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    doc.off('update', onUpdate);
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
