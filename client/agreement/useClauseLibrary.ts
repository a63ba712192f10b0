import { useEffect } from 'react';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { clauseStore, useLoadedClauses, type LoadedClauses } from './clauseLibraryStore.ts';

export type { LoadedClauses } from './clauseLibraryStore.ts';

let loading: Promise<LoadedClauses | undefined> | undefined;
const fetching = new Set<Locale>();

function load(locale: Locale): void {
  loading ??= Promise.all([import('../../shared/agreement/clauses.ts'), import('../../shared/i18n/content/clauseTexts.ts')]).then(
    ([clauses, words]) => {
      clauseStore.loaded = { clauses, words };
      clauseStore.fallback = { clauses, words };
      clauseStore.notify();
      return clauseStore.loaded;
    },
    () => {
      loading = undefined; // offline before the chunk was cached: try again at the next clause drawn
      return undefined;
    },
  );
  if (clauseStore.arrived.has(locale) || fetching.has(locale)) return;
  fetching.add(locale);
  loading
    .then((library) => (library ? library.words.loadClauseTexts(locale) : Promise.reject(new Error('no clause library'))))
    .then(
      () => {
        clauseStore.arrived.add(locale);
        clauseStore.failed.delete(locale);
      },
      () => clauseStore.failed.add(locale),
    )
    .finally(() => {
      fetching.delete(locale);
      clauseStore.notify();
    });
}

/**
 * The clause library and its words in the reader's language, fetched the first time a clause, a
 * reference or the agreement's panel is drawn. Its wording is most of it and only the library panel
 * and insertion need that; keeping it out of the editor's chunk takes about 6 KB gzip off what the
 * dossier loads before it is editable, and each language's titles are another chunk on top. The
 * agreement is the last chapter, so its clause titles arrive long before anyone scrolls to them.
 * Undefined until both the library and the language's words are here (or the words failed to come:
 * then the answers are English), so a heading never shows English under a German menu first.
 */
export function useClauseLibrary(): LoadedClauses | undefined {
  const { locale } = useLocale();
  useEffect(() => load(locale), [locale]);
  return useLoadedClauses();
}
