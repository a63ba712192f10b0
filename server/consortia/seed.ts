import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { SEED_CLIENT_ID } from '../../shared/template.ts';

/**
 * The seed is built by the server only, with a fixed client id, so the bytes are the same every
 * time: applying it twice, or on two instances, cannot duplicate the chapters.
 */

/**
 * The compiled server finds the seed beside it (scripts/start.mjs writes it at build time), so it
 * never loads TipTap and ProseMirror just to seed (~20 MiB resident for good). Under tsx (dev,
 * tests) there is no such file and the seed is built here, the same way.
 */
export const PREBUILT_SEED_FILE = 'dossier-seed.bin';

let cached: Promise<Uint8Array> | undefined;

export function dossierSeedUpdate(): Promise<Uint8Array> {
  cached ??= (async () => {
    const prebuilt = join(import.meta.dirname, PREBUILT_SEED_FILE);
    return existsSync(prebuilt) ? new Uint8Array(readFileSync(prebuilt)) : buildDossierSeed();
  })();
  return cached;
}

export async function buildDossierSeed(): Promise<Uint8Array> {
  const [{ prosemirrorJSONToYXmlFragment }, { dossierSchema }, { dossierTemplate }] = await Promise.all([
    import('@tiptap/y-tiptap'),
    import('../../shared/schema/extensions.ts'),
    import('../../shared/template.ts'),
  ]);
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  prosemirrorJSONToYXmlFragment(dossierSchema(), dossierTemplate(), doc.getXmlFragment(DOSSIER_FRAGMENT));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
