import { loadContentPack } from '../../shared/i18n/content/contentPack.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { en, type Messages, type Translation } from './messages/en.ts';

/**
 * English ships with the app (it is the fallback); every other language is its own chunk (its
 * catalogue and its content pack), fetched only by the people who read it.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Translation>> = {
  fr: () => import('./messages/fr.ts').then((m) => m.fr),
  de: () => import('./messages/de.ts').then((m) => m.de),
  es: () => import('./messages/es.ts').then((m) => m.es),
  nl: () => import('./messages/nl.ts').then((m) => m.nl),
};

/**
 * A language's messages, with English under any key the translation lacks; the language's content
 * pack (chapter headings, labels, check and error sentences) is registered by the time they resolve.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return en;
  const [translation] = await Promise.all([loaders[locale](), loadContentPack(locale)]);
  return { ...en, ...translation };
}
