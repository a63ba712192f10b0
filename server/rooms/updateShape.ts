import * as Y from 'yjs';

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

/**
 * True when applying the update to `doc` would change nothing: every struct is already known and
 * every deletion already made. A page that may only read answers the server's sync step 1 with its
 * whole delete set (Yjs always sends it, whatever the other side has), so on any document where text
 * was ever deleted that answer is not empty, yet it is no write and must not be refused as one.
 */
export function changesNothingIn(doc: Y.Doc, { structs, ds }: Decoded): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const known = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (!known || clock + len > Y.getState(doc.store, client)) return false;
      for (let i = Y.findIndexSS(known, clock); i < known.length && known[i]!.id.clock < clock + len; i++) {
        if (!known[i]!.deleted) return false;
      }
    }
  }
  return true;
}
