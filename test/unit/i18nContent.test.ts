/**
 * Every translated table of shared content covers every chapter, checklist item, status, role, error
 * and close code in every language, with the same placeholders as English, and is really translated.
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER_CHECKLISTS } from '../../shared/chapterChecklists.ts';
import { CHAPTER_GUIDANCE } from '../../shared/chapterGuidance.ts';
import { CHAPTERS } from '../../shared/chapters.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { CHAPTER_CHROME, chapterSummary, chapterTitle, checklistTitle, loadChapterHelp } from '../../shared/i18n/chapterText.ts';
import { API_ERROR_CODES, ERROR_SENTENCES_EN, errorSentence } from '../../shared/i18n/content/errors.ts';
import { EXPORT_LABELS } from '../../shared/i18n/content/exportLabels.ts';
import { closeSentence } from '../../shared/i18n/content/notices.ts';
import { CONTENT_PACKS } from '../../shared/i18n/content/packs/all.ts';
import { STATUS_GUIDANCE, STATUS_LABEL } from '../../shared/discussion.ts';
import { ROLE_HINT, ROLE_LABEL } from '../../shared/roles.ts';
import { PARTNER_IDENTIFIER_LABEL, PARTNER_TYPE_LABEL } from '../../shared/partnerKinds.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { ERROR_STATUS } from '../../server/http/errors.ts';
import { en } from '../../client/i18n/messages/en.ts';
import { loadMessages } from '../../client/i18n/catalogs.ts';

const OTHERS = LOCALES.filter((l) => l !== 'en');
/** `{page}`, `{count, plural, …}` → the names of the values a text takes, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe('chapter headings, guidance and checklists', () => {
  it.each(OTHERS)('%s has a title and summary for every chapter, unlike the English', (locale) => {
    for (const key of CHAPTER_KEYS) {
      const english = CHAPTERS.find((c) => c.key === key)!;
      expect(chapterTitle(key, locale), key).not.toBe(english.title);
      expect(chapterSummary(key, locale), key).not.toBe(english.summary);
      expect(chapterTitle(key, locale).trim(), key).not.toBe('');
    }
  });

  it.each(OTHERS)('%s translates every guidance paragraph and checklist item, item for item', async (locale) => {
    const help = await loadChapterHelp(locale);
    expect(Object.keys(help).sort()).toEqual([...CHAPTER_KEYS].sort());
    for (const key of CHAPTER_KEYS) {
      // The checklist's order is a stored contract (decision keys hold the index): same length, same places.
      expect(help[key].checklist, key).toHaveLength(CHAPTER_CHECKLISTS[key].length);
      expect(help[key].guidance, key).toHaveLength(CHAPTER_GUIDANCE[key].guidance.length);
      help[key].checklist.forEach((item, i) => {
        expect(item.trim(), `${key} ${i}`).not.toBe('');
        expect(item, `${key} ${i}`).not.toBe(CHAPTER_CHECKLISTS[key][i]);
        expect(checklistTitle(help, key, i)).toBe(item);
      });
      help[key].guidance.forEach((paragraph, i) => expect(paragraph, `${key} ${i}`).not.toBe(CHAPTER_GUIDANCE[key].guidance[i]));
    }
  });

  it('English guidance is the source itself, and a missing translation falls back to English by index', async () => {
    expect(await loadChapterHelp('en')).toBe(CHAPTER_GUIDANCE);
    expect(checklistTitle(undefined, 'vision', 0)).toBe(CHAPTER_CHECKLISTS.vision[0]);
  });

  it.each(LOCALES)('%s words around a chapter heading keep the chapter number', (locale) => {
    expect(placeholders(CHAPTER_CHROME[locale].kicker)).toEqual(['number']);
  });
});

describe('statuses, roles, partner types and identifiers', () => {
  const english = {
    statusLabels: STATUS_LABEL,
    statusHints: STATUS_GUIDANCE,
    roleLabels: ROLE_LABEL,
    roleHints: ROLE_HINT,
    partnerTypes: PARTNER_TYPE_LABEL,
    identifiers: PARTNER_IDENTIFIER_LABEL,
  } as const;
  it.each(Object.entries(english))('%s has the keys of the English in every language', (name, table) => {
    const keys = Object.keys(table).sort();
    for (const locale of OTHERS) {
      const translated: Record<string, string> = CONTENT_PACKS[locale][name as keyof typeof english];
      expect(Object.keys(translated).sort(), locale).toEqual(keys);
      for (const text of Object.values(translated)) expect(text.trim()).not.toBe('');
    }
  });
});

describe('error and close-code sentences', () => {
  it('the shared list of error codes is the server’s list', () => {
    expect([...API_ERROR_CODES].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  it.each(LOCALES)('%s has a sentence for every error code', (locale) => {
    const table = locale === 'en' ? ERROR_SENTENCES_EN : CONTENT_PACKS[locale].errors;
    for (const code of API_ERROR_CODES) expect(table[code].trim(), code).not.toBe('');
    expect(Object.keys(table).sort()).toEqual([...API_ERROR_CODES].sort());
    expect(errorSentence('no-such-code', locale)).toBeUndefined();
  });

  it.each(OTHERS)('%s has a sentence for every close code, and one with the number for others', (locale) => {
    for (const code of Object.values(CloseCode)) {
      expect(CONTENT_PACKS[locale].closeSentences[code], String(code)).toBeTruthy();
      expect(closeSentence(code, locale)).not.toBe(closeSentence(code, 'en'));
    }
    expect(closeSentence(4999, locale)).toContain('4999');
  });
});

describe('export labels', () => {
  it.each(OTHERS)('%s has every label with the same placeholders as English', (locale) => {
    const english = EXPORT_LABELS.en;
    const translated = EXPORT_LABELS[locale];
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      const other = translated[key as keyof typeof english];
      if (typeof value === 'string') expect(placeholders(other as string), key).toEqual(placeholders(value));
      else expect(Object.keys(other).sort(), key).toEqual(Object.keys(value).sort());
    }
  });
});

describe('interface messages this work added', () => {
  const added = Object.keys(en).filter((k) => k.startsWith('documentLanguage.'));
  it.each(OTHERS)('%s translates the document language setting with the same values', async (locale) => {
    const { [locale]: own } = await import(`../../client/i18n/messages/${locale}.ts`);
    const messages = await loadMessages(locale);
    for (const key of added) {
      expect(own[key], key).toBeTruthy();
      expect(placeholders(messages[key as keyof typeof en]), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});
