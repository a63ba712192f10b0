import * as Y from 'yjs';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap';
import { adoptDocumentNodes, cachedOrNewNode, forgetChangedTypes } from './nodesFromYjs.ts';
import { restoreRelativeSelection } from './restoreSelection.ts';

/**
 * Other people's edits reach the editor as the smallest ProseMirror change.
 *
 * @tiptap/y-tiptap 3.0.9 (the latest) answers every remote Yjs change in
 * `ProsemirrorBinding._typeChanged` by clearing its whole Yjs→ProseMirror node cache, building every
 * node of the dossier again and replacing the whole document, so every plugin and the view re-check
 * all chapters for one typed letter. Here only the changed Yjs types and their ancestors are built
 * again (the others come from the cache, the same objects as in the document), and the transaction
 * replaces only the range where the old and new documents differ. Selection restoring and the
 * `ySyncPluginKey` meta (`isChangeOrigin`) stay as y-tiptap has them; remote changes never scroll.
 *
 * The binding is created inside TipTap's Collaboration extension and neither the class nor the plugin
 * can be swapped from outside, so the method is replaced on the prototype, once, before any editor is
 * made (the constructor binds `_typeChanged` when the binding is created). History snapshots are
 * still rendered by y-tiptap. `test/unit/remoteSyncFuzz.test.ts` checks the result against Yjs.
 */

/** Replaces what differs between the document and `content` with one step; false if that step does not give `content`. */
function replaceDifference(tr: Transaction, content: Fragment): boolean {
  const old = tr.doc.content;
  const start = old.findDiffStart(content);
  if (start === null) return true;
  let { a: endOld, b: endNew } = old.findDiffEnd(content)!;
  // A repeated run (typing "aa" after "a") lets both ends overlap: move the end past the start.
  const overlap = start - Math.min(endOld, endNew);
  if (overlap > 0) {
    endOld += overlap;
    endNew += overlap;
  }
  const next = tr.doc.type.create(tr.doc.attrs, content);
  const step = new ReplaceStep(start, endOld, next.slice(start, endNew));
  if (tr.maybeStep(step).failed !== null) return false;
  return tr.doc.content.eq(content);
}

function typeChanged(this: ProsemirrorBinding, events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void {
  const view = this.prosemirrorView as { state: { doc: PMNode; schema: PMNode['type']['schema'] }; dispatch(tr: Transaction): void } | null;
  if (view == null) return;
  const syncState = ySyncPluginKey.getState(view.state as never) as { snapshot: Y.Snapshot | null; prevSnapshot: Y.Snapshot | null };
  if (events.length === 0 || syncState.snapshot != null || syncState.prevSnapshot != null) {
    this.renderSnapshot(syncState.snapshot!, syncState.prevSnapshot!);
    return;
  }
  this.mux(() => {
    forgetChangedTypes(this.mapping, transaction);
    const { schema } = view.state;
    const blocks: PMNode[] = [];
    for (const type of this.type.toArray() as (Y.XmlElement | Y.XmlHook)[]) {
      const node = cachedOrNewNode(type, schema, this.mapping);
      if (node) blocks.push(node);
    }
    const content = Fragment.from(blocks);
    const oldDoc = view.state.doc;
    let tr = this._tr as Transaction;
    if (replaceDifference(tr, content)) {
      adoptDocumentNodes(this.type, tr.doc, this.mapping);
    } else {
      // Never expected; kept so that a surprise costs speed, not a diverged document.
      tr = (this._tr as Transaction).replace(0, oldDoc.content.size, new Slice(content, 0, 0));
    }
    restoreRelativeSelection(tr, this.beforeTransactionSelection, this, oldDoc);
    tr.setMeta(ySyncPluginKey, { isChangeOrigin: true, isUndoRedoOperation: transaction.origin instanceof Y.UndoManager });
    // y-tiptap asks here whether the caret is on screen (a range's client rects: a forced layout of the
    // page the previous update changed, once per incoming update) to scroll it into view; RemoteScroll
    // ignores scroll requests from other people's changes anyway, so neither is done.
    view.dispatch(tr);
  });
}

let installed = false;

/** Makes every y-tiptap binding created from now on apply remote changes incrementally. */
export function installIncrementalRemoteSync(): void {
  if (installed) return;
  installed = true;
  ProsemirrorBinding.prototype._typeChanged = typeChanged;
}
