import * as Y from 'yjs';

/**
 * Yjs keeps the parts of an update whose dependencies are missing aside (pending) and emits, hence
 * stores, them only once those arrive, e.g. with the step 2 of a client that edited offline and typed
 * again right after reconnecting. This file is everything the server does about such parts.
 */

/** How long update parts may wait for their dependencies before the room asks everyone to resend. */
export const PENDING_GRACE_MS = 5_000;

export function hasNothingPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs === null && doc.store.pendingDs === null;
}

/**
 * Pending parts normally resolve within milliseconds. If they do not (a client sent an update whose
 * dependencies never come, by accident or on purpose), they would hold back everyone's acks: after
 * the grace period they are dropped (they were never stored or relayed) and `onDropped` asks every
 * client for what the room lacks, so honest clients send again whatever was held back.
 */
export class PendingUpdatesWatch {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly doc: Y.Doc,
    private readonly onDropped: () => void,
    private readonly graceMs = PENDING_GRACE_MS,
  ) {}

  /** Call after applying a client update: starts the grace period if something is left pending. */
  check(): void {
    if (this.timer || hasNothingPending(this.doc)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (hasNothingPending(this.doc)) return;
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      this.onDropped();
    }, this.graceMs);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The document's state without the parts Yjs holds aside for missing dependencies. Yjs's own
 * encodeStateAsUpdate adds those pending parts, which would store (in a snapshot) or hand to
 * clients (in a sync step 2) content that was never applied, stored or relayed as such.
 */
export function encodeIntegrated(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
