import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The top-level node (the chapter) that a document position lies in. */
const chapterAt = (view: EditorView, pos: number) => view.state.doc.resolve(Math.min(pos, view.state.doc.content.size)).index(0);

/**
 * Typed letters go where the caret is. Chapters out of view are not laid out (content-visibility),
 * and Chromium, asked to type into an empty paragraph of a chapter someone had just jumped to, chose
 * an insertion point in the next chapter instead: the first letters landed there. When the browser's
 * target lies in another chapter than the editor's own caret, the text is inserted at the caret.
 */
export const CaretInput = Extension.create({
  name: 'caretInput',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretInput'),
        props: {
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (event.inputType !== 'insertText' || !event.data || !view.editable) return false;
              const target = event.getTargetRanges()[0];
              if (!target) return false;
              let pos: number;
              try {
                pos = view.posAtDOM(target.startContainer, target.startOffset);
              } catch {
                return false;
              }
              const { selection } = view.state;
              if (chapterAt(view, pos) === chapterAt(view, selection.from)) return false;
              event.preventDefault();
              view.dispatch(view.state.tr.insertText(event.data, selection.from, selection.to).scrollIntoView());
              return true;
            },
          },
        },
      }),
    ];
  },
});
