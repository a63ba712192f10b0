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

/** The clause whose place is last in any agreement: "at the end" means before it. */
const CLOSING_CLAUSE = 'signatures';

/** Where "at the end" puts a clause: before the signatures when the agreement has them, else at the chapter's end. */
function endOf(chapter: { node: PMNode; pos: number }, typeId: string): number {
  let closing: number | undefined;
  chapter.node.forEach((child, offset) => {
    if (typeId !== CLOSING_CLAUSE && child.type.name === CLAUSE_NODE && child.attrs.clauseType === CLOSING_CLAUSE) closing ??= offset;
  });
  return closing !== undefined ? chapter.pos + 1 + closing : chapter.pos + chapter.node.nodeSize - 1;
}

/**
 * Inserts a clause after the block holding the cursor in the agreement chapter, or at the agreement's
 * end: before its signatures, which close an agreement (a clause after them reads as not signed).
 */
export function insertClause(editor: Editor, typeId: string, variantId: string, where: 'cursor' | 'end'): boolean {
  const target = agreementChapter(editor.state.doc);
  if (!target) return false;
  const $from = editor.state.selection.$from;
  const atCursor = where === 'cursor' && cursorInAgreement(editor) && $from.depth >= 2;
  const at = atCursor ? $from.after(2) : endOf(target, typeId);
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
