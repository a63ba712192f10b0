import type * as Y from 'yjs';

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/**
 * What Yjs itself never writes but reads without complaint: a struct or a deletion of length 0
 * (an empty string item, say). Applied, such parts break later: Yjs throws on re-encoding a
 * deletion of length 0 in the middle of applying an update, after the update's structs are in, so
 * every client that received one could no longer apply the server's updates (or have its own
 * sync step 2 accepted) and the documents silently drifted apart. Refused before anything is applied.
 */
export function emptyPartIn({ structs, ds }: Decoded): string | undefined {
  for (const struct of structs) if (!(struct.length > 0)) return `empty struct from client ${struct.id.client}`;
  for (const [client, ranges] of ds.clients) for (const range of ranges) if (!(range.len > 0)) return `empty deletion for client ${client}`;
  return undefined;
}
