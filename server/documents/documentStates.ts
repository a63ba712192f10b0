import { encodeIntegrated } from '../rooms/pendingUpdates.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey } from '../storage/types.ts';
import type { DocumentName } from '../../shared/names.ts';

/**
 * A shared document's whole state as one Yjs update, read over HTTP: the dossier page asks for it
 * with its first script, before the code that opens the socket has arrived, so the text travels
 * while that code loads (client/main.ts). The socket's sync then only brings what changed since.
 * From the live room when it is open, from storage otherwise, like the exports.
 */
export class DocumentStates {
  constructor(private readonly registry: RoomRegistry) {}

  state(consortiumId: string, name: DocumentName): Promise<Uint8Array> {
    // Without the parts Yjs holds aside for missing dependencies: the same as a sync step 2 gives.
    return this.registry.use(docKey(consortiumId, name), (doc) => encodeIntegrated(doc));
  }
}
