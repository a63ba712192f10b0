import { Extension } from '@tiptap/core';
import type { Awareness } from 'y-protocols/awareness';

export interface ChapterPresenceOptions {
  awareness: Awareness | null;
}

/** Publishes which chapter the caret is in, so the sidebar can show who is working where. */
export const ChapterPresence = Extension.create<ChapterPresenceOptions>({
  name: 'chapterPresence',
  addOptions() {
    return { awareness: null };
  },
  onSelectionUpdate() {
    const awareness = this.options.awareness;
    if (!awareness) return;
    const { $head } = this.editor.state.selection;
    const chapter = $head.depth > 0 ? String($head.node(1).attrs.key ?? '') : '';
    if (awareness.getLocalState()?.chapter !== chapter) awareness.setLocalStateField('chapter', chapter);
  },
  onBlur() {
    // Keep the last chapter: people leave the editor to read the sidebar without leaving the chapter.
  },
});
