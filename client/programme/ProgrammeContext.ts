import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import type { ProgrammeOutcome } from '../../shared/programme/fields.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';

/** What the block views need from the page: the consortium's partners and the programme outcomes units link to. */
export interface ProgrammeContextValue {
  partners: PartnerRef[];
  programmeOutcomes: ProgrammeOutcome[];
}

export const ProgrammeContext = createContext<ProgrammeContextValue>({ partners: [], programmeOutcomes: [] });
export const useProgrammeContext = () => useContext(ProgrammeContext);

/** Whether the editor is editable now: it turns editable only once the page holds the document, and never for readers. */
export function useEditable(editor: Editor): boolean {
  return useSyncExternalStore(
    (cb) => {
      editor.on('update', cb);
      editor.on('transaction', cb);
      return () => {
        editor.off('update', cb);
        editor.off('transaction', cb);
      };
    },
    () => editor.isEditable,
  );
}
