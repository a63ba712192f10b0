import { Node, mergeAttributes } from '@tiptap/core';
import { FACTS_FIELDS } from '../programme/fields.ts';
import { FACTS_NODE } from '../programme/blockNodes.ts';
import { fieldAttributes } from './blockFields.ts';

/** The programme facts: one structured block in the qualification chapter, fields as node attributes. */
export const ProgrammeFactsNode = Node.create({
  name: FACTS_NODE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return fieldAttributes('facts', FACTS_FIELDS);
  },

  parseHTML() {
    return [{ tag: 'div[data-programme-facts]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-programme-facts': '' }, HTMLAttributes)];
  },

  renderText({ node }) {
    return String(node.attrs.title ?? '');
  },
});
