import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startServer } from '../../server/server.ts';
import { configFromEnv } from '../../server/config.ts';
import { docKey } from '../../server/storage/types.ts';
import type { Identity } from '../../server/auth/tokens.ts';
import type { VersionSummary } from '../../shared/history.ts';
import { tempDir } from '../../test/utils/tempDir.ts';
import { dossierTyping } from './dossierEdits.ts';

/** The `history` bench scenario's figures (bench/README.md). */
export interface HistoryBench {
  edits: number;
  versions: number;
  buildS: number;
  listMs: number;
  compareChapterMs: number;
  /** The first of those compares, before any chapter content was in the compare cache. */
  compareChapterColdMs: number;
  compareSinceSignedMs: number;
  restoreMs: number;
  /** Taking a version (a named one) after a small edit in one chapter, in process: the time the event loop is held. */
  takeVersionMs: number;
  historyBytes: number;
  bytesPer1000Versions: number;
  targets: { listMs: 50; compareChapterMs: 200; restoreMs: 300 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Jointly's real server in this process (SQLite in a temp dir): a dossier typed through `edits`
 * edits by three people, with a version taken (through the history service, as after a burst of
 * edits) every edits/versions edits; then listing, comparing one chapter and restoring one chapter
 * are timed over HTTP, end to end.
 */
export async function runHistoryBench(edits = 100_000, versions = 500, log: (msg: string) => void = console.error): Promise<HistoryBench> {
  const dir = tempDir('bench-history');
  const config = {
    ...configFromEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO: '0' }),
    dataDir: dir.path,
    roomUnloadMs: 3_600_000,
    historyIdleMs: 3_600_000,
  };
  const server = await startServer(config);
  try {
    const cid = 'bench-history';
    const people: Identity[] = ['pa', 'pb', 'pc'].map((p, i) => ({
      userId: `u${i}`,
      name: `Person ${i}`,
      consortiumId: cid,
      partnerId: p,
      role: i === 0 ? 'coordinator' : 'editor',
    }));
    const token = await server.tokens.sign(people[0]!, 3600);
    const call = async (method: string, path: string, body?: unknown) => {
      const start = performance.now();
      const res = await fetch(`${server.url}/api/consortia/${cid}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return { json, ms: performance.now() - start };
    };
    await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });

    const built = performance.now();
    const key = docKey(cid, 'dossier');
    const type = await server.registry.use(key, (doc) => dossierTyping(doc));
    const every = Math.floor(edits / versions);
    for (let v = 0; v < versions; v++) {
      const who = people[v % people.length]!;
      await server.registry.use(key, () => type(every), { write: true });
      server.services.history.noteEdit(key, who);
      await server.services.history.take(cid, 'edits');
      if ((v + 1) % 50 === 0) log(`history bench: ${(v + 1) * every} edits, ${v + 1} versions`);
    }
    const buildS = (performance.now() - built) / 1000;

    const rounds = 5;
    const lists: number[] = [];
    let list: VersionSummary[] = [];
    for (let i = 0; i < rounds; i++) {
      const r = await call('GET', '/versions');
      lists.push(r.ms);
      list = r.json.versions as VersionSummary[];
    }
    if (list.length !== versions) throw new Error(`expected ${versions} versions, listed ${list.length}`);
    const compares: number[] = [];
    const since: number[] = [];
    for (let i = 0; i < rounds; i++) {
      compares.push((await call('GET', `/versions/compare?from=${list[0]!.id}&to=${list.at(-1)!.id}&chapter=curriculum`)).ms);
      since.push((await call('GET', `/versions/compare?from=${list[versions - 20]!.id}&to=current&chapter=curriculum`)).ms);
    }
    const restores: number[] = [];
    for (let i = 0; i < rounds; i++)
      restores.push(
        (await call('POST', `/versions/${list[Math.floor((versions * (i + 1)) / (rounds + 1))]!.id}/restore`, { chapter: 'curriculum' }))
          .ms,
      );

    const takes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await server.registry.use(key, () => type(1), { write: true });
      const start = performance.now();
      await server.services.history.take(cid, 'named', { name: `bench ${i}` });
      takes.push(performance.now() - start);
    }

    const db = new Database(join(dir.path, 'jointly.db'), { readonly: true });
    const row = db
      .prepare<[string, string], { bytes: number }>(
        `SELECT
        (SELECT coalesce(sum(length(record)), 0) FROM versions WHERE consortium_id = ?) +
        (SELECT coalesce(sum(length(data)), 0) FROM version_contents WHERE consortium_id = ?) AS bytes`,
      )
      .get(cid, cid)!;
    db.close();
    return {
      edits,
      versions,
      buildS,
      listMs: median(lists),
      compareChapterMs: median(compares),
      compareChapterColdMs: compares[0]!,
      compareSinceSignedMs: median(since),
      restoreMs: median(restores),
      takeVersionMs: median(takes),
      historyBytes: row.bytes,
      bytesPer1000Versions: Math.round((row.bytes / (versions + 2 * rounds)) * 1000),
      targets: { listMs: 50, compareChapterMs: 200, restoreMs: 300 },
    };
  } finally {
    await server.close();
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Closing the server waits on the SQLite checkpoint worker, which alone does not keep Node running.
  const keepAlive = setInterval(() => {}, 1000);
  const [edits, versions] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await runHistoryBench(edits || undefined, versions || undefined), null, 2));
  clearInterval(keepAlive);
}
