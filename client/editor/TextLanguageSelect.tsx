import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useMemo } from 'react';
import { BLOCK_LANGUAGES } from '../../shared/i18n/languageTags.ts';
import { LANGUAGE_BLOCKS } from '../../shared/schema/blockLanguage.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/** The marked language of the block the cursor is in ('' when it has none). */
function currentLanguage(editor: Editor): string {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if ((LANGUAGE_BLOCKS as readonly string[]).includes(node.type.name) && node.attrs.lang) return String(node.attrs.lang);
  }
  return '';
}

/**
 * "Text language": marks the paragraph, heading or list item at the cursor as written in another
 * language, so screen readers pronounce it right and exports keep the mark. Names come from the
 * browser in the interface language.
 */
export function TextLanguageSelect({ editor }: { editor: Editor }) {
  const t = useT();
  const { locale } = useLocale();
  const lang = useEditorState({ editor, selector: ({ editor: e }) => currentLanguage(e) });
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return BLOCK_LANGUAGES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  const known = lang === '' || options.some((o) => o.code === lang);

  return (
    <label className="tool-select" title={t('editor.textLanguage.hint')}>
      <span className="tool-select-label">{t('editor.textLanguage')}</span>
      <select
        value={lang}
        aria-label={t('editor.textLanguage')}
        onChange={(event) =>
          editor
            .chain()
            .focus()
            .setBlockLanguage(event.target.value || null)
            .run()
        }
        data-testid="text-language"
      >
        <option value="">{t('editor.textLanguage.document')}</option>
        {!known && <option value={lang}>{lang}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
