import { FIELD_LABELS_EN, programmeFieldLabel, type ProgrammeFieldName } from './i18n/content/programmeFields.ts';
import type { Locale } from './i18n/locales.ts';

/**
 * "partner.contactEmail" → "Contact email": the name of a form field as a person reads it. In
 * another language, a programme field takes its translated name; other fields keep the English
 * words made from their name (the server's sentences about them are English too).
 */
export function fieldLabel(path: string, locale: Locale = 'en'): string {
  const last =
    path
      .split('.')
      .filter((p) => p && !/^\d+$/.test(p))
      .at(-1) ?? path;
  if (locale !== 'en' && Object.hasOwn(FIELD_LABELS_EN, last)) return programmeFieldLabel(last as ProgrammeFieldName, locale);
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
