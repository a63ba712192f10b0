/**
 * The room's side of the fan-out (RoomLink, RoomRegistry): it subscribes before it reads storage,
 * and what another instance stored while the room loaded reaches every client, including one
 * answered from the stored state before the room had applied it (Hocuspocus #995: stale content).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { ClientSession } from '../../server/rooms/clientSession.ts';
import type { Connection } from '../../server/rooms/connection.ts';
import type { DocumentLink, LinkKind } from '../../server/rooms/roomLink.ts';
import { RoomRegistry } from '../../server/rooms/roomRegistry.ts';
import { createMemoryStorage } from '../../server/storage/memory.ts';
import type { DocumentStore } from '../../server/storage/types.ts';
import { encodeSyncStep1 } from '../../shared/protocol/encode.ts';
import { waitFor } from '../utils/waitFor.ts';

const KEY = 'c1/dossier';

/** Applies every sync step 2 and update it is sent to a doc of its own, as a client would. */
class ClientDocConnection implements Connection {
  readonly id = 'conn';
  readonly identity = { userId: 'u1', name: 'U', consortiumId: 'c1', partnerId: 'p1', role: 'editor' as const };
  canWrite = true;
  readonly wantsAcks = false;
  readonly doc = new Y.Doc();
  send(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== 0) return;
    if (decoding.readVarUint(decoder) === 0) return; // the server's step 1
    Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder));
  }
  close(code: number, reason: string): void {
    throw new Error(`closed ${code} ${reason}`);
  }
}

function textUpdate(text: string, clientID: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('a room linked to other instances', () => {
  it('subscribes before reading storage, and an update heard during the load reaches a client answered from the stored state', async () => {
    const storage = createMemoryStorage();
    await storage.documents.append(KEY, textUpdate('stored;', 1));
    const events: string[] = [];
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const store: DocumentStore = {
      ...storage.documents,
      load: async (key) => {
        events.push('load');
        const stored = await storage.documents.load(key);
        await gate; // the read is done; the room has not applied it yet
        return stored;
      },
    };
    let hear: ((kind: LinkKind, payload: Uint8Array) => void) | undefined;
    const published: LinkKind[] = [];
    const fanout = {
      async subscribe(_key: string, handler: (kind: LinkKind, payload: Uint8Array) => void): Promise<DocumentLink> {
        events.push('subscribe');
        hear = handler;
        return { publish: (kind) => published.push(kind), close: () => events.push('unsubscribe') };
      },
    };
    const registry = new RoomRegistry(store, {
      unloadDelayMs: 0,
      compactAfterUpdates: 1e9,
      compactAfterBytes: 1e9,
      log: () => {},
      fanout,
      sharedStorage: true,
    });

    const conn = new ClientDocConnection();
    const session = new ClientSession((error) => {
      throw error;
    });
    session.receive(encodeSyncStep1(Y.encodeStateVector(conn.doc))); // a fresh client: asks for everything
    session.attach(registry, conn, KEY);
    await waitFor(() => events.includes('load'));
    expect(events).toEqual(['subscribe', 'load']);

    // Another instance stores and publishes an update after our read.
    const theirs = textUpdate('theirs;', 2);
    await storage.documents.append(KEY, theirs);
    hear!('update', theirs);
    openGate();

    await waitFor(() => registry.get(KEY)?.loaded);
    await waitFor(() => conn.doc.getText('t').toString().includes('theirs;'), {
      message: 'the client was left with the stale stored state',
    });
    expect(conn.doc.getText('t').toString()).toContain('stored;');
    expect(registry.get(KEY)!.doc.getText('t').toString()).toBe(conn.doc.getText('t').toString());
    // Heard, not stored again and not published back.
    expect((await storage.documents.load(KEY)).updates).toHaveLength(2);
    expect(published).toEqual([]);

    session.close();
    await waitFor(() => events.includes('unsubscribe'), { message: 'the room did not unsubscribe when it unloaded' });
  });
});
