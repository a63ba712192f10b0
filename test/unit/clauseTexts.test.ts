/**
 * The clause library in every interface language: each clause type's title, each variant's label
 * and summary and each reference's names have a text of their own in every language, and the
 * lookups answer in English until a language's words are loaded. The wording of the clauses (their
 * paragraphs) is never translated. This file registers no language up front, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_LIBRARY, clauseJson, notSetText, REF_KEYS, REF_LABEL, REF_SHORT } from '../../shared/agreement/clauses.ts';
import { resolveRefs } from '../../shared/agreement/references.ts';
import { NO_BLOCKS } from '../../shared/programme/blockNodes.ts';
import {
  clauseTitleIn,
  hasClauseTexts,
  loadClauseTexts,
  notSetIn,
  refLabelIn,
  refShortIn,
  refTextIn,
  variantTextIn,
} from '../../shared/i18n/content/clauseTexts.ts';
import type { ClauseTexts } from '../../shared/i18n/content/clauseTextTypes.ts';
import { de } from '../../shared/i18n/content/clauses/de.ts';
import { es } from '../../shared/i18n/content/clauses/es.ts';
import { fr } from '../../shared/i18n/content/clauses/fr.ts';
import { nl } from '../../shared/i18n/content/clauses/nl.ts';

const TRANSLATIONS: Record<'fr' | 'de' | 'es' | 'nl', ClauseTexts> = { fr, de, es, nl };

/** Every text a language must have, by a readable path, with its English. */
function englishTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const type of CLAUSE_LIBRARY) {
    texts.set(`clauses.${type.id}.title`, type.title);
    for (const v of type.variants) {
      texts.set(`clauses.${type.id}.variants.${v.id}.label`, v.label);
      texts.set(`clauses.${type.id}.variants.${v.id}.summary`, v.summary);
    }
  }
  for (const key of REF_KEYS) {
    texts.set(`refLabels.${key}`, REF_LABEL[key]);
    texts.set(`refShort.${key}`, REF_SHORT[key]);
  }
  return texts;
}

/** Every string of a translation, by the same paths. */
function translatedTexts(texts: ClauseTexts): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, c] of Object.entries(texts.clauses)) {
    out.set(`clauses.${id}.title`, c.title);
    for (const [vid, v] of Object.entries(c.variants)) {
      out.set(`clauses.${id}.variants.${vid}.label`, v.label);
      out.set(`clauses.${id}.variants.${vid}.summary`, v.summary);
    }
  }
  for (const [key, text] of Object.entries(texts.refLabels)) out.set(`refLabels.${key}`, text);
  for (const [key, text] of Object.entries(texts.refShort)) out.set(`refShort.${key}`, text);
  return out;
}

/** Where the language's word really is the English one. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['clauses.parties.title', 'clauses.admission.title', 'clauses.signatures.title', 'refShort.ects'],
  de: ['refShort.ects'],
  es: ['refShort.ects'],
  nl: ['refShort.ects', 'refShort.partners'],
};

describe('the clause library’s words in every language', () => {
  const english = englishTexts();

  it.each(Object.entries(TRANSLATIONS))('%s has a text for every clause type, variant and reference, and nothing else', (_, texts) => {
    const translated = translatedTexts(texts);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of translated) expect(text.trim(), path).not.toBe('');
    expect(texts.notSet).toContain('{what}');
  });

  it.each(Object.entries(TRANSLATIONS))('%s translates every text, except where the word is the same', (locale, texts) => {
    const untranslated = [...translatedTexts(texts)].filter(([path, text]) => text === english.get(path)).map(([path]) => path);
    expect(untranslated.sort()).toEqual([...SAME_AS_ENGLISH[locale]!].sort());
  });

  it.each(Object.entries(TRANSLATIONS))('%s keeps the same marks of a law the English names (Art. 26 and 28 GDPR)', (_, texts) => {
    const summary = (variant: string) => texts.clauses['data-protection']!.variants[variant]!.summary;
    expect(summary('joint-controllers')).toMatch(/26/);
    expect(summary('controller-processor')).toMatch(/28/);
  });
});

describe('clause lookups', () => {
  it('answer in English for a language whose words are not loaded, and for English', () => {
    expect(hasClauseTexts('de')).toBe(false);
    expect(clauseTitleIn('parties', 'de')).toBe('Parties');
    expect(variantTextIn('data-protection', 'controller-processor', 'de')).toEqual({
      label: 'Controller and processor',
      summary: 'The registering Party decides; the others process data on its behalf (Art. 28 GDPR).',
    });
    expect(refLabelIn('ects', 'de')).toBe('Total ECTS');
    expect(refShortIn('feeSplit', 'de')).toBe('Fee split');
    expect(notSetIn('feeSplit', 'de')).toBe('[fee split not yet set]');
    expect(clauseTitleIn('parties', 'en')).toBe('Parties');
  });

  it('answer in the language once loaded, and only in that one', async () => {
    await loadClauseTexts('de');
    expect(hasClauseTexts('de')).toBe(true);
    expect(clauseTitleIn('parties', 'de')).toBe('Vertragsparteien');
    expect(clauseTitleIn('data-protection', 'de')).toBe('Daten der Lernenden und Datenschutz');
    expect(variantTextIn('data-protection', 'controller-processor', 'de')?.label).toBe('Verantwortlicher und Auftragsverarbeiter');
    expect(refLabelIn('ects', 'de')).toBe('ECTS insgesamt');
    expect(refShortIn('feeSplit', 'de')).toBe('Gebührenaufteilung');
    expect(notSetIn('feeSplit', 'de')).toBe('[Gebührenaufteilung: noch nicht festgelegt]');
    expect(clauseTitleIn('parties', 'fr')).toBe('Parties');
    expect(refShortIn('feeSplit', 'fr')).toBe('Fee split');
  });

  it('fall back as the library does: an unknown variant is the first, an unknown type is a plain "Clause"', async () => {
    await loadClauseTexts('nl');
    expect(variantTextIn('disputes', 'no-such-variant', 'nl')?.label).toBe(nl.clauses.disputes!.variants.escalation!.label);
    expect(variantTextIn('no-such-type', 'standard', 'nl')).toBeUndefined();
    expect(clauseTitleIn('no-such-type', 'nl')).toBe('Clause');
    expect(clauseTitleIn(undefined, 'nl')).toBe('Clause');
  });

  it('word only "not yet set" in the reader’s language: values and the recorded English stay as they are', async () => {
    await loadClauseTexts('es');
    const refs = resolveRefs({ partners: [], blocks: NO_BLOCKS, decisions: [] });
    // What a sign-off records does not depend on anyone's language.
    expect(refs.feeSplit).toEqual({ text: notSetText('feeSplit'), set: false });
    expect(refs.feeSplit.text).toBe('[fee split not yet set]');
    expect(refTextIn('feeSplit', refs.feeSplit.text, 'es')).toBe('[Reparto de las tasas: por definir]');
    expect(refTextIn('ects', '20 ECTS', 'es')).toBe('20 ECTS');
    expect(refTextIn('ects', refs.feeSplit.text, 'es')).toBe(refs.feeSplit.text);
  });

  it('never translate the clauses’ wording: an inserted clause reads as the library wrote it, whatever the language', async () => {
    await loadClauseTexts('fr');
    expect(JSON.stringify(clauseJson('parties').content)).toContain('This agreement is made between the following institutions');
    for (const texts of Object.values(TRANSLATIONS))
      for (const c of Object.values(texts.clauses))
        for (const v of Object.values(c.variants)) expect(Object.keys(v).sort()).toEqual(['label', 'summary']);
  });
});
