import { Node, mergeAttributes } from '@tiptap/core';
import { REF_LABEL, REF_NODE, isRefKey } from '../agreement/clauseTypes.ts';

/**
 * A live reference inside text: it stores only which value it shows (`ref`); the editor and the
 * exports resolve the current value (shared/agreement/references.ts).
 */
export const AgreementRefNode = Node.create({
  name: REF_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      ref: {
        default: 'programmeTitle',
        parseHTML: (el) => {
          const ref = el.getAttribute('data-ref');
          return isRefKey(ref) ? ref : 'programmeTitle';
        },
        renderHTML: (a) => ({ 'data-ref': a.ref as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-agreement-ref]' }];
  },

  renderHTML({ HTMLAttributes, node }) {
    const ref = node.attrs.ref as string;
    return ['span', mergeAttributes({ 'data-agreement-ref': '' }, HTMLAttributes), isRefKey(ref) ? `[${REF_LABEL[ref]}]` : '[reference]'];
  },

  renderText({ node }) {
    const ref = node.attrs.ref as string;
    return isRefKey(ref) ? `[${REF_LABEL[ref]}]` : '[reference]';
  },
});
