import { useEffect, useState } from 'react';
import { loadChapterHelp, type ChapterHelp } from '../../shared/i18n/chapterText.ts';
import { useLocale } from './I18nProvider.tsx';

/**
 * Guidance and checklists in the interface language, once its chunk has arrived (undefined until
 * then, and while offline before it was cached: callers fall back to English).
 */
export function useChapterHelp(): ChapterHelp | undefined {
  const { locale } = useLocale();
  const [help, setHelp] = useState<{ locale: string; help: ChapterHelp }>();
  useEffect(() => {
    // English checklists ship with the page; only translations are worth a fetch.
    if (locale === 'en') return;
    let current = true;
    loadChapterHelp(locale).then(
      (loaded) => current && setHelp({ locale, help: loaded }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return help?.locale === locale ? help.help : undefined;
}
