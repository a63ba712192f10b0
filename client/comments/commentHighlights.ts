import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Thread } from '../../shared/discussion.ts';
import { resolveAnchor } from './anchors.ts';

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

interface HighlightState {
  threads: Thread[];
  active: string | null;
  /** What a screen reader says about highlighted text (who commented, and what). */
  describe: (thread: Thread) => string;
  decorations: DecorationSet;
}

function build(state: EditorState, threads: Thread[], active: string | null, describe: HighlightState['describe']): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.resolved) continue;
    const range = resolveAnchor(state, thread.anchor);
    if (!range) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `comment-highlight${thread.id === active ? ' active' : ''}`,
        'data-thread-id': thread.id,
        title: describe(thread),
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Highlights the text each open thread is about: re-resolved from Yjs after remote changes and thread updates, mapped through this page's own edits. */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], active: null, describe: () => '', decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(commentHighlightsKey) as Partial<Pick<HighlightState, 'threads' | 'active' | 'describe'>> | undefined;
            if (!meta && !tr.docChanged) return value;
            const threads = meta?.threads ?? value.threads;
            const describe = meta?.describe ?? value.describe;
            const active = meta && 'active' in meta ? (meta.active ?? null) : value.active;
            // This page's own edits reach Yjs only after this transaction (y-sync writes them in its
            // view update), so anchors cannot be resolved against them yet: map the highlights through
            // the edit instead (text typed at their edges stays outside, as the anchors have it).
            // Remote changes (y-sync's own transactions) and new thread data re-resolve from Yjs.
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
            if (!meta && !fromYjs) return { threads, active, describe, decorations: value.decorations.map(tr.mapping, tr.doc) };
            return { threads, active, describe, decorations: build(state, threads, active, describe) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
