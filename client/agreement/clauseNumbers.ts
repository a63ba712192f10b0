import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { clauseNumbering } from '../../shared/agreement/numbering.ts';

/** Decoration spec key under which a clause's number reaches its node view. */
export const CLAUSE_NUMBER = 'clauseNumber';

/** The number a node view's outer decorations give its clause. */
export function clauseNumberOf(decorations: readonly unknown[]): string | undefined {
  return decorations.map((d) => (d as { spec: Record<string, unknown> }).spec[CLAUSE_NUMBER]).find(Boolean) as string | undefined;
}

function numbers(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((chapter, chapterPos) => {
    if (chapter.attrs.key !== 'agreement') return;
    const blocks: { node: PMNode; pos: number }[] = [];
    chapter.forEach((node, offset) => blocks.push({ node, pos: chapterPos + 1 + offset }));
    const list = clauseNumbering(blocks.map((b) => ({ type: b.node.type.name, level: b.node.attrs.level as number | undefined })));
    blocks.forEach((b, i) => {
      const n = list[i];
      if (n) decorations.push(Decoration.node(b.pos, b.pos + b.node.nodeSize, { 'data-clause-number': n }, { [CLAUSE_NUMBER]: n }));
    });
  });
  return DecorationSet.create(doc, decorations);
}

/** Numbers the agreement's clauses and headings by the same rule as the exports, recomputed only when the document changes. */
export const ClauseNumbers = Extension.create({
  name: 'clauseNumbers',
  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('clauseNumbers');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => numbers(state.doc),
          apply: (tr, old) => (tr.docChanged ? numbers(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
