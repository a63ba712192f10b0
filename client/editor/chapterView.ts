import { ChapterNode } from '../../shared/schema/chapterNode.ts';
import { chapterByKey } from '../../shared/chapters.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The guidance text is loaded when someone first opens a chapter's guidance (it is not needed to read or type). */
async function fillGuidance(body: HTMLElement, key: ChapterKey): Promise<void> {
  const { CHAPTER_GUIDANCE } = await import('../../shared/chapterGuidance.ts');
  if (body.hasChildNodes()) return;
  const { guidance, checklist } = CHAPTER_GUIDANCE[key];
  for (const paragraph of guidance) body.append(el('p', undefined, paragraph));
  body.append(el('h4', undefined, 'Decisions to take'));
  const list = el('ul', 'checklist');
  for (const item of checklist) list.append(el('li', undefined, item));
  body.append(list);
}

/**
 * The chapter as people see it: a fixed heading and the guidance, drawn from the chapter key and
 * kept out of the editable content, then the team's own text.
 */
export const ChapterView = ChapterNode.extend({
  addNodeView() {
    return ({ node }) => {
      const key = String(node.attrs.key ?? '');
      const def = chapterByKey(key);
      const dom = el('section', 'chapter');
      dom.dataset.chapter = '';
      dom.dataset.key = key;
      dom.id = `chapter-${key}`;

      const head = el('header', 'chapter-head');
      head.contentEditable = 'false';
      head.append(el('div', 'chapter-kicker', def ? `Chapter ${def.number}` : 'Chapter'));
      head.append(el('h2', 'chapter-title', def?.title ?? key));
      if (def) {
        head.append(el('p', 'chapter-summary', def.summary));
        const details = el('details', 'chapter-guidance');
        details.append(el('summary', undefined, 'Guidance and decisions to take'));
        const body = el('div', 'guidance-body');
        details.append(body);
        details.addEventListener('toggle', () => {
          if (details.open && !body.hasChildNodes()) void fillGuidance(body, def.key);
        });
        const slot = el('div', 'chapter-meta-slot');
        slot.dataset.key = key;
        head.append(slot, details);
        // The agreement's readiness, clause library and references are drawn here (client/agreement/AgreementPanel.tsx).
        if (key === 'agreement') head.append(el('div', 'agreement-slot'));
      }
      const contentDOM = el('div', 'chapter-body');
      dom.append(head, contentDOM);

      return {
        dom,
        contentDOM,
        // The header is ours, not ProseMirror's: let clicks (guidance toggle) and its DOM changes pass.
        stopEvent: (event) => head.contains(event.target as globalThis.Node),
        ignoreMutation: (mutation) => mutation.type !== 'selection' && head.contains(mutation.target),
        update: (updated) => updated.type.name === 'chapter' && updated.attrs.key === key,
      };
    };
  },
});
