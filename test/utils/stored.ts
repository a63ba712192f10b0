import * as Y from 'yjs';
import type { Storage } from '../../server/storage/types.ts';

/** The document as storage holds it (every stored update merged), without going through a room. */
export async function loadStoredDoc(storage: Storage, key: string): Promise<Y.Doc> {
  const stored = await storage.documents.load(key);
  const doc = new Y.Doc();
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return doc;
}
