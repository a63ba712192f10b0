import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isRemote } from './chapterGuard.ts';

/** The key of the chapter that is frozen (the executed agreement), or null: set from the discussion document. */
export const frozenChapterKey = new PluginKey<string | null>('frozenChapter');

function chapterNode(doc: PMNode, key: string): { node: PMNode; pos: number } | undefined {
  let found: { node: PMNode; pos: number } | undefined;
  doc.forEach((child, pos) => {
    if (!found && child.type.name === 'chapter' && child.attrs.key === key) found = { node: child, pos };
  });
  return found;
}

/** Tells the editor which chapter is frozen now (null: none). */
export function setFrozenChapter(editor: Editor, key: string | null): void {
  if (frozenChapterKey.getState(editor.state) === key) return;
  editor.view.dispatch(editor.state.tr.setMeta(frozenChapterKey, key).setMeta('addToHistory', false));
}

const frozenOf = (state: EditorState) => frozenChapterKey.getState(state) ?? null;

/**
 * While the agreement is executed its chapter is read-only here, as on the server: local
 * transactions that would change it are dropped (remote ones always apply, or the editor would
 * diverge), and the chapter is drawn as not editable.
 */
export const FrozenChapter = Extension.create({
  name: 'frozenChapter',

  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key: frozenChapterKey,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const next = tr.getMeta(frozenChapterKey) as string | null | undefined;
            return next === undefined ? value : next;
          },
        },
        filterTransaction: (tr, state) => {
          const frozen = frozenOf(state);
          if (!frozen || !tr.docChanged || isRemote(tr)) return true;
          const before = chapterNode(state.doc, frozen);
          const after = chapterNode(tr.doc, frozen);
          return !before || (after !== undefined && before.node.eq(after.node));
        },
        props: {
          decorations: (state) => {
            const frozen = frozenOf(state);
            const chapter = frozen ? chapterNode(state.doc, frozen) : undefined;
            if (!chapter) return DecorationSet.empty;
            return DecorationSet.create(state.doc, [
              Decoration.node(chapter.pos, chapter.pos + chapter.node.nodeSize, { class: 'chapter-frozen', contenteditable: 'false' }),
            ]);
          },
        },
      }),
    ];
  },
});

/**
 * Calls `find` whenever chapter node views may have been drawn anew, so portals into their headers
 * follow: on document changes, and whenever a chapter's element is replaced without one. That happens
 * when the freeze's decoration changes, and when ProseMirror puts back a frozen chapter after the
 * browser changed its DOM (someone typed into it): portals would otherwise stay in detached elements.
 * Chapters are the editor root's children, so watching that one level is enough. `found` gives the
 * slots `find` found last. Returns the unsubscribe.
 */
export function onChapterViewsRedrawn(editor: Editor, find: () => void, found: () => readonly Element[]): () => void {
  const root = editor.view.dom;
  let chapters = -1;
  const refind = () => {
    chapters = root.childElementCount;
    find();
  };
  // Searching the whole dossier's DOM on every keystroke cost about half a millisecond per key; a
  // document change that redraws no chapter leaves the slots found last in place, which this checks.
  const onUpdate = () => {
    const slots = found();
    if (slots.length > 0 && chapters === root.childElementCount && slots.every((el) => el.isConnected)) return;
    refind();
  };
  const observer = new MutationObserver(refind);
  observer.observe(root, { childList: true });
  editor.on('update', onUpdate);
  editor.on('create', refind);
  return () => {
    observer.disconnect();
    editor.off('update', onUpdate);
    editor.off('create', refind);
  };
}
