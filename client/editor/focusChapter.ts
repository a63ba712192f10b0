import type { Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Moves the keyboard focus to a chapter (the first one when `key` is empty or unknown): the caret at
 * the start of its text when the editor takes a caret, otherwise its heading. Nothing scrolls: the
 * caller has brought the chapter into view.
 */
export function focusChapter(editor: Editor, key: string): void {
  if (editor.isDestroyed) return;
  const { doc } = editor.state;
  let at = -1;
  doc.forEach((node, offset) => {
    if (node.attrs.key === key && at < 0) at = offset;
  });
  if (at < 0) at = 0;
  const chapter = doc.nodeAt(at);
  if (!chapter) return;
  if (editor.isEditable) {
    const textStart = at + 1 + (chapter.firstChild?.nodeSize ?? 0);
    const selection = TextSelection.near(doc.resolve(Math.min(textStart, at + chapter.nodeSize - 1)));
    editor.view.dispatch(editor.state.tr.setSelection(selection));
    editor.view.focus();
    return;
  }
  const heading = document.querySelector<HTMLElement>(`#chapter-${CSS.escape(String(chapter.attrs.key))} .chapter-title`);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
