import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

interface CursorState {
  anchor: unknown;
  head: unknown;
}

function samePosition(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  return Y.compareRelativePositions(Y.createRelativePositionFromJSON(a), Y.createRelativePositionFromJSON(b));
}

function sameCursor(a: CursorState | null | undefined, b: CursorState | null | undefined): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  return samePosition(a.anchor, b.anchor) && samePosition(a.head, b.head);
}

/**
 * Less presence traffic while several people type, with the same carets on every page.
 *
 * - y-websocket sends every awareness change back to the server, other people's too (each caret
 *   move someone makes came back from every open page). The server already has those (it relays
 *   them), so only this page's own changes are sent.
 * - TipTap's caret plugin publishes this page's caret again after every remote change to the text,
 *   even when it has not moved in the shared text: every keystroke anyone made then made every
 *   other focused page send its caret, and every page redraw all carets. A caret is stored relative
 *   to the shared text, so others place it correctly without it being sent again: an unchanged
 *   caret is not published.
 */
export function reducePresenceTraffic(provider: WebsocketProvider): void {
  const { awareness } = provider;
  const sendChange = provider._awarenessUpdateHandler;
  const sendOwnChanges: typeof sendChange = (changes, origin) => {
    if (origin !== provider) sendChange(changes, origin);
  };
  awareness.off('update', sendChange);
  awareness.on('update', sendOwnChanges);
  // provider.destroy() unsubscribes the handler it holds.
  provider._awarenessUpdateHandler = sendOwnChanges;

  const setField = awareness.setLocalStateField.bind(awareness);
  awareness.setLocalStateField = (field: string, value: unknown) => {
    const current = awareness.getLocalState()?.[field] as CursorState | null | undefined;
    if (field === 'cursor' && sameCursor(current, value as CursorState | null)) return;
    setField(field, value);
  };
}
