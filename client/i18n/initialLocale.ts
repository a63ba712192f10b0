import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from '../../shared/i18n/locales.ts';

/** Where a language chosen on this device is kept. */
export const STORAGE_KEY = 'jointly.locale';

/** The account's language as the server last set it on this device (at sign-in), if any. */
function accountCookieLocale(): Locale | undefined {
  if (typeof document === 'undefined') return undefined;
  const found = document.cookie.split('; ').find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  const value = found?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(value) ? value : undefined;
}

/**
 * The account's language (its cookie, set at sign-in), else the language chosen on this device
 * before, else the browser's first supported language.
 */
export function initialLocale(): Locale {
  const account = accountCookieLocale();
  if (account) return account;
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (isLocale(kept)) return kept;
  } catch {
    // Storage can be unavailable (private modes, sandboxed frames): the browser's languages still count.
  }
  return negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}
