import { ReactNodeViewRenderer } from '@tiptap/react';
import { ClauseNode } from '../../shared/schema/clauseNode.ts';
import { AgreementRefNode } from '../../shared/schema/agreementRefNode.ts';
import { provideNodeView } from '../editor/lateNodeViews.ts';
import { AgreementRefView, ClauseView } from './ClauseView.tsx';

/** The shared agreement nodes' browser views (schema unchanged): the editor takes them up when React mounts it. */
export function provideAgreementViews(): void {
  provideNodeView(ClauseNode.name, ReactNodeViewRenderer(ClauseView, { contentDOMElementTag: 'div' }));
  provideNodeView(AgreementRefNode.name, ReactNodeViewRenderer(AgreementRefView, { as: 'span' }));
}
