import * as Y from 'yjs';
import { buildDossierSeed } from '../../server/consortia/seed.ts';
import { dossierTyping } from './dossierEdits.ts';
import { contentHash, readChapters } from '../../server/history/chapterContent.ts';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * How to store versions, measured (docs/ARCHITECTURE.md, "History"): on a dossier with EDITS edits
 * and VERSIONS versions, (a) full encoded-state copies of a garbage-collected document, one per
 * version, against (b) Yjs snapshots (state vector + delete set) over a document kept with gc:false.
 * Run: `npx tsx bench/history/storageChoice.ts [edits] [versions]`.
 */
export interface StorageChoice {
  edits: number;
  versions: number;
  fullCopies: { liveDocBytes: number; bytesPer1000Versions: number; openVersionMs: number };
  snapshots: { liveDocBytes: number; bytesPer1000Versions: number; openVersionMs: number };
  /** (c), the choice: each version names its chapters' contents by hash; each distinct chapter content is stored once, gzipped JSON. */
  chapterContents: { bytesPer1000Versions: number; takeVersionMs: number; openChapterMs: number };
}

export async function measureStorageChoice(edits = 100_000, versions = 500): Promise<StorageChoice> {
  const seed = await buildDossierSeed();
  const every = Math.floor(edits / versions);

  const collected = new Y.Doc({ gc: true });
  const kept = new Y.Doc({ gc: false });
  Y.applyUpdate(collected, seed);
  Y.applyUpdate(kept, seed);
  // The same edits on both documents: record them on one, replay on the other.
  collected.on('update', (u: Uint8Array) => Y.applyUpdate(kept, u));
  let copyBytes = 0;
  let snapshotBytes = 0;
  let lastCopy: Uint8Array | undefined;
  let lastSnapshot: Uint8Array | undefined;
  const stored = new Map<string, Uint8Array>();
  let manifestBytes = 0;
  let takeMs = 0;
  dossierTyping(collected)(edits, (i) => {
    if ((i + 1) % every !== 0) return;
    lastCopy = Y.encodeStateAsUpdate(collected);
    copyBytes += lastCopy.byteLength;
    lastSnapshot = Y.encodeSnapshot(Y.snapshot(kept));
    snapshotBytes += lastSnapshot.byteLength;
    const start = performance.now();
    const manifest: Record<string, string> = {};
    for (const [key, blocks] of readChapters(collected)) {
      const hash = contentHash(blocks);
      manifest[key] = hash;
      if (!stored.has(hash)) stored.set(hash, gzipSync(JSON.stringify(blocks)));
    }
    manifestBytes += JSON.stringify(manifest).length;
    takeMs += performance.now() - start;
  });
  const contentBytes = [...stored.values()].reduce((n, b) => n + b.byteLength, 0);
  const oneChapter = [...stored.values()].at(-1)!;

  const timeOf = (fn: () => void, rounds = 5) => {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) fn();
    return (performance.now() - start) / rounds;
  };
  const openCopy = timeOf(() => Y.applyUpdate(new Y.Doc(), lastCopy!));
  // Opening a snapshot needs the whole gc:false history loaded first (the live document itself).
  const keptState = Y.encodeStateAsUpdate(kept);
  const openSnapshot = timeOf(() => {
    const full = new Y.Doc({ gc: false });
    Y.applyUpdate(full, keptState);
    Y.createDocFromSnapshot(full, Y.decodeSnapshot(lastSnapshot!));
  });
  return {
    edits,
    versions,
    fullCopies: {
      liveDocBytes: Y.encodeStateAsUpdate(collected).byteLength,
      bytesPer1000Versions: Math.round((copyBytes / versions) * 1000),
      openVersionMs: openCopy,
    },
    snapshots: {
      liveDocBytes: keptState.byteLength,
      bytesPer1000Versions: Math.round((snapshotBytes / versions) * 1000),
      openVersionMs: openSnapshot,
    },
    chapterContents: {
      bytesPer1000Versions: Math.round(((contentBytes + manifestBytes) / versions) * 1000),
      takeVersionMs: takeMs / versions,
      openChapterMs: timeOf(() => JSON.parse(gunzipSync(oneChapter).toString())),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [edits, versions] = process.argv.slice(2).map(Number);
  const start = performance.now();
  const result = await measureStorageChoice(edits || undefined, versions || undefined);
  console.log(JSON.stringify(result, null, 2));
  console.error(`took ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
