import type { Identity } from '../auth/tokens.ts';

/**
 * One client socket as the rooms see it. The transport (server/transport/wsTransport.ts) implements
 * it over `ws`; tests implement it in memory. Rooms never see a raw socket.
 */
export interface Connection {
  readonly id: string;
  readonly identity: Identity;
  /** Whether this connection may change the document; decided when it opens, re-checked on membership changes. */
  canWrite: boolean;
  /** Whether the client asked for `saved` acknowledgements. */
  readonly wantsAcks: boolean;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}
