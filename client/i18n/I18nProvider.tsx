import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from '../../shared/i18n/locales.ts';
import { setAccountLocale } from '../accountApi.ts';
import { fetchSession } from '../api.ts';
import { loadMessages } from './catalogs.ts';
import { STORAGE_KEY } from './initialLocale.ts';
import type { Messages } from './messages/en.ts';

interface LocaleChoice {
  locale: Locale;
  /** Show the interface in another language now, remember it on this device and, when signed in, with the account. */
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleChoice>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

function keepOnDevice(locale: Locale) {
  // The cookie too: a choice made here, signed out, must not be overruled by an older account's cookie.
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=${365 * 24 * 3600}`;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not kept on this device; the account's choice (where signed in) still is
  }
}

export interface Catalog {
  locale: Locale;
  messages: Messages;
}

/**
 * `first` is the catalogue loaded before the first render (main.tsx waits for it), so a person
 * reading French never sees the English interface flash by.
 */
export function I18nProvider({ first, children }: { first: Catalog; children: ReactNode }) {
  const [wanted, setLocaleState] = useState<Locale>(first.locale);
  // The language in use; until a translation's chunk (catalogue and content pack) arrives, the
  // previous language stays everywhere: messages, chapter headings, labels and `<html lang>` alike.
  const [catalog, setCatalog] = useState<Catalog>(first);

  useEffect(() => {
    let current = true;
    loadMessages(wanted).then(
      (messages) => {
        if (!current) return;
        setCatalog({ locale: wanted, messages });
        document.documentElement.lang = wanted;
      },
      () => {}, // offline before the chunk was cached: keep what is shown
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  // Set once the person picks a language on this page: the account's answer may still be on its way
  // (asked at start, it can arrive after the pick on a slow link) and must not undo the pick.
  const pickedHere = useRef(false);

  // The language kept with the account wins over this device's guess (a new laptop, a shared computer).
  useEffect(() => {
    let live = true;
    fetchSession().then(
      ({ locale: kept }) => {
        if (!live || !kept || pickedHere.current) return;
        keepOnDevice(kept);
        setLocaleState(kept);
      },
      () => {}, // signed out: the device's or browser's language stays
    );
    return () => {
      live = false;
    };
  }, []);

  const setLocale = useCallback((next: Locale) => {
    pickedHere.current = true;
    keepOnDevice(next);
    setLocaleState(next);
    setAccountLocale(next).catch(() => {}); // signed out or offline: kept on this device only
  }, []);

  const locale = catalog.locale;
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
