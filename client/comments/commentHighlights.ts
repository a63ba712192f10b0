import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Thread } from '../../shared/discussion.ts';
import { resolveAnchor } from './anchors.ts';

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

/** How long after other people's changes the highlights are resolved from Yjs again. */
export const HIGHLIGHT_REFRESH_MS = 150;

interface HighlightState {
  threads: Thread[];
  active: string | null;
  /** What a screen reader says about highlighted text (who commented, and what). */
  describe: (thread: Thread) => string;
  decorations: DecorationSet;
  /** Other people changed the text since the highlights were last resolved from Yjs. */
  stale: boolean;
}

type HighlightMeta = Partial<Pick<HighlightState, 'threads' | 'active' | 'describe'>> & { refresh?: true };

function build(state: EditorState, threads: Thread[], active: string | null, describe: HighlightState['describe']): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.resolved) continue;
    const range = resolveAnchor(state, thread.anchor);
    if (!range) continue;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: `comment-highlight${thread.id === active ? ' active' : ''}`, 'data-thread-id': thread.id, title: describe(thread) },
        { threadId: thread.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights the text each open thread is about.
 *
 * The anchors live in Yjs, and only Yjs says exactly where they are now: other people's changes can
 * move an anchor without touching its words in the editor (a joined paragraph re-creates the moved
 * text, leaving anchors on deleted characters). Resolving all of them (100 threads in a full dossier)
 * took milliseconds at every key another partner typed, so their changes first map the highlights
 * (right wherever the change is away from an anchor's own characters) and the highlights are
 * resolved again at most every `HIGHLIGHT_REFRESH_MS` after them. This page's own edits reach
 * Yjs only after their transaction, so they are always mapped (text typed at a highlight's edge
 * stays outside, as the anchors have it). New thread data resolves at once.
 */
export function commentHighlightsPlugin(refreshMs = HIGHLIGHT_REFRESH_MS): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ threads: [], active: null, describe: () => '', decorations: DecorationSet.empty, stale: false }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
        const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
        if (!meta && !tr.docChanged && !fromYjs) return value;
        if (!meta) {
          const decorations = tr.docChanged ? value.decorations.map(tr.mapping, tr.doc) : value.decorations;
          return { ...value, decorations, stale: value.stale || fromYjs };
        }
        const threads = meta.threads ?? value.threads;
        const describe = meta.describe ?? value.describe;
        const active = 'active' in meta ? (meta.active ?? null) : value.active;
        return { threads, active, describe, decorations: build(state, threads, active, describe), stale: false };
      },
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update() {
          // At most one refresh per period, also while someone types without a pause.
          if (timer || !commentHighlightsKey.getState(view.state)?.stale) return;
          timer = setTimeout(() => {
            timer = undefined;
            if (commentHighlightsKey.getState(view.state)?.stale)
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { refresh: true }));
          }, refreshMs);
        },
        destroy: () => clearTimeout(timer),
      };
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
    },
  });
}

export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [commentHighlightsPlugin()];
  },
});
