import { afterAll, afterEach, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { buildDossierSeed } from '../../server/consortia/seed.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { childToken, killAllServers, spawnServer } from '../utils/childServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { tempDir } from '../utils/tempDir.ts';
import { waitFor } from '../utils/waitFor.ts';

/**
 * `npm start` runs the server compiled by esbuild (scripts/start.mjs → dist-server/start.js), not
 * the TypeScript sources: this drives that build end to end, the way production runs it.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const clients: SyncClient[] = [];
const dir = tempDir('production-build');

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await killAllServers();
});
afterAll(() => dir.remove());

function open(wsUrl: string, room: string, token: string): SyncClient {
  const client = connectClient(wsUrl, room, token);
  clients.push(client);
  return client;
}

it('the compiled server seeds, syncs, stores and serves the document again after a restart', async () => {
  // The first start may have to build (esbuild and the seed in a child): give it time.
  let server = await spawnServer(dir.path, {}, 120_000, { production: true });
  const bundle = resolve(ROOT, 'dist-server', 'start.js');
  expect(existsSync(bundle)).toBe(true);
  expect(readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0')).toEqual([process.execPath, 'scripts/start.mjs', '']);

  const token = await childToken();
  const a = open(server.wsUrl, 'c1/dossier', token);
  const b = open(server.wsUrl, 'c1/dossier', await childToken({ userId: 'u2', partnerId: 'p2' }));
  await Promise.all([waitSynced(a), waitSynced(b)]);

  // The seed the compiled server read from dist-server/ is the one the sources build.
  const expected = new Y.Doc();
  Y.applyUpdate(expected, await buildDossierSeed());
  expect(a.doc.getXmlFragment(DOSSIER_FRAGMENT).toString()).toBe(expected.getXmlFragment(DOSSIER_FRAGMENT).toString());
  expect(a.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBeGreaterThan(0);

  a.doc.getText('notes').insert(0, 'written through the compiled server');
  await waitFor(() => b.doc.getText('notes').toString() === 'written through the compiled server');

  for (const c of clients.splice(0)) c.destroy();
  server.proc.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);

  server = await spawnServer(dir.path, {}, 120_000, { production: true });
  const fresh = open(server.wsUrl, 'c1/dossier', token);
  await waitSynced(fresh);
  expect(fresh.doc.getText('notes').toString()).toBe('written through the compiled server');
  expect(fresh.doc.getXmlFragment(DOSSIER_FRAGMENT).toString()).toBe(expected.getXmlFragment(DOSSIER_FRAGMENT).toString());
});
