import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { programmeReport, type ProgrammeBlocks, type ProgrammeReport } from '../../shared/programme/blocks.ts';
import { blocksFromDoc, NO_BLOCKS, sameBlocks } from '../../shared/programme/blockNodes.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';

/**
 * The checks follow the blocks once typing pauses this long, and at least this often while it
 * goes on: re-checking a 60-unit programme and re-rendering the panel on every keystroke cost
 * about a millisecond and a half of each keystroke's frame, for a list nobody reads mid-word.
 */
export const CHECKS_PAUSE_MS = 250;
export const CHECKS_MAX_WAIT_MS = 1_500;

/** The programme read live from the editor (local and remote edits alike), re-checked once its blocks changed and typing paused. */
export function useProgramme(editor: Editor | undefined, partners: PartnerRef[]): ProgrammeReport {
  const [blocks, setBlocks] = useState<ProgrammeBlocks>(NO_BLOCKS);
  useEffect(() => {
    if (!editor) return;
    let shown = NO_BLOCKS;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let firstChange = 0;
    const show = () => {
      clearTimeout(pause);
      pause = undefined;
      firstChange = 0;
      const next = blocksFromDoc(editor.state.doc);
      if (!sameBlocks(shown, next)) setBlocks((shown = next));
    };
    const changed = () => {
      const now = performance.now();
      firstChange ||= now;
      clearTimeout(pause);
      pause = setTimeout(show, now - firstChange >= CHECKS_MAX_WAIT_MS ? 0 : CHECKS_PAUSE_MS);
    };
    show();
    editor.on('update', changed);
    return () => {
      clearTimeout(pause);
      editor.off('update', changed);
    };
  }, [editor]);
  return useMemo(() => programmeReport(blocks, partners), [blocks, partners]);
}
