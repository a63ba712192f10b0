import { ChapterNode } from '../../shared/schema/chapterNode.ts';
import { chapterByKey } from '../../shared/chapters.ts';
import type { ChapterDefinition } from '../../shared/chapterTypes.ts';
import { CHAPTER_CHROME, chapterSummary, chapterTitle, loadChapterHelp } from '../../shared/i18n/chapterText.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { pageLocale, watchPageLocale } from '../i18n/pageLocale.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The guidance text is loaded when someone first opens a chapter's guidance (it is not needed to read or type), one chunk per language. */
async function fillGuidance(body: HTMLElement, def: ChapterDefinition, locale: Locale): Promise<void> {
  const help = await loadChapterHelp(locale);
  if (body.dataset.locale === locale) return;
  const { guidance, checklist } = help[def.key];
  body.replaceChildren();
  body.dataset.locale = locale;
  body.lang = locale;
  for (const paragraph of guidance) body.append(el('p', undefined, paragraph));
  body.append(el('h4', undefined, CHAPTER_CHROME[locale].decisions));
  const list = el('ul', 'checklist');
  for (const item of checklist) list.append(el('li', undefined, item));
  body.append(list);
}

/**
 * The chapter as people see it: a fixed heading and the guidance, drawn from the chapter key and
 * kept out of the editable content, then the team's own text. The heading follows the interface
 * language, and changes with it.
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
      const kicker = el('div', 'chapter-kicker');
      const title = el('h2', 'chapter-title', key);
      head.append(kicker, title);
      let unwatch = () => {};
      if (def) {
        const summary = el('p', 'chapter-summary');
        const details = el('details', 'chapter-guidance');
        const toggle = el('summary');
        details.append(toggle);
        const body = el('div', 'guidance-body');
        details.append(body);
        details.addEventListener('toggle', () => {
          if (details.open && body.dataset.locale !== pageLocale()) void fillGuidance(body, def, pageLocale());
        });
        const slot = el('div', 'chapter-meta-slot');
        slot.dataset.key = key;
        head.append(summary, slot, details);
        // The agreement's readiness, clause library and references are drawn here (client/agreement/AgreementPanel.tsx).
        if (key === 'agreement') head.append(el('div', 'agreement-slot'));

        const show = (locale: Locale) => {
          head.lang = locale;
          kicker.textContent = CHAPTER_CHROME[locale].kicker.replace('{number}', String(def.number));
          title.textContent = chapterTitle(def.key, locale);
          summary.textContent = chapterSummary(def.key, locale);
          toggle.textContent = CHAPTER_CHROME[locale].guidance;
          if (details.open) void fillGuidance(body, def, locale);
        };
        show(pageLocale());
        unwatch = watchPageLocale(show);
      } else {
        kicker.textContent = CHAPTER_CHROME[pageLocale()].kicker.replace(' {number}', '');
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
        destroy: () => unwatch(),
      };
    };
  },
});
