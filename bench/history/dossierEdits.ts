import * as Y from 'yjs';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { createRandom } from '../../test/utils/random.ts';

/**
 * Edits a dossier the way people write: words typed at random places in random chapters'
 * paragraphs, now and then a few characters deleted. Each call of the returned function makes
 * `edits` more; `onEdit(i)` runs after each, so a caller can take versions along the way. Seeded,
 * so every run builds the same document.
 */
export function dossierTyping(doc: Y.Doc, seed = 12): (edits: number, onEdit?: (i: number) => void) => void {
  const random = createRandom(seed);
  const texts: Y.XmlText[] = [];
  for (const chapter of doc.getXmlFragment(DOSSIER_FRAGMENT).toArray()) {
    if (!(chapter instanceof Y.XmlElement)) continue;
    for (const block of chapter.toArray()) {
      if (!(block instanceof Y.XmlElement) || block.nodeName !== 'paragraph') continue;
      let text = block.get(0);
      if (!(text instanceof Y.XmlText)) {
        text = new Y.XmlText();
        block.insert(0, [text]);
      }
      texts.push(text as Y.XmlText);
    }
  }
  if (texts.length === 0) throw new Error('the dossier has no paragraphs to edit');
  return (edits, onEdit) => {
    for (let i = 0; i < edits; i++) {
      const text = random.pick(texts);
      if (text.length > 20 && random.chance(0.25)) {
        const at = random.int(0, text.length - 5);
        text.delete(at, random.int(1, 4));
      } else {
        text.insert(random.int(0, text.length), `${random.word(2, 8)} `);
      }
      onEdit?.(i);
    }
  };
}
