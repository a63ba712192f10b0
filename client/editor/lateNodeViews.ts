import type { Node, NodeViewRenderer } from '@tiptap/core';

/**
 * Node views drawn by React (curriculum units, programme facts, agreement clauses), handed to the
 * editor by name once React has loaded. The dossier's editor is created before React when the page
 * opens (see `boot/dossierFirst.ts`): until then these nodes show their schema's own HTML, and
 * TipTap's `EditorContent` asks every extension for its node view again when it mounts the editor,
 * which is when the views registered here take over.
 */
const views = new Map<string, NodeViewRenderer>();

export function provideNodeView(name: string, view: NodeViewRenderer): void {
  views.set(name, view);
}

/** The node with a node view looked up by name each time the editor builds its views (none until provided). */
export function withLateNodeView<O, S>(node: Node<O, S>): Node<O, S> {
  return node.extend({
    addNodeView() {
      return views.get(this.name) ?? null;
    },
  });
}
