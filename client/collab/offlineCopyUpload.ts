import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { IndexeddbPersistence } from 'y-indexeddb';

/**
 * The offline copy, once loaded, goes on to the server only from pages that may write.
 *
 * y-websocket sends the server every change that did not come from the socket, the offline copy's
 * load included. That is how a writer's edits kept on this device reach the server when the copy
 * finishes loading after the socket's handshake. A page that may not write (every page, for the
 * discussion, which changes through the API; readers and commenters, for the dossier) sent the
 * server its own data back in the same way, and the server answered with a "permission denied"
 * that the browser's console showed as a warning. Such a page has nothing of its own to send.
 *
 * Until the page knows whether it may write (a session opened before it knew who is signed in,
 * `provisional`), what the copy loaded is held and sent if the page turns out to be a writer's.
 */
export function sendOfflineCopyOnlyToWrite(
  provider: WebsocketProvider,
  doc: Y.Doc,
  local: IndexeddbPersistence,
  initial: { canWrite: boolean; provisional?: boolean },
): { update(options: { canWrite: boolean; provisional?: boolean }): void; stop(): void } {
  const send = provider._updateHandler;
  doc.off('update', send);
  let options = initial;
  let held: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== local || options.canWrite) return send(update, origin);
    if (options.provisional) held.push(update);
  };
  doc.on('update', onUpdate);
  return {
    update(next) {
      options = next;
      if (options.provisional) return;
      if (options.canWrite && held.length > 0) send(Y.mergeUpdates(held), local);
      held = [];
    },
    stop() {
      doc.off('update', onUpdate);
      held = [];
    },
  };
}
