import type { Locale } from '../../shared/i18n/locales.ts';

/** Quotation marks as each language writes them (German „…“, French « … »), around a quoted phrase. */
const MARKS: Record<Locale, [string, string]> = {
  en: ['“', '”'],
  de: ['„', '“'],
  es: ['«', '»'],
  fr: ['« ', ' »'],
  nl: ['‘', '’'],
};

export const quoted = (text: string, locale: Locale): string => `${MARKS[locale][0]}${text}${MARKS[locale][1]}`;
