/**
 * History is stored through the storage interface, beside the document: versions taken before a
 * kill -9 of the server are all there after it restarts, compaction included, and a restore made
 * after the restart works from them; the authors of edits not yet in a version before the kill are
 * named in the first version after it.
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import type { VersionSummary } from '../../shared/history.ts';
import { childToken, killAllServers, spawnServer } from '../utils/childServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { readParagraph, rest, writeParagraph } from '../utils/review.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';

const clients: SyncClient[] = [];
const dir = tempDir('history-crash');
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await killAllServers();
});
afterAll(() => dir.remove());

it('keeps every version across kill -9 and compaction, and restores from them after the restart', async () => {
  // Compaction after every few updates, so the log is folded into snapshots while versions are taken.
  const env = { COMPACT_AFTER_UPDATES: '2', HISTORY_IDLE_MS: '200' };
  let server = await spawnServer(dir.path, env);
  const coord = await childToken({ userId: 'anna', name: 'Anna', consortiumId: 'kc', partnerId: 'pa', role: 'coordinator' });
  const api = (port: number, method: string, path: string, body?: unknown) =>
    rest<Record<string, unknown>>(`http://127.0.0.1:${port}`, method, `/api/consortia/kc${path}`, coord, body);
  expect((await rest(`http://127.0.0.1:${server.port}`, 'GET', '/api/me', coord)).status).toBe(200);

  const client = connectClient(server.wsUrl, 'kc/dossier', coord);
  clients.push(client);
  await waitSynced(client);
  const named: VersionSummary[] = [];
  for (let i = 0; i < 5; i++) {
    writeParagraph(client.doc, 'vision', 0, `round${i} `);
    const watcher = connectClient(server.wsUrl, 'kc/dossier', coord);
    clients.push(watcher);
    await waitFor(() => readParagraph(watcher.doc, 'vision').includes(`round${i}`), { timeout: 5000 });
    const res = await api(server.port, 'POST', '/versions', { name: `v${i}` });
    expect(res.status).toBe(201);
    named.push(res.body.version as VersionSummary);
  }
  // One more burst, left to the automatic version.
  writeParagraph(client.doc, 'vision', 0, 'autosaved ');
  await waitFor(
    async () =>
      ((await api(server.port, 'GET', '/versions')).body.versions as VersionSummary[]).some(
        (v) => v.reason === 'edits' && v.createdAt > named.at(-1)!.createdAt,
      ),
    { timeout: 5000 },
  );
  const before = (await api(server.port, 'GET', '/versions')).body.versions as VersionSummary[];

  server.proc.kill('SIGKILL');
  await server.exited;
  for (const c of clients.splice(0)) c.destroy();
  server = await spawnServer(dir.path, env);

  const after = (await api(server.port, 'GET', '/versions')).body.versions as VersionSummary[];
  expect(after).toEqual(before);
  const restored = await api(server.port, 'POST', `/versions/${named[1]!.id}/restore`, { chapter: 'vision' });
  expect(restored.status, JSON.stringify(restored.body)).toBe(200);
  const fresh = connectClient(server.wsUrl, 'kc/dossier', coord);
  clients.push(fresh);
  await waitSynced(fresh);
  expect(readParagraph(fresh.doc, 'vision')).toBe('round0 round1 ');
});

it('names the authors of edits made before a kill -9 in the first version after the restart', async () => {
  const crashDir = tempDir('history-crash-authors');
  try {
    // No automatic version before the crash: the edits are only in the document and the noted authors.
    const env = { HISTORY_IDLE_MS: '600000' };
    let server = await spawnServer(crashDir.path, env);
    const identity = (userId: string, name: string, partnerId: string, role: 'coordinator' | 'editor') =>
      childToken({ userId, name, consortiumId: 'ka', partnerId, role });
    const anna = await identity('anna', 'Anna', 'pa', 'coordinator');
    const ben = await identity('ben', 'Ben', 'pb', 'editor');
    const base = () => `http://127.0.0.1:${server.port}`;
    expect((await rest(base(), 'GET', '/api/me', anna)).status).toBe(200);
    expect((await rest(base(), 'GET', '/api/me', ben)).status).toBe(200);
    const versions = async () =>
      (await rest<{ versions: VersionSummary[] }>(base(), 'GET', '/api/consortia/ka/versions', anna)).body.versions;
    const before = await versions();

    const writer = connectClient(server.wsUrl, 'ka/dossier', ben);
    clients.push(writer);
    await waitSynced(writer);
    for (const word of ['many ', 'keystrokes ', 'by Ben ']) writeParagraph(writer.doc, 'vision', 0, word);
    const watcher = connectClient(server.wsUrl, 'ka/dossier', anna);
    clients.push(watcher);
    await waitFor(() => readParagraph(watcher.doc, 'vision').includes('by Ben'), { timeout: 5000 });

    server.proc.kill('SIGKILL');
    await server.exited;
    for (const c of clients.splice(0)) c.destroy();
    server = await spawnServer(crashDir.path, env);

    expect(await versions()).toEqual(before);
    const named = await rest<{ version: VersionSummary }>(base(), 'POST', '/api/consortia/ka/versions', anna, { name: 'After the crash' });
    expect(named.status).toBe(201);
    // Ben typed. (Anna's test client, only reading, is counted too: it sends an update of its own when it connects.)
    expect(named.body.version.authors).toContainEqual({ userId: 'ben', name: 'Ben', partnerId: 'pb' });
    // Folded once: the next version has nobody left over.
    const again = await rest<{ version: VersionSummary }>(base(), 'POST', '/api/consortia/ka/versions', anna, { name: 'Later' });
    expect(again.body.version.authors).toEqual([]);
  } finally {
    await killAllServers();
    crashDir.remove();
  }
});
