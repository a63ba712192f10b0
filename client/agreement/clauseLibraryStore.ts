import { useSyncExternalStore } from 'react';
import type * as Clauses from '../../shared/agreement/clauses.ts';
import type * as ClauseWords from '../../shared/i18n/content/clauseTexts.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';

export interface LoadedClauses {
  /** The library: types, variants and their model wording. */
  clauses: typeof Clauses;
  /** Titles, variant choices and reference names in a language (`clauseTitleIn(id, locale)`…). */
  words: typeof ClauseWords;
}

/**
 * What of the clause library has arrived (useClauseLibrary.ts fetches it). Apart from the fetching,
 * so that a panel outside the dossier's chunk can read the words without becoming one more place the
 * library is fetched from: the bundler then keeps the library's chunks as they were.
 */
export const clauseStore = {
  loaded: undefined as LoadedClauses | undefined,
  /** The same, for a language whose words failed to come: another object, so a later arrival redraws its readers. */
  fallback: undefined as LoadedClauses | undefined,
  /** Languages whose words are here, and those whose fetch failed (then English, until a later clause tries again). */
  arrived: new Set<Locale>(['en']),
  failed: new Set<Locale>(),
  listeners: new Set<() => void>(),
  notify(): void {
    clauseStore.listeners.forEach((listener) => listener());
  },
};

function subscribe(listener: () => void): () => void {
  clauseStore.listeners.add(listener);
  return () => clauseStore.listeners.delete(listener);
}

const snapshot = (locale: Locale) => {
  const { loaded, fallback, arrived, failed } = clauseStore;
  return arrived.has(locale) ? loaded : failed.has(locale) ? fallback : undefined;
};

/** The library and its words in the reader's language once they are here (undefined until then); fetches nothing. */
export function useLoadedClauses(): LoadedClauses | undefined {
  const { locale } = useLocale();
  return useSyncExternalStore(subscribe, () => snapshot(locale));
}
