import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale } from '../../shared/i18n/locales.ts';
import { loadMessages } from './catalogs.ts';
import { en, type Messages } from './messages/en.ts';

const STORAGE_KEY = 'jointly.locale';

interface LocaleChoice {
  locale: Locale;
  /** Show the interface in another language now (and remember it on this device). */
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleChoice>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

/** The language chosen on this device before, else the browser's first supported language. */
export function initialLocale(): Locale {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (isLocale(kept)) return kept;
  } catch {
    // Storage can be unavailable (private modes, sandboxed frames): the browser's languages still count.
  }
  return negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  // Messages of the language in use; until a translation's chunk arrives, the previous language stays.
  const [catalog, setCatalog] = useState<{ locale: Locale; messages: Messages }>({ locale: DEFAULT_LOCALE, messages: en });

  useEffect(() => {
    let current = true;
    loadMessages(locale).then(
      (messages) => current && setCatalog({ locale, messages }),
      () => {}, // offline before the chunk was cached: keep what is shown
    );
    document.documentElement.lang = locale;
    return () => {
      current = false;
    };
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not kept on this device; the account's choice (where signed in) still is
    }
    setLocaleState(next);
  }, []);

  const choice = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={choice}>
      <IntlProvider locale={catalog.locale} defaultLocale={DEFAULT_LOCALE} messages={catalog.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** The interface language and a way to change it. */
export function useLocale(): LocaleChoice {
  return useContext(LocaleContext);
}
