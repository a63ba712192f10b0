import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { loadStoredDoc } from '../utils/stored.ts';
import { waitFor } from '../utils/waitFor.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';

/** Provisioning (docs/ARCHITECTURE.md, "Contracts"): a valid token for an unknown consortium id creates it, seeded once. */
let ts: TestServer | undefined;
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
  ts = undefined;
});

const chapterKeys = (doc: Y.Doc) =>
  doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.getAttribute('key') : undefined));

describe('provisioning by token', () => {
  it('creates the consortium record, the membership and a dossier of exactly the 19 guideline chapters', async () => {
    ts = await startTestServer();
    expect(await ts.server.storage.consortia.get('fresh-co')).toBeUndefined();
    const client = connectClient(
      ts.wsUrl,
      'fresh-co/dossier',
      await ts.token({ userId: 'ann', consortiumId: 'fresh-co', partnerId: 'north', role: 'coordinator' }),
    );
    clients.push(client);
    await waitSynced(client);

    expect(chapterKeys(client.doc)).toEqual([...CHAPTER_KEYS]);
    expect(CHAPTER_KEYS).toHaveLength(19);
    const record = await ts.server.storage.consortia.get('fresh-co');
    expect(record).toMatchObject({ id: 'fresh-co', partners: [{ id: 'north' }] });
    expect((await ts.server.storage.members.get('fresh-co', 'ann'))?.role).toBe('coordinator');
    const stored = await ts.server.storage.documents.load('fresh-co/dossier');
    expect(stored.updates).toHaveLength(1); // the seed, stored with the record
    expect(chapterKeys(await loadStoredDoc(ts.server.storage, 'fresh-co/dossier'))).toEqual([...CHAPTER_KEYS]);
    // The other document exists too, empty until someone writes it.
    expect((await ts.server.storage.documents.load('fresh-co/discussion')).updates).toEqual([]);
  });

  it('seeds once when several people open a brand-new consortium at the same moment', async () => {
    ts = await startTestServer();
    const server = ts;
    const partners = ['north', 'south', 'east', 'west', 'centre'];
    const tokens = await Promise.all(
      partners.map((partnerId, i) => server.token({ userId: `u${i}`, consortiumId: 'race-co', partnerId, role: 'editor' })),
    );
    const racers = tokens.map((token) => connectClient(server.wsUrl, 'race-co/dossier', token));
    clients.push(...racers);
    await Promise.all(racers.map((c) => waitSynced(c)));

    for (const c of racers) expect(chapterKeys(c.doc)).toEqual([...CHAPTER_KEYS]);
    expect((await ts.server.storage.documents.load('race-co/dossier')).updates).toHaveLength(1);
    expect((await ts.server.storage.consortia.list()).map((r) => r.id)).toEqual(['race-co']);
    const record = await ts.server.storage.consortia.get('race-co');
    expect(record!.partners.map((p) => p.id).sort()).toEqual([...partners].sort()); // no partner lost to the race
    expect((await ts.server.storage.members.list('race-co')).map((m) => m.userId).sort()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);

    // Everyone edits the one dossier; a restart and a late joiner still find 19 chapters plus the edits.
    racers.forEach((c, i) => c.doc.getText('t').insert(0, `${i};`));
    await waitFor(() => racers.every((c) => c.doc.getText('t').length === 10));
    await ts.restart();
    const late = connectClient(
      ts.wsUrl,
      'race-co/dossier',
      await ts.token({ userId: 'late', consortiumId: 'race-co', partnerId: 'north' }),
    );
    clients.push(late);
    await waitSynced(late);
    expect(chapterKeys(late.doc)).toEqual([...CHAPTER_KEYS]);
    expect(late.doc.getText('t').toString()).toBe(racers[0]!.doc.getText('t').toString());
  });
});
