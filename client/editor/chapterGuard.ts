import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

export const chapterGuardKey = new PluginKey('chapterGuard');

function chapterKeys(doc: PMNode): string {
  const keys: string[] = [];
  doc.forEach((child) => keys.push(`${child.type.name}:${String(child.attrs.key)}`));
  return keys.join('|');
}

/** True for transactions that mirror remote changes: those must always apply, or the editor would diverge from the shared doc. */
export function isRemote(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return Boolean(meta?.isChangeOrigin);
}

/**
 * Deletes a selection that spans several chapters chapter by chapter: each chapter keeps its place
 * and at least an empty paragraph, instead of the chapters being merged away.
 */
export function deleteAcrossChapters(state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const { from, to, empty } = state.selection;
  if (empty) return false;
  const $from = state.doc.resolve(from);
  const $to = state.doc.resolve(to);
  if ($from.index(0) === $to.index(0)) return false;
  if (!dispatch) return true;
  const tr = state.tr;
  const ranges: { start: number; end: number; whole: boolean }[] = [];
  state.doc.forEach((chapter, offset) => {
    const start = offset + 1;
    const end = offset + chapter.nodeSize - 1;
    if (end <= from || start >= to) return;
    ranges.push({ start: Math.max(start, from), end: Math.min(end, to), whole: from <= start && to >= end });
  });
  for (const range of ranges.reverse()) {
    if (range.whole) tr.replaceWith(range.start, range.end, state.schema.nodes.paragraph!.create());
    else tr.delete(range.start, range.end);
  }
  dispatch(tr.scrollIntoView());
  return true;
}

/** Chapters can be neither deleted, added nor reordered by editing. */
export const ChapterGuard = Extension.create({
  name: 'chapterGuard',

  addKeyboardShortcuts() {
    const run = () => deleteAcrossChapters(this.editor.state, (tr) => this.editor.view.dispatch(tr));
    return { Backspace: run, Delete: run };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: chapterGuardKey,
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || isRemote(tr)) return true;
          return chapterKeys(tr.doc) === chapterKeys(state.doc);
        },
      }),
    ];
  },
});
