import { useEffect, useSyncExternalStore } from 'react';
import type * as Clauses from '../../shared/agreement/clauses.ts';

type ClauseLibrary = typeof Clauses;

let library: ClauseLibrary | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The clause library (titles, variants and their model wording), fetched the first time a clause is
 * drawn. Its wording is most of it and only the library panel and insertion need that; keeping it out
 * of the editor's chunk takes about 6 KB gzip off what the dossier loads before it is editable. The
 * agreement is the last chapter, so its clause titles arrive long before anyone scrolls to them.
 */
export function useClauseLibrary(): ClauseLibrary | undefined {
  useEffect(() => {
    loading ??= import('../../shared/agreement/clauses.ts').then(
      (loaded) => {
        library = loaded;
        listeners.forEach((listener) => listener());
      },
      () => {
        loading = undefined; // offline before the chunk was cached: try again at the next clause drawn
      },
    );
  }, []);
  return useSyncExternalStore(subscribe, () => library);
}
