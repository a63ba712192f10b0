import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import type { ProgrammeOutcome } from '../../shared/programme/fields.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';
import { canChangeText } from '../editor/textAccess.ts';

/** What the block views need from the page: the consortium's partners and the programme outcomes units link to. */
export interface ProgrammeContextValue {
  partners: PartnerRef[];
  programmeOutcomes: ProgrammeOutcome[];
}

export const ProgrammeContext = createContext<ProgrammeContextValue>({ partners: [], programmeOutcomes: [] });
export const useProgrammeContext = () => useContext(ProgrammeContext);

/** Whether the text can be changed now: only once the page holds the document, and never by readers (who can still select it). */
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
    () => canChangeText(editor),
  );
}
