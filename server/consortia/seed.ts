import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { dossierTemplate, SEED_CLIENT_ID } from '../../shared/template.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

/**
 * The seed is built by the server only, with a fixed client id, so the bytes are the same every
 * time: applying it twice, or on two instances, cannot duplicate the chapters.
 */
let cached: Uint8Array | undefined;

export function dossierSeedUpdate(): Uint8Array {
  if (!cached) {
    const doc = new Y.Doc();
    doc.clientID = SEED_CLIENT_ID;
    prosemirrorJSONToYXmlFragment(dossierSchema(), dossierTemplate(), doc.getXmlFragment(DOSSIER_FRAGMENT));
    cached = Y.encodeStateAsUpdate(doc);
    doc.destroy();
  }
  return cached;
}
