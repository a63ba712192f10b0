import type { Editor } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';
import { clauseJson, CLAUSE_NODE, REF_NODE, type RefKey } from '../../shared/agreement/clauses.ts';

function agreementChapter(doc: PMNode): { node: PMNode; pos: number } | undefined {
  let found: { node: PMNode; pos: number } | undefined;
  doc.forEach((node, pos) => {
    if (node.attrs.key === 'agreement') found = { node, pos };
  });
  return found;
}

/** Whether the cursor is inside the agreement chapter (then "at the cursor" means after the block it is in). */
export function cursorInAgreement(editor: Editor): boolean {
  const target = agreementChapter(editor.state.doc);
  const $from = editor.state.selection.$from;
  return Boolean(target && $from.depth >= 1 && $from.before(1) === target.pos);
}

/** Inserts a clause after the block holding the cursor in the agreement chapter, or at the chapter's end. */
export function insertClause(editor: Editor, typeId: string, variantId: string, where: 'cursor' | 'end'): boolean {
  const target = agreementChapter(editor.state.doc);
  if (!target) return false;
  const $from = editor.state.selection.$from;
  const atCursor = where === 'cursor' && cursorInAgreement(editor) && $from.depth >= 2;
  const at = atCursor ? $from.after(2) : target.pos + target.node.nodeSize - 1;
  const ok = editor.chain().insertContentAt(at, clauseJson(typeId, variantId)).run();
  if (ok)
    requestAnimationFrame(() => {
      const el = editor.view.nodeDOM(at) as HTMLElement | null;
      el?.scrollIntoView?.({ block: 'center' });
    });
  return ok;
}

/** Whether the cursor sits in a clause's text, where a reference belongs. */
export function cursorInClause(editor: Editor): boolean {
  const $from = editor.state.selection.$from;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === CLAUSE_NODE) return true;
  return false;
}

export function insertRef(editor: Editor, ref: RefKey): boolean {
  if (!cursorInClause(editor)) return false;
  return editor.chain().focus().insertContent({ type: REF_NODE, attrs: { ref } }).run();
}
