import { ReactNodeViewRenderer } from '@tiptap/react';
import { ClauseNode } from '../../shared/schema/clauseNode.ts';
import { AgreementRefNode } from '../../shared/schema/agreementRefNode.ts';
import { AgreementRefView, ClauseView } from './ClauseView.tsx';
import './agreement.css';

/** The shared agreement nodes with their browser views on top (schema unchanged). */
export const ClauseBlockView = ClauseNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ClauseView, { contentDOMElementTag: 'div' });
  },
});

export const AgreementRefInlineView = AgreementRefNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(AgreementRefView, { as: 'span' });
  },
});

export const AGREEMENT_VIEW_NAMES = new Set([ClauseNode.name, AgreementRefNode.name]);
