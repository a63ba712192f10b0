/**
 * Which of a page's document changes go to the server: a writer's offline copy does (it may hold
 * edits the server never had), a reader's does not (the server would refuse it), and while the page
 * does not know yet, the copy waits for the answer.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { sendOfflineCopyOnlyToWrite } from '../../client/collab/offlineCopyUpload.ts';

/** A document, what its provider would send, and the offline copy (only its identity matters: it is the origin of what it loads). */
function setup(options: { canWrite: boolean; provisional?: boolean }) {
  const doc = new Y.Doc();
  const sent: { update: Uint8Array; origin: unknown }[] = [];
  const provider = {
    _updateHandler: (update: Uint8Array, origin: unknown) => sent.push({ update, origin }),
  } as unknown as WebsocketProvider;
  /** The server's document, had it received what was sent. */
  const serverText = () => {
    const server = new Y.Doc();
    for (const { update } of sent) Y.applyUpdate(server, update);
    return server.getText('t').toString();
  };
  const local = {} as IndexeddbPersistence;
  const control = sendOfflineCopyOnlyToWrite(provider, doc, local, options);
  /** What the offline copy loads: a change made elsewhere, applied with the copy as its origin. */
  const loadFromCopy = (text: string) => {
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, text);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(elsewhere), local);
  };
  return { doc, sent, serverText, local, control, loadFromCopy };
}

describe('the offline copy goes to the server only from a page that may write', () => {
  it('a writer sends what the copy loads, and its own edits', () => {
    const { doc, sent, serverText, local, loadFromCopy } = setup({ canWrite: true });
    loadFromCopy('typed offline');
    doc.getText('t').insert(0, '> ');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.origin).toBe(local);
    expect(serverText()).toBe('> typed offline');
  });

  it('a reader sends nothing of the copy', () => {
    const { sent, loadFromCopy } = setup({ canWrite: false });
    loadFromCopy('kept for reading offline');
    expect(sent).toEqual([]);
  });

  it('before the page knows, the copy waits, and goes once, merged, if the page turns out to be a writer', () => {
    const { doc, sent, serverText, control, loadFromCopy } = setup({ canWrite: false, provisional: true });
    loadFromCopy('first');
    loadFromCopy('second');
    expect(sent).toEqual([]);
    control.update({ canWrite: true });
    expect(sent).toHaveLength(1);
    expect(serverText()).toBe(doc.getText('t').toString());
    expect(serverText()).toHaveLength('firstsecond'.length);
    // From now on it goes as it comes; nothing held is sent twice.
    doc.getText('t').insert(0, '!');
    control.update({ canWrite: true });
    expect(sent).toHaveLength(2);
    expect(serverText()).toBe(doc.getText('t').toString());
  });

  it('before the page knows, the copy waits, and is dropped if the page turns out to be a reader', () => {
    const { sent, control, loadFromCopy } = setup({ canWrite: false, provisional: true });
    loadFromCopy('a reader’s copy');
    control.update({ canWrite: false });
    control.update({ canWrite: true });
    expect(sent).toEqual([]);
  });

  it('once stopped, nothing is sent', () => {
    const { doc, sent, control } = setup({ canWrite: true });
    control.stop();
    doc.getText('t').insert(0, 'after the page closed');
    expect(sent).toEqual([]);
  });
});
