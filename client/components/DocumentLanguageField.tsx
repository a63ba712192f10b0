import { useState } from 'react';
import { updateConsortium, type Consortium } from '../api.ts';
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, isLocale, type Locale } from '../../shared/i18n/locales.ts';
import { useT } from '../i18n/useT.ts';

/**
 * The consortium's document language: the language of the exports' fixed words. Coordinators choose
 * it; everyone else sees which one it is.
 */
export function DocumentLanguageField({ consortium, canChange }: { consortium: Consortium; canChange: boolean }) {
  const t = useT();
  const [language, setLanguage] = useState<Locale>(consortium.documentLanguage ?? DEFAULT_LOCALE);
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);

  if (!canChange) return <p className="document-language muted">{t('documentLanguage.only', { language: LOCALE_NAMES[language] })}</p>;

  const choose = async (next: Locale) => {
    const before = language;
    setLanguage(next);
    setBusy(true);
    setNote(undefined);
    try {
      const saved = await updateConsortium(consortium.id, { documentLanguage: next });
      setNote({ text: t('documentLanguage.saved', { language: LOCALE_NAMES[saved.documentLanguage ?? next] }) });
    } catch (error) {
      setLanguage(before);
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="document-language">
      <label htmlFor="document-language">{t('documentLanguage.label')}</label>
      <select
        id="document-language"
        value={language}
        disabled={busy}
        aria-describedby="document-language-hint"
        onChange={(event) => isLocale(event.target.value) && void choose(event.target.value)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <p id="document-language-hint" className="muted">
        {t('documentLanguage.hint')}
      </p>
      {note && (
        <p role={note.error ? 'alert' : 'status'} className={note.error ? 'inline-error' : 'document-language-saved'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
