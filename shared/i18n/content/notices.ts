import { describeClose } from '../../closeCodes.ts';
import type { Locale } from '../locales.ts';
import { contentPack } from './contentPack.ts';

/** A sentence a person can read for a sync close code, in their language. */
export function closeSentence(code: number, locale: Locale): string {
  if (locale === 'en') return describeClose(code);
  const table = contentPack(locale)?.closeSentences;
  if (!table) return describeClose(code);
  return table[code] ?? table.other.replace('{code}', String(code));
}
