import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { blocksFromDoc } from '../../shared/programme/blockNodes.ts';
import { readProgrammeOutcomes, type ProgrammeOutcome } from '../../shared/programme/fields.ts';

// Apart from useProgramme.ts so that the page can load it without the programme checks, which only
// the (lazily loaded) programme panel needs.

/**
 * Only the programme outcomes (for the unit views' links), as state that changes only when their
 * text does: the page around the editor must not re-render on every keystroke.
 */
export function useProgrammeOutcomes(editor: Editor | undefined): ProgrammeOutcome[] {
  const [raw, setRaw] = useState('[]');
  useEffect(() => {
    if (!editor) return;
    const read = () => setRaw(String(blocksFromDoc(editor.state.doc).facts?.outcomes || '[]'));
    read();
    editor.on('update', read);
    return () => {
      editor.off('update', read);
    };
  }, [editor]);
  return useMemo(() => readProgrammeOutcomes(raw), [raw]);
}
