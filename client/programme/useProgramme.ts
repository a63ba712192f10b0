import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { blocksFromDoc, programmeReport, type ProgrammeBlocks, type ProgrammeReport } from '../../shared/programme/blocks.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';

const EMPTY: ProgrammeBlocks = { facts: null, units: [] };

/** Unchanged ProseMirror nodes keep their attrs objects, so identity tells whether any block changed. */
function sameBlocks(a: ProgrammeBlocks, b: ProgrammeBlocks): boolean {
  return a.facts === b.facts && a.units.length === b.units.length && a.units.every((u, i) => u === b.units[i]);
}

/** The programme read live from the editor (local and remote edits alike), re-checked only when a block changed. */
export function useProgramme(editor: Editor | undefined, partners: PartnerRef[]): ProgrammeReport {
  const [blocks, setBlocks] = useState<ProgrammeBlocks>(EMPTY);
  useEffect(() => {
    if (!editor) return;
    let last = EMPTY;
    const read = () => {
      const next = blocksFromDoc(editor.state.doc);
      if (!sameBlocks(last, next)) setBlocks((last = next));
    };
    read();
    editor.on('update', read);
    return () => {
      editor.off('update', read);
    };
  }, [editor]);
  return useMemo(() => programmeReport(blocks, partners), [blocks, partners]);
}
