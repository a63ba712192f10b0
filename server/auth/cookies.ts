import { LOCALE_COOKIE } from '../../shared/i18n/locales.ts';

export const SESSION_COOKIE = 'jointly_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined; // malformed %-escapes: no session (decodeURIComponent throws URIError)
    }
  }
  return undefined;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The account's interface language for the first render on a device (LOCALE_COOKIE); a year, like a preference. */
export function localeCookie(locale: string, secure: boolean): string {
  return [
    `${LOCALE_COOKIE}=${encodeURIComponent(locale)}`,
    'Path=/',
    'SameSite=Lax',
    `Max-Age=${365 * 24 * 3600}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const clearSessionCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
