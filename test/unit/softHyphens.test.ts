import { describe, expect, it } from 'vitest';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { withSoftHyphens } from '../../client/i18n/softHyphens.ts';

describe('soft hyphens in the sidebar’s chapter titles', () => {
  it('give every word of 15 letters or more in a chapter title, in every language, a place to break', () => {
    const unbreakable: string[] = [];
    for (const locale of LOCALES)
      for (const key of CHAPTER_KEYS) {
        const shown = withSoftHyphens(chapterTitle(key, locale));
        for (const word of shown.split(/[\s/-]+/))
          if (word.replace(/\u00AD/g, '').length >= 15 && !word.includes('\u00AD')) unbreakable.push(`${locale}: ${word}`);
      }
    expect(unbreakable).toEqual([]);
  });

  it('change nothing but the soft hyphens, and keep the word’s own case', () => {
    expect(withSoftHyphens('Gemeinsame Qualitätssicherung')).toBe('Gemeinsame Qualitäts\u00ADsicherung');
    expect(withSoftHyphens('Het microcredentialconcept')).toBe('Het micro\u00ADcredential\u00ADconcept');
    expect(withSoftHyphens('QUALITÄTSSICHERUNG')).toBe('QUALITÄTS\u00ADSICHERUNG');
    for (const locale of LOCALES)
      for (const key of CHAPTER_KEYS)
        expect(withSoftHyphens(chapterTitle(key, locale)).replace(/\u00AD/g, '')).toBe(chapterTitle(key, locale));
  });
});
