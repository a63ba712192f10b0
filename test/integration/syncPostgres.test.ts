import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { configFromEnv } from '../../server/config.ts';
import { testConfig } from '../utils/testConfig.ts';
import { startServer } from '../../server/server.ts';
import { startTestServer, TEST_SECRET, type TestServer } from '../utils/testServer.ts';
import { tempDir } from '../utils/tempDir.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { freshSchema, querySchema, type PostgresSchema } from '../utils/postgres.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

let ts: TestServer | undefined;
let schema: PostgresSchema | undefined;
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
  ts = undefined;
  await schema?.drop();
  schema = undefined;
});

const open = async (userId: string) => {
  const c = connectClient(ts!.wsUrl, 'c1/dossier', await ts!.token({ userId, name: userId }));
  clients.push(c);
  return c;
};
const text = (c: SyncClient) => c.doc.getText('t').toString();

describe('the server on PostgreSQL (DATABASE_URL)', () => {
  it('reads DATABASE_URL from the environment and refuses anything but a postgres URL', () => {
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@db:5432/jointly' }).databaseUrl).toBe('postgres://u@db:5432/jointly');
    expect(configFromEnv({}).databaseUrl).toBeUndefined();
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://u@db/jointly' })).toThrow(/DATABASE_URL must start with postgres/);
  });

  it('syncs two clients, keeps everything across a restart, and stores it in PostgreSQL, not SQLite', async () => {
    schema = await freshSchema();
    ts = await startTestServer({ databaseUrl: schema.url });
    const [a, b] = [await open('a'), await open('b')];
    await Promise.all([waitSynced(a), waitSynced(b)]);
    expect(a.doc.getXmlFragment(DOSSIER_FRAGMENT).length).toBe(19); // seeded by the server, in PostgreSQL
    a.doc.getText('t').insert(0, 'from a on postgres. ');
    b.doc.getText('t').insert(0, 'from b on postgres. ');
    await waitFor(() => text(a) === text(b) && text(a).length === 40, { message: 'a and b did not converge' });
    const expected = Y.encodeStateVector(a.doc);

    await ts.restart();
    const fresh = await open('fresh');
    await waitSynced(fresh);
    expect(text(fresh)).toBe(text(a));
    expect(Y.encodeStateVector(fresh.doc)).toEqual(expected);

    const stored = await querySchema<{ n: string }>(schema, `SELECT count(*) AS n FROM doc_updates WHERE doc = 'c1/dossier'`);
    expect(Number(stored[0]!.n)).toBeGreaterThan(0);
    const consortia = await querySchema<{ id: string }>(schema, 'SELECT id FROM consortia');
    expect(consortia.map((c) => c.id)).toEqual(['c1']);
    expect(existsSync(join(ts.dataDir, 'jointly.db'))).toBe(false);
  });

  it('stops the start with a clear message when PostgreSQL cannot be reached', async () => {
    const dir = tempDir('pg-unreachable');
    try {
      const config = testConfig({ dataDir: dir.path, authSecret: TEST_SECRET, databaseUrl: 'postgres://postgres:secret@127.0.0.1:1/none' });
      await expect(startServer(config)).rejects.toThrow(/PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
    } finally {
      dir.remove();
    }
  });
});
