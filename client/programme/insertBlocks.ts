import type { Editor } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';
import { newBlockId } from '../../shared/schema/blockFields.ts';
import { FACTS_NODE, UNIT_NODE } from '../../shared/programme/blockNodes.ts';

function chapter(doc: PMNode, key: string): { node: PMNode; pos: number } | undefined {
  let found: { node: PMNode; pos: number } | undefined;
  doc.forEach((node, pos) => {
    if (node.attrs.key === key) found = { node, pos };
  });
  return found;
}

/** Scrolls to a block and puts the cursor in one of its fields. */
export function revealBlock(blockId: string | null, field?: string): void {
  if (!blockId) return;
  const block = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!block) return;
  block.scrollIntoView({ block: 'center' });
  block.classList.add('pf-flash');
  setTimeout(() => block.classList.remove('pf-flash'), 1200);
  const input = block.querySelector<HTMLElement>(
    `[data-field="${CSS.escape(field ?? '')}"] input, [data-field="${CSS.escape(field ?? '')}"] select, [data-field="${CSS.escape(field ?? '')}"] button`,
  );
  (input ?? block.querySelector<HTMLElement>('input'))?.focus({ preventScroll: true });
}

/** A new unit after the block holding the cursor when it is in the curriculum chapter, else at the chapter's end. */
export function insertUnit(editor: Editor): string | undefined {
  const { state } = editor;
  const target = chapter(state.doc, 'curriculum');
  if (!target) return undefined;
  const $from = state.selection.$from;
  const inChapter = $from.depth >= 1 && $from.before(1) === target.pos;
  const at = inChapter && $from.depth >= 2 ? $from.after(2) : target.pos + target.node.nodeSize - 1;
  const id = newBlockId('unit');
  editor
    .chain()
    .insertContentAt(at, { type: UNIT_NODE, attrs: { id, kind: 'compulsory', origin: 'existing' } })
    .run();
  requestAnimationFrame(() => revealBlock(id, 'title'));
  return id;
}

/** The programme facts block, once, at the top of the qualification chapter. */
export function insertFacts(editor: Editor): string | undefined {
  const target = chapter(editor.state.doc, 'qualification');
  if (!target) return undefined;
  const id = newBlockId('facts');
  editor
    .chain()
    .insertContentAt(target.pos + 1, { type: FACTS_NODE, attrs: { id } })
    .run();
  requestAnimationFrame(() => revealBlock(id, 'title'));
  return id;
}
