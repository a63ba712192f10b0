import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales.ts';

/**
 * The interface language for code outside React (ProseMirror node views): the I18nProvider keeps it
 * on `<html lang>`, so reading and watching that attribute needs no context.
 */
export function pageLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** Calls `listener` each time the interface language changes; returns the function that stops it. */
export function watchPageLocale(listener: (locale: Locale) => void): () => void {
  const observer = new MutationObserver(() => listener(pageLocale()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
