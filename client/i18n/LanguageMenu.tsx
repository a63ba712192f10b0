import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, isLocale } from '../../shared/i18n/locales.ts';
import { useLocale } from './I18nProvider.tsx';
import { useT } from './useT.ts';

/**
 * The interface language, each language named in itself so a person finds their own whatever is
 * shown now. `labelled` shows a visible label (the account page); the top bar has room only for the menu.
 */
export function LanguageMenu({ labelled = false }: { labelled?: boolean }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  const select = (
    <select
      id={id}
      className="language-menu"
      value={locale}
      aria-label={labelled ? undefined : t('language.choose')}
      title={t('language.choose')}
      data-testid="language-menu"
      onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
  if (!labelled) return select;
  return (
    <div className="field language-field">
      <label htmlFor={id}>{t('language.label')}</label>
      {select}
      <div className="field-hint">{t('language.hint')}</div>
    </div>
  );
}
