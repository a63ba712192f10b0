import { ReactNodeViewRenderer } from '@tiptap/react';
import { ClauseNode } from '../../shared/schema/clauseNode.ts';
import { AgreementRefNode } from '../../shared/schema/agreementRefNode.ts';
import { provideNodeView } from '../editor/lateNodeViews.ts';
import { AgreementRefView, ClauseView } from './ClauseView.tsx';
import { clauseNumberOf } from './clauseNumbers.ts';

/** The shared agreement nodes' browser views (schema unchanged): the editor takes them up when React mounts it. */
export function provideAgreementViews(): void {
  provideNodeView(
    ClauseNode.name,
    ReactNodeViewRenderer(ClauseView, {
      contentDOMElementTag: 'div',
      // TipTap redraws a React node view only when its node changes; a clause's number is a decoration,
      // and changes alone when a clause is added or removed before it (two clauses showed "17.").
      update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
        if (newNode.type !== oldNode.type) return false;
        if (newNode !== oldNode || clauseNumberOf(oldDecorations) !== clauseNumberOf(newDecorations)) updateProps();
        return true;
      },
    }),
  );
  provideNodeView(AgreementRefNode.name, ReactNodeViewRenderer(AgreementRefView, { as: 'span' }));
}
