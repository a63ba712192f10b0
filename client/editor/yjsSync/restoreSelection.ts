import type { Node as PMNode } from '@tiptap/pm/model';
import { AllSelection, NodeSelection, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import {
  findAbsolutePositionAfterStructuralChange,
  isMisresolvedAfterStructuralChange,
  relativePositionToAbsolutePosition,
  type ProsemirrorBinding,
} from '@tiptap/y-tiptap';

/**
 * Puts this page's selection back where it was in the shared text after a remote change: y-tiptap
 * 3.0.9's `restoreRelativeSelection` (not exported by the package), kept as it is so that carets
 * behave exactly as before.
 */

type RelativeSelection = ProsemirrorBinding['beforeTransactionSelection'] | null;

function absolute(binding: ProsemirrorBinding, relative: unknown): number | null {
  return relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping);
}

/** When Yjs resolves an endpoint into the wrong block (blocks moved), find it by content instead. */
function recoverEndpoint(newDoc: PMNode, oldDoc: PMNode, oldAbs: number | null | undefined, resolved: number | null): number | null {
  if (oldAbs == null) return resolved;
  const misresolved =
    resolved === null || (oldAbs > 1 && resolved <= 1) || isMisresolvedAfterStructuralChange(oldDoc, newDoc, oldAbs, resolved);
  if (!misresolved) return resolved;
  return findAbsolutePositionAfterStructuralChange(oldDoc, newDoc, oldAbs) ?? resolved;
}

function safeNodeSelection(tr: Transaction, pos: number): Selection {
  const $pos = tr.doc.resolve(pos);
  return $pos.nodeAfter ? NodeSelection.create(tr.doc, pos) : TextSelection.near($pos);
}

function safeNodeRangeSelection(tr: Transaction, anchor: number | null, head: number | null, depth: number | undefined): Selection | null {
  if (anchor === null || head === null) return null;
  const clamp = (pos: number) => Math.min(Math.max(pos, 0), tr.doc.content.size);
  try {
    const selection = Selection.fromJSON(tr.doc, { type: 'nodeRange', anchor: clamp(anchor), head: clamp(head), depth });
    return selection.ranges.length ? selection : TextSelection.near(tr.doc.resolve(clamp(anchor)));
  } catch {
    return TextSelection.near(tr.doc.resolve(clamp(anchor)));
  }
}

export function restoreRelativeSelection(tr: Transaction, relative: RelativeSelection, binding: ProsemirrorBinding, oldDoc: PMNode): void {
  if (relative == null || relative.anchor === null || relative.head === null) return;
  if (relative.type === 'all') {
    tr.setSelection(new AllSelection(tr.doc));
    return;
  }
  if (relative.type === 'node') {
    // Null when the node was deleted or moved out of the bound fragment by the remote change.
    const anchor = absolute(binding, relative.anchor);
    if (anchor !== null) tr.setSelection(safeNodeSelection(tr, anchor));
    return;
  }
  if (relative.type === 'nodeRange') {
    const selection = safeNodeRangeSelection(tr, absolute(binding, relative.anchor), absolute(binding, relative.head), relative.depth);
    if (selection !== null) tr.setSelection(selection);
    return;
  }
  let anchor = recoverEndpoint(tr.doc, oldDoc, relative.absAnchor, absolute(binding, relative.anchor));
  let head = recoverEndpoint(tr.doc, oldDoc, relative.absHead, absolute(binding, relative.head));
  // Collapse to the surviving endpoint rather than dropping the selection.
  anchor ??= head;
  head ??= anchor;
  if (anchor !== null && head !== null) tr.setSelection(TextSelection.between(tr.doc.resolve(anchor), tr.doc.resolve(head)));
}
