import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/react';

/**
 * "Comment" without a mouse: with text selected, Ctrl+Alt+M starts a comment on it, and Tab from
 * the text goes to the Comment button (which floats by the selection, far from the text in the
 * page's order, so Tab would otherwise move on and the selection's button would be lost).
 * Returns the ref for the Comment button.
 */
export function useCommentShortcut(editor: Editor | undefined, enabled: boolean, offered: boolean, startComment: () => void) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && !event.shiftKey && event.code === 'KeyM') {
        // With an offer on screen, or from the text itself (its offer may be a task behind the selection).
        if (!offered && !editor.view.dom.contains(document.activeElement)) return;
        event.preventDefault();
        startComment();
      } else if (event.key === 'Tab' && !event.shiftKey && editor.view.dom.contains(document.activeElement) && button.current) {
        event.preventDefault();
        button.current.focus();
      }
    };
    // Capture: ahead of the editor, whose lists take Tab for indenting.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, enabled, offered, startComment]);
  return button;
}
