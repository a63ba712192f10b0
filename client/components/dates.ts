/**
 * Due dates are stored as days (YYYY-MM-DD) and shown day-month-year with the month in words
 * ("15 Mar 2027", "15 mars 2027"): unambiguous for partners in every country. `locale` is the
 * interface language (useLocale()), not the browser's.
 */

/** English writes day-month-year the British way; the other interface languages do so anyway. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month names a person may type: English always, and the interface language's (full and short, no dots). */
function monthNames(locale: string): string[][] {
  const names = ENGLISH_MONTHS.map((m) => [m]);
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(intlLocale(locale), { month });
    names.forEach((list, i) =>
      list.push(
        format
          .format(new Date(2027, i, 15))
          .toLowerCase()
          .replace(/\.$/, ''),
      ),
    );
  }
  return names;
}

/**
 * A day in the reader's own format. `new Date('2027-03-15')` is midnight UTC, which west of
 * Greenwich is still the 14th: build the date from its parts, in local time, instead.
 */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A moment (ISO time) the same day-month-year way with the time of day: "2 Dec 2026, 10:55". */
export function formatMoment(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(year, month - 1, day);
  if (probe.getMonth() !== month - 1) return undefined; // 31 April, 29 February of a common year
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day first, as in most of Europe; month first only when day first cannot be a date (03/15/2027). */
function dayOrMonthFirst(a: number, b: number, year: number): string | undefined {
  return isoDay(year, b, a) ?? isoDay(year, a, b);
}

/**
 * What a person typed as a day: "15 Mar 2027", "15 March 2027", "15/03/2027", "15.3.2027",
 * "15-03-2027", "15032027", "2027-03-15". Returns YYYY-MM-DD, or undefined when it is not a
 * complete, real date (so nothing half-typed is ever saved).
 */
export function parseDay(text: string, locale = 'en'): string | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})$/.exec(t);
  if (m) return dayOrMonthFirst(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) return dayOrMonthFirst(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.?\s*(\p{L}+)\.?\s*(\d{4})$/u.exec(t) ?? /^(\p{L}+)\.?\s*(\d{1,2})\s+(\d{4})$/u.exec(t);
  if (m) {
    const [dayText, monthText] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = monthNames(locale).findIndex((names) => names.some((name) => monthText.startsWith(name)));
    if (month >= 0 && monthText.length >= 3) return isoDay(Number(m[3]), month + 1, Number(dayText));
  }
  return undefined;
}
