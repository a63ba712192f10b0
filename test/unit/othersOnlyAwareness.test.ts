import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { othersOnlyAwareness } from '../../client/collab/othersOnlyAwareness.ts';

describe('othersOnlyAwareness', () => {
  it("calls change listeners for other people's changes only, and is otherwise the same awareness", () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const view = othersOnlyAwareness(mine);
    const seen: number[][] = [];
    const listener = ({ added, updated }: { added: number[]; updated: number[] }) => seen.push([...added, ...updated]);
    view.on('change', listener);

    view.setLocalStateField('cursor', { anchor: 1, head: 1 });
    expect(seen).toEqual([]);
    expect(mine.getLocalState()?.cursor).toEqual({ anchor: 1, head: 1 });
    expect(view.clientID).toBe(mine.clientID);

    theirs.setLocalStateField('cursor', { anchor: 2, head: 2 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    expect(seen).toEqual([[theirs.clientID]]);
    expect(view.getStates().get(theirs.clientID)?.cursor).toEqual({ anchor: 2, head: 2 });

    view.off('change', listener);
    theirs.setLocalStateField('cursor', { anchor: 3, head: 3 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    expect(seen).toHaveLength(1);
    mine.destroy();
    theirs.destroy();
  });
});
