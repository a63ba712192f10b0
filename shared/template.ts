import type { JSONContent } from '@tiptap/core';
import { CHAPTERS } from './chapters.ts';

/**
 * The new dossier: every guideline chapter in order, each opened with the chapter's prompts
 * as sub-headings with an empty paragraph to write in.
 */
export function dossierTemplate(): JSONContent {
  return {
    type: 'doc',
    content: CHAPTERS.map((chapter) => ({
      type: 'chapter',
      attrs: { key: chapter.key },
      content: chapter.prompts.flatMap((prompt) => [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: prompt }] },
        { type: 'paragraph' },
      ]),
    })),
  };
}
