import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { retryable } from '../../shared/closeCodes.ts';
import { closeSentence } from '../../shared/i18n/content/notices.ts';
import { pageLocale } from '../i18n/pageLocale.ts';
import { SYNC_PATH } from '../../shared/names.ts';
import { ACK_PARAM, MessageType } from '../../shared/protocol/messageTypes.ts';
import { batchOfflineWrites } from './offlineWrites.ts';
import { SaveTracker } from './saveTracker.ts';
import { reducePresenceTraffic } from './awarenessTraffic.ts';
import { sendOfflineCopyOnlyToWrite } from './offlineCopyUpload.ts';

export type SaveStatus =
  | { kind: 'connecting' }
  | { kind: 'saving' }
  /** Edits sent, but the server has not confirmed them for a while (a dead network looks like this at first). */
  | { kind: 'unconfirmed' }
  | { kind: 'saved' }
  | { kind: 'offline'; unsaved: boolean }
  | { kind: 'read-only'; canComment?: boolean }
  | { kind: 'refused'; message: string; code: number };

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  local: IndexeddbPersistence;
  status(): SaveStatus;
  onStatus(listener: () => void): () => void;
  /** True once the page holds the document (from the server or from this browser's offline copy). */
  ready(): boolean;
  /**
   * The document's state fetched over HTTP before the socket had synced (client/main.ts): applied as
   * the server's own, and enough for the page to show and edit the text; the socket's sync then
   * brings only what changed since, and sends what was typed meanwhile.
   */
  applyFetched(update: Uint8Array): void;
  /** Who uses the session now (a session opened early, before the page knew who is signed in, is handed over). */
  setOptions(options: SessionOptions): void;
  destroy(): void;
}

export interface SessionOptions {
  canWrite: boolean;
  /** Opened before the page knew who is signed in: `canWrite` is a placeholder until `setOptions`. */
  provisional?: boolean;
  /** Called with the code each time the server closes the socket (e.g. 4409 role changed, 4403 removed). */
  onClose?: (code: number) => void;
}

/**
 * One shared document in the browser: Y.Doc + server provider + offline copy in IndexedDB.
 * The token travels in the HttpOnly cookie, so no secret is in page script.
 */
export function openSession(consortiumId: string, documentName: string, initialOptions: SessionOptions): CollabSession {
  let options = initialOptions;
  const doc = new Y.Doc();
  const tracker = new SaveTracker();
  const local = new IndexeddbPersistence(`jointly/${consortiumId}/${documentName}`, doc);
  const stopOfflineBatching = batchOfflineWrites(doc, local);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const provider = new WebsocketProvider(`${scheme}://${location.host}${SYNC_PATH}`, `${consortiumId}/${documentName}`, doc, {
    params: { [ACK_PARAM]: '1' },
    disableBc: true,
    WebSocketPolyfill: tracker.socketClass(),
    maxBackoffTime: 5000,
    shouldReconnect: (event) => retryable(event.code),
  });
  provider.messageHandlers[MessageType.saved] = tracker.handleSaved;
  reducePresenceTraffic(provider);
  const offlineCopy = sendOfflineCopyOnlyToWrite(provider, doc, local, options);

  const listeners = new Set<() => void>();
  // Snapshots are cached so React's useSyncExternalStore sees a stable value between changes.
  let current: SaveStatus = { kind: 'connecting' };
  let currentReady = false;
  const emit = () => {
    const next = computeStatus();
    const nextReady = provider.synced || fetched || (localLoaded && Y.encodeStateVector(doc).length > 1);
    if (JSON.stringify(next) === JSON.stringify(current) && nextReady === currentReady) return;
    current = next;
    currentReady = nextReady;
    listeners.forEach((l) => l());
  };
  let refused: { code: number; message: string } | undefined;
  let unsavedOffline = false;
  let localLoaded = false;
  let fetched = false;
  let destroyed = false;
  // The browser knows before the socket does: a cut network leaves a WebSocket looking open for
  // up to 30 s (y-websocket's silence timeout), and everything typed meanwhile read "Saving…".
  let networkDown = typeof navigator !== 'undefined' && navigator.onLine === false;
  // Edits the server has not confirmed within this time are reported as kept on this device.
  const UNCONFIRMED_AFTER_MS = 1500;
  let unconfirmed = false;
  let unconfirmedTimer: ReturnType<typeof setTimeout> | undefined;
  const watchAcks = () => {
    if (!tracker.pending) {
      clearTimeout(unconfirmedTimer);
      clearTimeout(quietTimer);
      unconfirmedTimer = undefined;
      unconfirmed = false;
    } else if (!unconfirmedTimer && !unconfirmed) {
      unconfirmedTimer = setTimeout(() => {
        unconfirmedTimer = undefined;
        unconfirmed = tracker.pending;
        emit();
      }, UNCONFIRMED_AFTER_MS);
    }
  };
  const connected = () => provider.wsconnected && !networkDown;
  // While someone types, every keystroke is sent and confirmed within milliseconds: flipping the pill
  // between "Saving…" and "saved" at each one made the page re-render twice per key (and a polite
  // live region announce it). "Saving…" now lasts from the first unconfirmed edit until everything
  // has been confirmed and nothing new was sent for this long: still never "saved" while unsaved.
  const SAVED_AFTER_QUIET_MS = 600;
  let saving = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const watchQuiet = () => {
    if (tracker.pending) {
      saving = true;
      clearTimeout(quietTimer);
      quietTimer = undefined;
    } else if (saving && !quietTimer) {
      quietTimer = setTimeout(() => {
        quietTimer = undefined;
        saving = tracker.pending;
        emit();
      }, SAVED_AFTER_QUIET_MS);
    }
  };

  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider && origin !== local && !connected()) unsavedOffline = true;
    emit();
  });
  const onOffline = () => {
    networkDown = true;
    // Do not wait for the socket to notice: close it, so the provider starts reconnecting.
    provider.ws?.close();
    emit();
  };
  const onOnline = () => {
    networkDown = false;
    // Reconnect now rather than after the provider's current backoff (up to 5 s).
    if (!provider.wsconnected) {
      provider.disconnect();
      provider.connect();
    }
    emit();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  provider.on('status', emit);
  // Presence across a dropped socket. y-protocols ignores an awareness state whose clock the receiver
  // has seen already, and on a drop the provider removes the others' states but keeps their clocks
  // (as the server and the other pages keep ours). Without this, after a reconnect nobody saw the
  // people who had not moved since (no avatar, no caret): forget the others' clocks when the socket
  // drops, so the states the server replays count again, and renew our own state on (re)connect.
  provider.on('status', ({ status }) => {
    const { awareness } = provider;
    if (status === 'disconnected') {
      for (const clientId of [...awareness.meta.keys()]) if (clientId !== awareness.clientID) awareness.meta.delete(clientId);
    } else if (status === 'connected') {
      queueMicrotask(() => {
        const state = awareness.getLocalState();
        if (state) awareness.setLocalState(state);
      });
    }
  });
  provider.on('sync', emit);
  provider.on('connection-close', (event) => {
    if (event && !retryable(event.code)) refused = { code: event.code, message: closeSentence(event.code, pageLocale()) };
    // Sent but never confirmed: the next socket starts counting afresh and resends them in its sync,
    // so remember here that this page holds edits the server may not have.
    if (tracker.pending) unsavedOffline = true;
    // The provider emits 'connection-close' before it clears `wsconnecting`, and a failed *re*connect
    // emits no 'status' afterwards: recompute once its handler is done, or the pill stays on
    // "Connecting…" for the whole outage instead of saying "Offline".
    queueMicrotask(emit);
    if (event) options.onClose?.(event.code);
  });
  provider.on('closed', emit);
  tracker.onChange(() => {
    watchAcks();
    watchQuiet();
    emit();
  });
  local.whenSynced.then(() => {
    localLoaded = true;
    emit();
  });

  let everSynced = false;
  const computeStatus = (): SaveStatus => {
    if (refused) return { kind: 'refused', ...refused };
    // Once this page has been in sync, a lost connection reads "offline" throughout the retries,
    // instead of blinking between "connecting" and "offline" at every attempt.
    if (!connected()) {
      const unsaved = unsavedOffline || tracker.pending;
      return provider.wsconnecting && !unsaved && !everSynced && !networkDown ? { kind: 'connecting' } : { kind: 'offline', unsaved };
    }
    if (!provider.synced) return everSynced ? { kind: 'offline', unsaved: unsavedOffline } : { kind: 'connecting' };
    everSynced = true;
    if (!options.canWrite) return { kind: 'read-only' };
    if (tracker.pending) return unconfirmed ? { kind: 'unconfirmed' } : { kind: 'saving' };
    if (saving) return { kind: 'saving' };
    unsavedOffline = false;
    return { kind: 'saved' };
  };

  return {
    doc,
    provider,
    local,
    status: () => current,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // An empty state vector encodes as one byte: anything longer means the offline copy had content.
    ready: () => currentReady,
    applyFetched(update) {
      if (destroyed || provider.synced) return; // gone, or the socket was faster: it has all of it already
      // With the provider as origin, as if it came from the socket: nothing is sent back to the server.
      Y.applyUpdate(doc, update, provider);
      fetched = true;
      emit();
    },
    setOptions(next) {
      options = next;
      offlineCopy.update(next);
      // A refusal that came before the hand-over is still news to the new user of the session.
      if (refused) options.onClose?.(refused.code);
      emit();
    },
    destroy() {
      destroyed = true;
      listeners.clear();
      clearTimeout(unconfirmedTimer);
      clearTimeout(quietTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      offlineCopy.stop();
      provider.destroy();
      stopOfflineBatching();
      void local.destroy();
      doc.destroy();
    },
  };
}
