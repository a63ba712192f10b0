import { Node } from '@tiptap/core';

/** The dossier is a sequence of chapters and nothing else. */
export const DossierDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'chapter+',
});
