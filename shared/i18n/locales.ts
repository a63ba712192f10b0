/** The interface languages; the first is the fallback and the language message keys are written in. */
export const LOCALES = ['en', 'fr', 'de', 'es', 'nl'] as const;

/**
 * A readable cookie with the account's interface language: set at every sign-in and on each change,
 * so the first page on a new device is drawn in that language instead of flipping once the session
 * is read. It says nothing the page does not show anyway.
 */
export const LOCALE_COOKIE = 'jointly_locale';
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a person looks for it in a language picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  nl: 'Nederlands',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among a person's preferences (`navigator.languages`, or an
 * Accept-Language header's tags in order): "nl-BE" counts as "nl".
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
