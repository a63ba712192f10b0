import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientSession } from '../../server/rooms/clientSession.ts';
import type { Connection } from '../../server/rooms/connection.ts';
import { RoomRegistry } from '../../server/rooms/roomRegistry.ts';
import { createMemoryStorage } from '../../server/storage/memory.ts';
import * as decoding from 'lib0/decoding';
import { encodeSyncStep1, encodeSyncUpdate } from '../../shared/protocol/encode.ts';
import { waitFor } from '../utils/waitFor.ts';

const KEY = 'c1/dossier';

class RecordingConnection implements Connection {
  readonly id = 'conn-1';
  readonly identity = { userId: 'u1', name: 'U', consortiumId: 'c1', partnerId: 'p1', role: 'editor' as const };
  canWrite = true;
  readonly wantsAcks = false;
  /** Every message sent, with whether the room had finished loading at that moment. */
  readonly sent: { kind: string; payload?: Uint8Array; roomLoaded: boolean }[] = [];
  constructor(private readonly registry: RoomRegistry) {}
  send(data: Uint8Array): void {
    const roomLoaded = this.registry.get(KEY)?.loaded ?? false;
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    const step = type === 0 ? decoding.readVarUint(decoder) : -1;
    if (type === 0 && step === 1) this.sent.push({ kind: 'step2', payload: decoding.readVarUint8Array(decoder), roomLoaded });
    else this.sent.push({ kind: `type ${type} step ${step}`, roomLoaded });
  }
  close(code: number, reason: string): void {
    throw new Error(`closed ${code} ${reason}`);
  }
}

async function storedDocument(text: string) {
  const storage = createMemoryStorage();
  const source = new Y.Doc();
  source.getText('t').insert(0, text);
  const snapshot = Y.encodeStateAsUpdate(source);
  await storage.documents.append(KEY, snapshot);
  const registry = new RoomRegistry(storage.documents, {
    unloadDelayMs: 60_000,
    compactAfterUpdates: 1e9,
    compactAfterBytes: 1e9,
    log: () => {},
  });
  return { registry, snapshot, source };
}

describe('client session', () => {
  it('queues messages from before the socket is admitted and while the room loads, then handles them in order', async () => {
    const { registry } = await storedDocument('stored');
    const conn = new RecordingConnection(registry);
    const session = new ClientSession((e) => {
      throw e;
    });
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (u: Uint8Array) => updates.push(u));
    writer.getText('t').insert(0, 'x');
    writer.getText('t').insert(1, 'y');
    // Arrive while the token is still being checked: no room, no connection yet.
    for (const u of updates) session.receive(encodeSyncUpdate(u));
    expect(session.queuedMessages).toBe(2);
    session.attach(registry, conn, KEY);
    await waitFor(() => session.queuedMessages === 0 && registry.get(KEY)?.loaded);
    await registry.get(KEY)!.flushed();
    const text = registry.get(KEY)!.doc.getText('t').toString();
    expect(text.includes('xy')).toBe(true);
    session.close();
    await registry.closeAll();
  });

  it('answers a fresh client from the stored state before the room has applied it', async () => {
    const { registry, snapshot, source } = await storedDocument('a large document');
    const conn = new RecordingConnection(registry);
    const session = new ClientSession((e) => {
      throw e;
    });
    session.receive(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    session.attach(registry, conn, KEY);
    await waitFor(() => registry.get(KEY)?.loaded);
    const step2 = conn.sent.filter((m) => m.kind === 'step2');
    expect(step2).toHaveLength(1);
    expect(step2[0]!.roomLoaded).toBe(false);
    const fresh = new Y.Doc();
    expect(step2[0]!.payload).toEqual(snapshot); // the stored bytes as they are
    Y.applyUpdate(fresh, step2[0]!.payload!);
    expect(fresh.getText('t').toString()).toBe(source.getText('t').toString());
    session.close();
    await registry.closeAll();
  });

  it('answers a client that already holds part of the document only once the room is loaded', async () => {
    const { registry, source } = await storedDocument('shared');
    const conn = new RecordingConnection(registry);
    const session = new ClientSession((e) => {
      throw e;
    });
    session.receive(encodeSyncStep1(Y.encodeStateVector(source)));
    session.attach(registry, conn, KEY);
    await waitFor(() => conn.sent.some((m) => m.kind === 'step2'));
    expect(conn.sent.find((m) => m.kind === 'step2')!.roomLoaded).toBe(true);
    session.close();
    await registry.closeAll();
  });
});
