import { Extension } from '@tiptap/core';
import { isLanguageTag } from '../i18n/languageTags.ts';

/** The blocks whose language can be marked: the text people write in a language other than the document's. */
export const LANGUAGE_BLOCKS = ['paragraph', 'heading', 'listItem'] as const;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockLanguage: {
      /** Marks the blocks of the selection as written in `lang` (a BCP 47 tag), or clears the mark with null. */
      setBlockLanguage: (lang: string | null) => ReturnType;
    };
  }
}

/**
 * A `lang` attribute on paragraphs, headings and list items, rendered as `lang="de"` so screen readers
 * and spelling checks switch language, and kept by every export that can say so (HTML, DOCX).
 * The text itself is never translated: the mark only says which language it is in.
 */
export const BlockLanguage = Extension.create({
  name: 'blockLanguage',

  addGlobalAttributes() {
    return [
      {
        types: [...LANGUAGE_BLOCKS],
        attributes: {
          lang: {
            default: null,
            parseHTML: (element) => {
              const lang = element.getAttribute('lang');
              return lang && isLanguageTag(lang) ? lang : null;
            },
            renderHTML: (attributes) => {
              const lang = attributes.lang as unknown;
              return typeof lang === 'string' && isLanguageTag(lang) ? { lang } : {};
            },
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setBlockLanguage:
        (lang) =>
        ({ tr, state, dispatch }) => {
          if (lang !== null && !isLanguageTag(lang)) return false;
          const { from, to } = state.selection;
          let changed = false;
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!(LANGUAGE_BLOCKS as readonly string[]).includes(node.type.name)) return true;
            // A list item's language is its own; the paragraphs inside it follow it.
            if (node.type.name === 'paragraph' && state.doc.resolve(pos).parent.type.name === 'listItem') return false;
            if (node.attrs.lang !== lang) {
              tr.setNodeAttribute(pos, 'lang', lang);
              changed = true;
            }
            return node.type.name !== 'listItem';
          });
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
    };
  },
});
