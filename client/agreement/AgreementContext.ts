import { createContext, useContext, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { blocksFromDoc, NO_BLOCKS, sameBlocks, type ProgrammeBlocks } from '../../shared/programme/blockNodes.ts';
import { resolveRefs, type RefPartner, type ResolvedRefs } from '../../shared/agreement/references.ts';
import type { SignOff } from '../../shared/discussion.ts';
import type { Decision } from '../../shared/decisions.ts';

/** What the clause and reference views need from the page: the references' values now, and the agreement's sign-offs. */
export interface AgreementContextValue {
  refs: ResolvedRefs;
  signoffs: SignOff[];
  partnerName: (id: string) => string;
}

const EMPTY_REFS = resolveRefs({ partners: [], blocks: NO_BLOCKS, decisions: [] });
export const AgreementContext = createContext<AgreementContextValue>({ refs: EMPTY_REFS, signoffs: [], partnerName: (id) => id });
export const useAgreementContext = () => useContext(AgreementContext);

/** Whether two resolutions say the same: typing in a unit's title changes the blocks but rarely a reference. */
function sameRefs(a: ResolvedRefs, b: ResolvedRefs): boolean {
  return (Object.keys(a) as (keyof ResolvedRefs)[]).every((k) => a[k].text === b[k]?.text && a[k].set === b[k]?.set);
}

/**
 * The references resolved live from the editor's programme blocks (anyone's edit), the partner records
 * and the decisions. The value keeps its identity until a reference's text changes: it feeds a context
 * above every block view, and a new value on each keystroke re-rendered the page and made React walk
 * all the views looking for readers (about 1.3 ms of each key in a 60-unit curriculum).
 */
export function useAgreementRefs(editor: Editor | undefined, partners: RefPartner[], decisions: Decision[]): ResolvedRefs {
  const [refs, setRefs] = useState<ResolvedRefs>(EMPTY_REFS);
  useEffect(() => {
    let lastBlocks: ProgrammeBlocks | undefined;
    const read = () => {
      const blocks = editor ? blocksFromDoc(editor.state.doc) : NO_BLOCKS;
      if (lastBlocks && sameBlocks(lastBlocks, blocks)) return;
      lastBlocks = blocks;
      const next = resolveRefs({ partners, blocks, decisions });
      setRefs((current) => (sameRefs(current, next) ? current : next));
    };
    read();
    editor?.on('update', read);
    return () => {
      editor?.off('update', read);
    };
  }, [editor, partners, decisions]);
  return refs;
}
