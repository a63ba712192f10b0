import { memo, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/react';
import type { Consortium, Identity } from '../api.ts';
import { onChapterViewsRedrawn } from '../editor/frozenChapter.ts';
import { ChapterMeta } from './ChapterMeta.tsx';
import type { DiscussionView } from './useDiscussion.ts';

/** Renders each chapter's workflow bar into the slot its node view leaves under the heading. */
const NONE: never[] = [];

export const ChapterMetaPortals = memo(function ChapterMetaPortals(props: {
  editor: Editor | undefined;
  consortium: Consortium;
  identity: Identity;
  view: DiscussionView;
  versions: Map<string, string>;
  canComment: boolean;
  onOpenThread: (threadId: string) => void;
}) {
  const { editor } = props;
  const [slots, setSlots] = useState<HTMLElement[]>([]);
  useEffect(() => {
    if (!editor) return;
    let current: HTMLElement[] = [];
    const find = () => {
      const found = (current = [...editor.view.dom.querySelectorAll<HTMLElement>('.chapter-meta-slot')]);
      setSlots((prev) => (prev.length === found.length && prev.every((el, i) => el === found[i]) ? prev : found));
    };
    find();
    return onChapterViewsRedrawn(editor, find, () => current);
  }, [editor]);

  // Per chapter, and the same arrays until the discussion changes: a new version hash of one chapter
  // (while someone types) then redraws only that chapter's bar, not all nineteen.
  const { decisions, threads } = props.view;
  const byChapter = useMemo(() => {
    const group = <T extends { chapter: string }>(items: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of items) map.set(item.chapter, [...(map.get(item.chapter) ?? []), item]);
      return map;
    };
    return { decisions: group(decisions), threads: group(threads.filter((t) => !t.resolved)) };
  }, [decisions, threads]);

  return (
    <>
      {slots.map((slot) => {
        const key = slot.dataset.key ?? '';
        const workflow = props.view.workflow[key];
        if (!workflow) return null;
        return createPortal(
          <ChapterMeta
            consortium={props.consortium}
            identity={props.identity}
            chapter={key}
            workflow={workflow}
            signoffs={props.view.signoffs[key] ?? []}
            version={props.versions.get(key)}
            canComment={props.canComment}
            decisions={byChapter.decisions.get(key) ?? NONE}
            threads={byChapter.threads.get(key) ?? NONE}
            onOpenThread={props.onOpenThread}
            execution={props.view.execution}
          />,
          slot,
          key,
        );
      })}
    </>
  );
});
