import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { en } from '../../client/i18n/messages/en.ts';
import { de } from '../../client/i18n/messages/de.ts';
import { es } from '../../client/i18n/messages/es.ts';
import { fr } from '../../client/i18n/messages/fr.ts';
import { nl } from '../../client/i18n/messages/nl.ts';

/** The message catalogues: complete in every language, all used, valid ICU, the same placeholders as English. */
const translations: Record<string, Record<string, string | undefined>> = { fr, de, es, nl };
const englishKeys = Object.keys(en);

/** Names of the arguments a message takes ({name}, {count, plural, …}, <b>…</b>), wherever they are nested. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

function clientSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'messages')) ? [] : clientSources(path);
    return /\.(ts|tsx)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('interface messages', () => {
  it('every interface language has a catalogue', () => {
    expect(Object.keys(translations).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
  });

  for (const [locale, messages] of Object.entries(translations)) {
    it(`${locale} translates every English key and has none English lacks`, () => {
      expect(englishKeys.filter((key) => typeof messages[key] !== 'string' || messages[key] === '')).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in en))).toEqual([]);
    });

    it(`${locale} messages parse and take the same placeholders as English`, () => {
      const problems: string[] = [];
      for (const key of englishKeys) {
        const text = messages[key];
        if (text === undefined) continue;
        try {
          const mine = [...argumentsOf(parse(text))].sort();
          const english = [...argumentsOf(parse(en[key as keyof typeof en]))].sort();
          if (mine.join() !== english.join()) problems.push(`${key}: {${mine.join(', ')}} but English has {${english.join(', ')}}`);
        } catch (error) {
          problems.push(`${key}: does not parse (${(error as Error).message})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('English messages parse', () => {
    const broken = englishKeys.filter((key) => {
      try {
        parse(en[key as keyof typeof en]);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('every key is used somewhere in the client (or in an export that shares the words, such as the readiness report)', () => {
    const source = [
      ...clientSources(join(import.meta.dirname, '../../client')),
      ...clientSources(join(import.meta.dirname, '../../shared/export')),
    ].join('\n');
    expect(englishKeys.filter((key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`))).toEqual([]);
  });
});
