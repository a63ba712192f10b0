/**
 * Several instances on one PostgreSQL and one Redis (REDIS_URL), all real: clients on different
 * instances edit one document and converge, see each other's presence, read comments posted through
 * another instance's REST API, and a member removed on one instance loses their sockets on every
 * other within a second. Each test has its own PostgreSQL schema and Redis channel prefix.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/closeCodes.ts';
import { readThreads } from '../../shared/discussion.ts';
import type { Role } from '../../shared/roles.ts';
import { startCluster, type Cluster } from '../utils/cluster.ts';
import { freshSchema, type PostgresSchema } from '../utils/postgres.ts';
import { requireRedis, uniquePrefix } from '../utils/redis.ts';
import { paragraphText, readParagraph, rest, writeParagraph } from '../utils/review.ts';
import { connectClient, connectClientWith, waitClosed, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { watchSaved, writesSent, WriteCountingWebSocket } from '../utils/acks.ts';

let redisUrl: string;
let cluster: Cluster | undefined;
let schema: PostgresSchema | undefined;
const clients: SyncClient[] = [];

beforeAll(async () => {
  redisUrl = await requireRedis();
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await cluster?.stop();
  cluster = undefined;
  await schema?.drop();
  schema = undefined;
});

async function threeInstances(label: string): Promise<Cluster> {
  schema = await freshSchema();
  cluster = await startCluster(3, { databaseUrl: schema.url, redisUrl, redisPrefix: uniquePrefix(label) });
  return cluster;
}

function connect(wsUrl: string, room: string, token: string, params: Record<string, string> = {}): SyncClient {
  const c = connectClient(wsUrl, room, token, params);
  clients.push(c);
  return c;
}

/** Makes the person a member (the first valid token provisions the consortium and the membership). */
async function provision(baseUrl: string, token: string): Promise<void> {
  const me = await rest(baseUrl, 'GET', '/api/me', token);
  expect(me.status, JSON.stringify(me.body)).toBe(200);
}

const text = (c: SyncClient) => c.doc.getText('t').toString();

describe('scale-out over Redis', () => {
  it('clients on three instances type into one document and converge, with acks and presence from everywhere', async () => {
    const { instances, token } = await threeInstances('converge');
    const room = 'c1/dossier';
    const people = ['ana', 'ben', 'cleo'];
    const writers = await Promise.all(
      instances.map(async (instance, i) => {
        const c = connectClientWith(instance.wsUrl, room, await token({ userId: people[i]!, name: people[i]!, partnerId: `p${i}` }), {
          params: { acks: '1' },
          WebSocketClass: WriteCountingWebSocket,
        });
        clients.push(c);
        return c;
      }),
    );
    const saved = writers.map((w) => watchSaved(w.provider));
    await Promise.all(writers.map((w) => waitSynced(w)));
    // Seeded once, by whichever instance provisioned the consortium: every instance serves the same dossier.
    const seeded = writers.map((w) => w.doc.getXmlFragment('content').length);
    expect(new Set(seeded).size).toBe(1);

    for (let round = 0; round < 20; round++) {
      writers.forEach((w, i) => w.doc.getText('t').insert(0, `${people[i]}${round};`));
    }
    await waitFor(() => writers.every((w) => text(w) === text(writers[0]!) && text(w).split(';').length === 61), {
      message: 'the three instances did not converge',
    });
    // Every write was acknowledged by the instance it went to.
    const sent = writers.map((w) => writesSent(w.provider));
    expect(Math.min(...sent)).toBeGreaterThanOrEqual(20);
    await waitFor(() => saved.every((counts, i) => counts.at(-1) === sent[i]), {
      message: `not every write was acknowledged: ${JSON.stringify(saved.map((s) => s.at(-1)))} of ${JSON.stringify(sent)}`,
    });

    // Presence: a caret set on instance A is seen on B and C, with the identity the server stamped.
    writers[0]!.provider.awareness.setLocalStateField('cursor', { at: 3 });
    for (const other of writers.slice(1)) {
      await waitFor(
        () =>
          (other.provider.awareness.getStates().get(writers[0]!.doc.clientID) as { cursor?: { at: number } } | undefined)?.cursor?.at === 3,
        {
          message: 'a caret on A did not reach another instance',
        },
      );
    }
    // And it goes away on B and C when its client leaves A.
    const leaving = writers[0]!.doc.clientID;
    writers[0]!.provider.disconnect();
    for (const other of writers.slice(1)) {
      await waitFor(() => !other.provider.awareness.getStates().has(leaving), { message: 'a departed caret stayed on another instance' });
    }

    // A fresh client on another instance reads the whole document.
    const fresh = connect(instances[2]!.wsUrl, room, await token({ userId: 'fresh' }));
    await waitSynced(fresh);
    await waitFor(() => text(fresh) === text(writers[1]!));
  });

  it('a comment posted through instance A appears live on a client connected to instance C', async () => {
    const { instances, token } = await threeInstances('comment');
    const [a, , c] = instances;
    const author = await token({ userId: 'anna', name: 'Anna', partnerId: 'pa', role: 'coordinator' });
    const reader = await token({ userId: 'carl', name: 'Carl', partnerId: 'pc', role: 'viewer' });
    await provision(a!.url, author);
    await provision(c!.url, reader);
    const discussion = connect(c!.wsUrl, 'c1/discussion', reader);
    await waitSynced(discussion);
    const created = await rest<{ threadId: string }>(a!.url, 'POST', '/api/consortia/c1/threads', author, {
      chapter: 'curriculum',
      anchor: { from: {}, to: {} },
      quote: 'modules',
      text: 'Posted on A, read on C.',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await waitFor(
      () => readThreads(discussion.doc).find((t) => t.id === created.body.threadId)?.messages[0]?.text === 'Posted on A, read on C.',
      {
        message: 'the comment did not reach C',
      },
    );
  });

  it('a member removed on instance A loses their sockets on B and C within a second', async () => {
    const { instances, token } = await threeInstances('removal');
    const [a, b, c] = instances;
    const coordinator = await token({ userId: 'anna', name: 'Anna', partnerId: 'pa', role: 'coordinator' });
    const member = await token({ userId: 'mo', name: 'Mo', partnerId: 'pb', role: 'editor' as Role });
    await provision(a!.url, coordinator);
    await provision(b!.url, member);
    const onB = connect(b!.wsUrl, 'c1/dossier', member);
    const onC = connect(c!.wsUrl, 'c1/dossier', member);
    await Promise.all([waitSynced(onB), waitSynced(onC)]);

    const started = performance.now();
    const removed = await rest(a!.url, 'DELETE', '/api/consortia/c1/members/mo', coordinator);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    const [closeB, closeC] = await Promise.all([waitClosed(onB, 1_000), waitClosed(onC, 1_000)]);
    const elapsed = performance.now() - started;
    expect(closeB.code).toBe(CloseCode.forbidden);
    expect(closeC.code).toBe(CloseCode.forbidden);
    expect(elapsed).toBeLessThan(1_000);
    console.log(`[scale-out] removal on A closed the member's sockets on B and C after ${Math.round(elapsed)} ms`);

    // And they cannot come back on any instance.
    onB.provider.shouldConnect = false;
    onC.provider.shouldConnect = false;
    const again = connect(c!.wsUrl, 'c1/dossier', member);
    expect((await waitClosed(again)).code).toBe(CloseCode.forbidden);
  });

  it('an agreement executed on instance A is read-only at once for a dossier already open on B, and editable again after an amendment', async () => {
    schema = await freshSchema();
    cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl, redisPrefix: uniquePrefix('freeze') });
    const [a, b] = cluster.instances;
    const coordinator = await cluster.token({ userId: 'anna', name: 'Anna', partnerId: 'pa', role: 'coordinator' });
    const editor = await cluster.token({ userId: 'mo', name: 'Mo', partnerId: 'pb', role: 'editor' as Role });
    await provision(a!.url, coordinator);
    await provision(b!.url, editor);
    // B holds the dossier open (and so knows it as not frozen) before A executes.
    const agreementWriter = connect(b!.wsUrl, 'c1/dossier', editor);
    const visionWriter = connect(b!.wsUrl, 'c1/dossier', editor);
    await Promise.all([waitSynced(agreementWriter), waitSynced(visionWriter)]);
    writeParagraph(agreementWriter.doc, 'agreement', 0, 'The partners agree. ');

    const executed = await rest(a!.url, 'POST', '/api/consortia/c1/agreement/executions', coordinator, { despiteOpenPoints: true });
    expect(executed.status, JSON.stringify(executed.body)).toBe(201);
    // Edits of the agreement through B are refused with 4423 from now on; other chapters carry on.
    // B heard of the freeze through Redis, not by reloading: the socket is closed at its next agreement edit.
    let n = 0;
    await waitFor(
      () => {
        if (agreementWriter.closes.length === 0) writeParagraph(agreementWriter.doc, 'agreement', 0, `Late change ${n++}. `);
        return agreementWriter.closes.length > 0;
      },
      { timeout: 5_000, interval: 50, message: 'B kept accepting agreement edits after the execution on A' },
    );
    expect((await waitClosed(agreementWriter)).code).toBe(CloseCode.frozen);
    writeParagraph(visionWriter.doc, 'vision', 0, 'Still open. ');
    const reader = connect(a!.wsUrl, 'c1/dossier', coordinator);
    await waitSynced(reader);
    await waitFor(() => readParagraph(reader.doc, 'vision').includes('Still open.'));
    expect(visionWriter.closes).toEqual([]);

    // The coordinator starts an amendment on A: B accepts agreement edits again.
    expect((await rest(a!.url, 'POST', '/api/consortia/c1/agreement/amendment', coordinator)).status).toBe(200);
    const amending = connect(b!.wsUrl, 'c1/dossier', editor);
    await waitSynced(amending);
    writeParagraph(amending.doc, 'agreement', 0, 'Amended text. ');
    await waitFor(() => readParagraph(reader.doc, 'agreement').includes('Amended text.'));
    expect(amending.closes).toEqual([]);
  });

  it('automatic versions: an instance compares with the newest version, whichever instance took it, and takes none for no change', async () => {
    schema = await freshSchema();
    cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl, redisPrefix: uniquePrefix('versions'), historyIdleMs: 300 });
    const [a, b] = cluster.instances;
    const token = await cluster.token({ userId: 'w', consortiumId: 'cv' });
    await provision(a!.url, token);
    const onA = connect(a!.wsUrl, 'cv/dossier', token);
    const onB = connect(b!.wsUrl, 'cv/dossier', token);
    await Promise.all([waitSynced(onA), waitSynced(onB)]);
    const versions = () => a!.server.storage.versions.list('cv');

    // 1. Written through A: A takes a version. 2. Written through B: B takes the next one.
    writeParagraph(onA.doc, 'vision', 0, 'First.');
    await waitFor(async () => (await versions()).length === 1);
    await waitFor(() => readParagraph(onB.doc, 'vision') === 'First.');
    writeParagraph(onB.doc, 'vision', 0, ' Second.');
    await waitFor(async () => (await versions()).length === 2);
    // 3. Through A, a word typed and taken back: the dossier is as in the newest version (B's). A used to
    // compare with its own, older one and took a third version of the same text.
    await waitFor(() => readParagraph(onA.doc, 'vision') === 'First. Second.');
    writeParagraph(onA.doc, 'vision', 0, ' Oops');
    onA.doc.transact(() => paragraphText(onA.doc, 'vision').delete('First. Second.'.length, ' Oops'.length));
    await waitFor(() => readParagraph(onB.doc, 'vision') === 'First. Second.');
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // well past A's idle timer
    const taken = await versions();
    expect(taken).toHaveLength(2);
    expect(taken[1]!.changed).toEqual(['vision']);
  });

  it("automatic versions: when both instances' timers fire together after the same edits, one version is taken", async () => {
    schema = await freshSchema();
    cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl, redisPrefix: uniquePrefix('race'), historyIdleMs: 300 });
    const [a, b] = cluster.instances;
    const token = await cluster.token({ userId: 'w', consortiumId: 'cr' });
    await provision(a!.url, token);
    const onA = connect(a!.wsUrl, 'cr/dossier', token);
    const onB = connect(b!.wsUrl, 'cr/dossier', token);
    await Promise.all([waitSynced(onA), waitSynced(onB)]);
    const versions = () => a!.server.storage.versions.list('cr');
    for (let round = 1; round <= 3; round++) {
      // The same moment on both instances: each arms its idle timer, and both fire together.
      writeParagraph(onA.doc, 'vision', 0, `A${round}.`);
      writeParagraph(onB.doc, 'quality', 0, `B${round}.`);
      await waitFor(
        () => readParagraph(onA.doc, 'quality').includes(`B${round}.`) && readParagraph(onB.doc, 'vision').includes(`A${round}.`),
      );
      await waitFor(async () => (await versions()).length >= round);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // both timers have fired
      expect((await versions()).map((v) => v.reason)).toEqual(Array.from({ length: round }, () => 'edits'));
    }
  });

  it('with compaction every few updates on both instances, storage holds everything both received', async () => {
    schema = await freshSchema();
    // Compaction after every few updates: each instance reads the shared log back first (see the unit test of RoomPersistence).
    const prefix = uniquePrefix('compact');
    cluster = await startCluster(2, { databaseUrl: schema.url, redisUrl, redisPrefix: prefix, compactAfterUpdates: 4 });
    const [a, b] = cluster.instances;
    const token = await cluster.token({ userId: 'w', consortiumId: 'c2' });
    const onA = connect(a!.wsUrl, 'c2/dossier', token);
    const onB = connect(b!.wsUrl, 'c2/dossier', token);
    await Promise.all([waitSynced(onA), waitSynced(onB)]);
    for (let i = 0; i < 30; i++) (i % 2 === 0 ? onA : onB).doc.getText('t').insert(0, `x${i};`);
    await waitFor(() => text(onA).split(';').length === 31 && text(onA) === text(onB));
    await Promise.all(cluster.instances.map((i) => i.server.registry.get('c2/dossier')!.flushed()));

    const stored = await a!.server.storage.documents.load('c2/dossier');
    const fromStorage = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(fromStorage, update);
    expect(fromStorage.getText('t').toString()).toBe(text(onA));
  });
});
