/**
 * Clients that type numbered tokens ("w3:17;") into one text while servers crash or restart, and
 * what the tests need to check afterwards that nothing acknowledged was lost.
 */
import type * as Y from 'yjs';
import type { SyncClient } from './syncClient.ts';

export interface Writer {
  client: SyncClient;
  prefix: string;
  /** Each token with the socket it went out on and its write number there (0: not sent). */
  written: { token: string; socket: number; write: number }[];
  /** Highest `saved` count per socket. */
  saved: Map<number, number>;
}

/** The tokens in a document's text, in order. */
export const tokensIn = (doc: Y.Doc) =>
  doc
    .getText('t')
    .toString()
    .split(';')
    .filter(Boolean)
    .map((t) => `${t};`);

/** Which socket (numbered by the rotating test socket) a client is on now; 0 before the first. */
export const socketOf = (c: SyncClient) => (c.provider.ws as unknown as { serial?: number } | null)?.serial ?? 0;
