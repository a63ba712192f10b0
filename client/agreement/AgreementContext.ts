import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { blocksFromDoc, type ProgrammeBlocks } from '../../shared/programme/blockNodes.ts';
import { resolveRefs, type RefPartner, type ResolvedRefs } from '../../shared/agreement/references.ts';
import type { SignOff } from '../../shared/discussion.ts';
import type { Decision } from '../../shared/decisions.ts';

/** What the clause and reference views need from the page: the references' values now, and the agreement's sign-offs. */
export interface AgreementContextValue {
  refs: ResolvedRefs;
  signoffs: SignOff[];
  partnerName: (id: string) => string;
}

const EMPTY_REFS = resolveRefs({ partners: [], blocks: { facts: null, units: [] }, decisions: [] });
export const AgreementContext = createContext<AgreementContextValue>({ refs: EMPTY_REFS, signoffs: [], partnerName: (id) => id });
export const useAgreementContext = () => useContext(AgreementContext);

const EMPTY: ProgrammeBlocks = { facts: null, units: [] };
const sameBlocks = (a: ProgrammeBlocks, b: ProgrammeBlocks) =>
  a.facts === b.facts && a.units.length === b.units.length && a.units.every((u, i) => u === b.units[i]);

/** The references resolved live from the editor's programme blocks (anyone's edit), the partner records and the decisions. */
export function useAgreementRefs(editor: Editor | undefined, partners: RefPartner[], decisions: Decision[]): ResolvedRefs {
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
  return useMemo(() => resolveRefs({ partners, blocks, decisions }), [partners, blocks, decisions]);
}
