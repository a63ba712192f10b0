import type { Editor } from '@tiptap/react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Other people's name tags start at their caret and run to the right: at the end of a long line
 * they ran past the text column and disappeared under the comments panel. After every change of
 * carets or text, a tag that would cross the column's right edge is flipped to end at the caret.
 * (The tags live in ProseMirror widgets, whose DOM changes ProseMirror ignores.) Tags in chapters
 * out of sight are left alone (measuring them would make the browser lay out those chapters, which
 * `content-visibility: auto` spares it) and placed when their chapter comes into view.
 */
export function keepCaretLabelsInColumn(editor: Editor, awareness: Awareness): () => void {
  let frame = 0;
  const root = editor.view.dom as HTMLElement;
  // A live list, kept by the browser: searching the whole dossier's DOM after every keystroke cost a
  // quarter of a millisecond, and measuring the column forced a layout even when nobody else was here.
  const labels = root.getElementsByClassName('collaboration-carets__label') as HTMLCollectionOf<HTMLElement>;
  const place = () => {
    if (labels.length === 0) return;
    const column = (root.closest('.document') ?? root).getBoundingClientRect();
    for (const label of [...labels]) {
      if (!label.checkVisibility({ contentVisibilityAuto: true })) continue;
      const caret = label.parentElement?.getBoundingClientRect();
      if (!caret) continue;
      const fitsRight = caret.left + label.offsetWidth <= column.right - 8;
      label.classList.toggle('flip', !fitsRight);
    }
  };
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  awareness.on('change', schedule);
  editor.on('transaction', schedule);
  window.addEventListener('resize', schedule);
  // Fired (without bubbling, hence the capture) by a chapter body when it starts or stops being drawn.
  root.addEventListener('contentvisibilityautostatechange', schedule, true);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    awareness.off('change', schedule);
    editor.off('transaction', schedule);
    window.removeEventListener('resize', schedule);
    root.removeEventListener('contentvisibilityautostatechange', schedule, true);
  };
}
