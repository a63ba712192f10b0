import { Node, mergeAttributes } from '@tiptap/core';
import { CHAPTER_KEYS } from '../chapterTypes.ts';

/**
 * A guideline chapter: the dossier's top-level block. Its heading and guidance are not content:
 * the editor draws them from the chapter key, so nobody can edit or delete them by typing.
 */
export const ChapterNode = Node.create({
  name: 'chapter',
  content: 'block+',
  defining: true,
  isolating: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: (element) => {
          const key = element.getAttribute('data-key');
          return key && (CHAPTER_KEYS as readonly string[]).includes(key) ? key : null;
        },
        renderHTML: (attributes) => ({ 'data-key': attributes.key }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-chapter]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes({ 'data-chapter': '' }, HTMLAttributes), 0];
  },
});
