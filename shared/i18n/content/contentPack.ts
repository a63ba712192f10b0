import type { Locale } from '../locales.ts';
import type { ContentPack, LabelTable, OtherLocale } from './contentPackTypes.ts';

export type { ContentPack, LabelTable, OtherLocale } from './contentPackTypes.ts';

const registered = new Map<Locale, ContentPack>();

export function registerContentPack(locale: OtherLocale, pack: ContentPack): void {
  registered.set(locale, pack);
}

/**
 * The pack of a language other than English, once registered; undefined for English and for a
 * language this page has not loaded, whose lookups then fall back to English.
 */
export function contentPack(locale: Locale): ContentPack | undefined {
  return registered.get(locale);
}

const loaders: Record<OtherLocale, () => Promise<ContentPack>> = {
  fr: () => import('./packs/fr.ts').then((m) => m.fr),
  de: () => import('./packs/de.ts').then((m) => m.de),
  es: () => import('./packs/es.ts').then((m) => m.es),
  nl: () => import('./packs/nl.ts').then((m) => m.nl),
};

/** Fetches and registers a language's pack (nothing to do for English or a pack already here). */
export async function loadContentPack(locale: Locale): Promise<void> {
  if (locale === 'en' || registered.has(locale)) return;
  registerContentPack(locale, await loaders[locale]());
}

/** A lookup of one label table: the language's pack, or English where the pack is not here. */
export const labelLookup =
  <T extends LabelTable>(english: ContentPack[T], table: T) =>
  (key: keyof ContentPack[T], locale: Locale): string =>
    ((contentPack(locale)?.[table] ?? english) as Record<string, string>)[key as string]!;
