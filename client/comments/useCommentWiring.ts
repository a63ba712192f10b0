import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { Thread } from '../../shared/discussion.ts';
import { chapterAt, domSelectionRange } from './anchors.ts';
import { commentHighlightsKey } from './commentHighlights.ts';
import type { PendingComment } from './ThreadPanel.tsx';
import { useT } from '../i18n/useT.ts';

export interface SelectionOffer {
  pending: PendingComment;
  top: number;
  left: number;
}

/**
 * Glue between the editor and the comments: pushes threads into the highlight plugin, turns a click
 * on highlighted text into the active thread, and offers "Comment" for a text selection.
 */
export function useCommentWiring(
  editor: Editor | undefined,
  threads: Thread[],
  active: string | null,
  onSelectThread: (id: string) => void,
  enabled: boolean,
) {
  const [offer, setOffer] = useState<SelectionOffer | null>(null);
  const t = useT();

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const describe = (thread: Thread) => {
      const first = thread.messages.find((m) => !m.deleted);
      return first ? t('a11y.commentHighlight', { author: first.author.name, text: first.text.slice(0, 140) }) : '';
    };
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, { threads, active, describe }));
  }, [editor, threads, active, t]);

  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest?.('[data-thread-id]')?.getAttribute('data-thread-id');
      if (id) onSelectThread(id);
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor, onSelectThread]);

  // Also read at the moment of Ctrl+Alt+M: `selectionchange` arrives a task later, and a quick
  // shortcut right after Shift+End found no offer yet.
  const measure = useCallback((): SelectionOffer | null => {
    if (!editor || editor.isDestroyed) return null;
    const range = domSelectionRange(editor.view);
    if (!range) return null;
    const selection = editor.view.dom.ownerDocument.getSelection();
    const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    if (!rect) return null;
    return {
      pending: { chapter: chapterAt(editor.state, range.from), from: range.from, to: range.to, quote: range.text },
      top: Math.max(70, rect.top - 42),
      left: Math.min(window.innerWidth - 140, rect.left + rect.width / 2 - 50),
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || !enabled) return;
    const onSelection = () => setOffer(measure());
    document.addEventListener('selectionchange', onSelection);
    window.addEventListener('scroll', onSelection, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      window.removeEventListener('scroll', onSelection);
    };
  }, [editor, enabled, measure]);

  // An offer made while commenting was allowed must not outlive it (e.g. access lost with text still selected).
  const clearOffer = useCallback(() => setOffer(null), []);
  const measureNow = useCallback(() => (enabled ? measure() : null), [enabled, measure]);
  return { offer: enabled ? offer : null, clearOffer, measureNow };
}
