import { Node, mergeAttributes } from '@tiptap/core';
import { UNIT_FIELDS } from '../programme/fields.ts';
import { UNIT_NODE } from '../programme/blockNodes.ts';
import { fieldAttributes } from './blockFields.ts';

/**
 * A curriculum unit: a structured block between the curriculum chapter's text. It holds no text
 * content; its fields are node attributes, edited in the browser's node view.
 */
export const CurriculumUnitNode = Node.create({
  name: UNIT_NODE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return fieldAttributes('unit', UNIT_FIELDS);
  },

  parseHTML() {
    return [{ tag: 'div[data-curriculum-unit]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-curriculum-unit': '' }, HTMLAttributes)];
  },

  renderText({ node }) {
    return `${String(node.attrs.code ?? '')} ${String(node.attrs.title ?? '')}`.trim();
  },
});
