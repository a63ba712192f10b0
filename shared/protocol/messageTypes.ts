/**
 * Top-level message tags on the sync socket. 0-3 are the y-websocket protocol's own
 * (see docs/PROTOCOL.md); 100 is Jointly's extension, sent only to clients that ask for it.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client: "every update you sent so far is stored"; payload: varuint count. */
  saved: 100,
} as const;

/** Sub-tags of a sync message (y-protocols/sync). */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** Query parameter by which a client asks for `saved` acknowledgements. */
export const ACK_PARAM = 'acks';
