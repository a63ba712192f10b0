import { Extension } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';

const FOCUSABLE = 'a[href], button, select, input, textarea, summary, [tabindex]';

/** Controls the keyboard can reach with Tab, in the page's order: enabled, not taken out of the order, drawn. */
function tabbable(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.isContentEditable && el.getClientRects().length > 0,
  );
}

/** The DOM node at the caret, to compare the controls' places with. */
function caretNode(view: EditorView): Node {
  const { node, offset } = view.domAtPos(view.state.selection.head);
  return node.childNodes[offset] ?? node;
}

/**
 * Tab and Shift+Tab from the text go to the controls next to where the caret is: the workflow bar,
 * history and export of each chapter sit inside the editor's element (beside their chapter's text),
 * and the browser's own order goes from the editor's element to its first control, so Tab from a
 * caret in chapter 8 jumped to chapter 1's bar, scrolling the page away. Now Shift+Tab reaches the
 * chapter's own bar above the text, and Tab the next chapter's. Lists (indenting) and tables (next
 * cell) keep Tab where they use it: this runs after them.
 */
export const ChapterTabOrder = Extension.create({
  name: 'chapterTabOrder',
  priority: 10,
  addKeyboardShortcuts() {
    const move = (backwards: boolean) => () => {
      const { view } = this.editor;
      const caret = caretNode(view);
      const candidates = tabbable().filter((el) => el !== view.dom && !el.contains(caret));
      const after = (el: HTMLElement) => Boolean(caret.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      const next = backwards ? candidates.filter((el) => !after(el)).at(-1) : candidates.find(after);
      if (!next) return false;
      next.focus();
      return true;
    };
    return { Tab: move(false), 'Shift-Tab': move(true) };
  },
  // Shift+Tab from the first chapter's first control: the browser's previous stop is the editor's own
  // element, which sends Shift+Tab back down to the caret's chapter, a loop. It goes on to the toolbar.
  onCreate() {
    const host = this.editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      const from = event.target as HTMLElement;
      if (event.key !== 'Tab' || !event.shiftKey || from === host || !host.contains(from)) return;
      const order = tabbable();
      const before = order[order.indexOf(from) - 1];
      if (before && !host.contains(before)) {
        event.preventDefault();
        before.focus();
      }
    };
    host.addEventListener('keydown', onKey);
    this.storage.stop = () => host.removeEventListener('keydown', onKey);
  },
  onDestroy() {
    this.storage.stop?.();
  },
  addStorage() {
    return { stop: undefined as (() => void) | undefined };
  },
});
