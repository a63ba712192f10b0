import * as Y from 'yjs';
import type { EditorView } from '@tiptap/pm/view';
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { ThreadMeta } from '../../shared/discussion.ts';

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

function syncState(state: EditorState): SyncState | undefined {
  const s = ySyncPluginKey.getState(state) as SyncState | undefined;
  return s?.binding ? s : undefined;
}

/**
 * Relative positions for a range, so a thread keeps pointing at its words while others edit around it.
 * The start sticks to the first commented character and the end to the last one, so text typed
 * right before or right after the words stays outside the range. (y-tiptap's conversion ties every
 * position to the character on its left, which would pull text typed just before the words into it.)
 */
export function anchorFor(state: EditorState, from: number, to: number): ThreadMeta['anchor'] | undefined {
  const s = syncState(state);
  if (!s) return undefined;
  const toRelative = (pos: number) => absolutePositionToRelativePosition(pos, s.type, s.binding!.mapping as never);
  return {
    from: Y.relativePositionToJSON(stickToNextCharacter(s.doc, toRelative(from))),
    to: Y.relativePositionToJSON(toRelative(to)),
  };
}

/** The same place, tied to the character on its right (assoc 0) when it is inside a text. */
function stickToNextCharacter(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index >= absolute.type.length) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}

/** The anchor's current range, or null when its text was deleted (the thread is then "detached"). */
export function resolveAnchor(state: EditorState, anchor: ThreadMeta['anchor']): { from: number; to: number } | null {
  const s = syncState(state);
  if (!s) return null;
  try {
    const from = relativePositionToAbsolutePosition(
      s.doc,
      s.type,
      Y.createRelativePositionFromJSON(anchor.from),
      s.binding!.mapping as never,
    );
    const to = relativePositionToAbsolutePosition(s.doc, s.type, Y.createRelativePositionFromJSON(anchor.to), s.binding!.mapping as never);
    if (from === null || to === null || to <= from) return null;
    // Words deleted across a paragraph break leave the ends on either side of it, covering nothing.
    if (state.doc.textBetween(from, to) === '') return null;
    return { from, to };
  } catch {
    return null;
  }
}

/**
 * The selected range in the editor from the DOM selection. Read from the DOM rather than the editor
 * state because commenters have a read-only editor, in which they can still select text.
 */
export function domSelectionRange(view: EditorView): { from: number; to: number; text: string } | undefined {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return undefined;
  try {
    const from = view.posAtDOM(range.startContainer, range.startOffset);
    const to = view.posAtDOM(range.endContainer, range.endOffset);
    if (to <= from) return undefined;
    const $from = view.state.doc.resolve(from);
    const $to = view.state.doc.resolve(to);
    // One thread belongs to one chapter.
    if ($from.depth < 1 || $to.depth < 1 || $from.index(0) !== $to.index(0)) return undefined;
    return { from, to, text: view.state.doc.textBetween(from, to, ' ').slice(0, 500) };
  } catch {
    return undefined;
  }
}

export function chapterAt(state: EditorState, pos: number): string {
  const $pos = state.doc.resolve(pos);
  return $pos.depth > 0 ? String($pos.node(1).attrs.key ?? '') : '';
}
