/**
 * The build ships the catalogues as ICU syntax trees (scripts/precompileMessages.ts) and leaves the
 * ICU parser out of the bundle. Every message of every language must format exactly as its text
 * does, with the values it takes; a message that is not valid ICU stops the build with its id.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { compileCatalogue, loadCatalogue } from '../../scripts/precompileMessages.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { en } from '../../client/i18n/messages/en.ts';
import { fr } from '../../client/i18n/messages/fr.ts';

type Value = string | number | Date | ((chunks: unknown[]) => string);

/** A value for every argument a message takes: numbers for plurals, "other" for selects, a function for tags. */
function sampleValues(ast: MessageFormatElement[], values: Record<string, Value> = {}): Record<string, Value> {
  for (const el of ast) {
    if (el.type === TYPE.argument) values[el.value] ??= `«${el.value}»`;
    else if (el.type === TYPE.number || el.type === TYPE.plural) values[el.value] = 3;
    else if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(Date.UTC(2027, 2, 15));
    else if (el.type === TYPE.select) values[el.value] ??= 'other';
    else if (el.type === TYPE.tag) {
      values[el.value] = (chunks) => `<${el.value}>${chunks.join('')}</${el.value}>`;
      sampleValues(el.children, values);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) sampleValues(option.value, values);
  }
  return values;
}

const format = (message: string | MessageFormatElement[], locale: string, values: Record<string, Value>) =>
  [new IntlMessageFormat(message, locale).format(values)].flat().join('');

describe('precompiled catalogues', () => {
  it.each(LOCALES)('%s: every message formats from its syntax tree exactly as from its text', async (locale) => {
    const file = resolve(import.meta.dirname, `../../client/i18n/messages/${locale}.ts`);
    const texts = await loadCatalogue(file, locale);
    const compiled = compileCatalogue(texts, locale);
    expect(Object.keys(compiled).sort()).toEqual(Object.keys(texts).sort());
    for (const [id, ast] of Object.entries(compiled)) {
      expect(Array.isArray(ast), id).toBe(true);
      const values = sampleValues(ast);
      expect(format(ast, locale, values), id).toBe(format(texts[id]!, locale, values));
    }
  });

  it('reads a catalogue as the app imports it, shared readiness sentences included', async () => {
    const file = resolve(import.meta.dirname, '../../client/i18n/messages/fr.ts');
    expect(await loadCatalogue(file, 'fr')).toEqual(fr);
    const english = await loadCatalogue(resolve(import.meta.dirname, '../../client/i18n/messages/en.ts'), 'en');
    expect(english['readiness.title']).toBe(en['readiness.title']);
  });

  it('names the message that is not valid ICU', () => {
    expect(() => compileCatalogue({ 'broken.one': 'Hello {name' }, 'en')).toThrow(/broken\.one \(en\)/);
  });
});
