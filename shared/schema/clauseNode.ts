import { Node, mergeAttributes } from '@tiptap/core';
import { CLAUSE_NODE } from '../agreement/clauseTypes.ts';

const textAttr = (name: string) => ({
  default: '',
  parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name.toLowerCase()}`) ?? '',
  renderHTML: (a: Record<string, unknown>) => ({ [`data-${name.toLowerCase()}`]: a[name] as string }),
});

/**
 * A clause of the consortium agreement: its type and variant as attributes, its wording as ordinary
 * paragraphs, so the text stays editable and merges like any other text. The title and number are
 * drawn by the editor (and by exports) from the type and the clause's place, never typed.
 */
export const ClauseNode = Node.create({
  name: CLAUSE_NODE,
  group: 'block',
  content: 'paragraph+',
  defining: true,
  isolating: true,
  draggable: false,

  addAttributes() {
    return { clauseType: textAttr('clauseType'), variant: textAttr('variant') };
  },

  parseHTML() {
    return [{ tag: 'div[data-clause]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-clause': '' }, HTMLAttributes), 0];
  },
});
