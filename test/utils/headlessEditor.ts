import type * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { EditorState, type Plugin, type PluginView, type Transaction } from '@tiptap/pm/state';
import { ySyncPlugin, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

/**
 * y-tiptap's real sync plugin and binding driven without a DOM: the smallest stand-in for an
 * EditorView (state, dispatch, plugin view updates, no focus). What the binding does with remote
 * and local changes is what it does in the browser; only drawing is left out.
 */
export interface HeadlessEditor {
  readonly doc: Y.Doc;
  readonly state: EditorState;
  readonly binding: ProsemirrorBinding;
  dispatch(tr: Transaction): void;
  destroy(): void;
}

/** `plugins`: more ProseMirror plugins beside the sync plugin (their state is kept; their views are not made). */
export function headlessEditor(doc: Y.Doc, schema: Schema, plugins: Plugin[] = []): HeadlessEditor {
  const plugin = ySyncPlugin(doc.getXmlFragment(DOSSIER_FRAGMENT)) as Plugin;
  let state = EditorState.create({ schema, plugins: [plugin, ...plugins] });
  // Like EditorView, plugin views made later are not told of transactions dispatched while they are made.
  let pluginView: PluginView | undefined;
  const view = {
    get state() {
      return state;
    },
    dispatch(tr: Transaction) {
      const previous = state;
      state = state.apply(tr);
      pluginView?.update?.(view as never, previous);
    },
    hasFocus: () => false,
  };
  pluginView = plugin.spec.view!(view as never);
  return {
    doc,
    get state() {
      return state;
    },
    get binding() {
      return (ySyncPluginKey.getState(state) as { binding: ProsemirrorBinding }).binding;
    },
    dispatch: (tr) => view.dispatch(tr),
    destroy: () => pluginView?.destroy?.(),
  };
}
