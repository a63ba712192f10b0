import type { JSONContent } from '@tiptap/core';
import { CHAPTERS } from './chapters.ts';

/** The Yjs client id the server seeds every dossier with (server/consortia/seed.ts): not a person's change. */
export const SEED_CLIENT_ID = 1;

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
