import type { Locale } from '../locales.ts';
import { contentPack } from './contentPack.ts';
import { programmeFieldLabel, type ProgrammeFieldName } from './programmeFields.ts';
import { CHECK_TEXTS_EN, type CheckTextKey, type LocalText } from './programmeCheckTexts.ts';

export { CHECK_TEXTS_EN, type CheckTextKey, type LocalText };

const NUMBER_FORMATS = new Map<Locale, Intl.NumberFormat>();
function formatNumber(n: number, locale: Locale): string {
  let f = NUMBER_FORMATS.get(locale);
  if (!f) NUMBER_FORMATS.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false })));
  return f.format(n);
}

/** The sentence in the given language; a key missing from a translation falls back to English. */
export function checkText(text: LocalText, locale: Locale): string {
  if ('field' in text) return programmeFieldLabel(text.field as ProgrammeFieldName, locale);
  const template = contentPack(locale)?.checks[text.key] ?? CHECK_TEXTS_EN[text.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = text.values?.[name as keyof typeof text.values];
    if (v === undefined) return whole;
    if (typeof v === 'number') return formatNumber(v, locale);
    return typeof v === 'string' ? v : checkText(v, locale);
  });
}

/** Sentences start with a capital, even when they begin with a name or a fix written mid-sentence. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
