/**
 * The programme checks, field names and option labels speak every interface language: every text
 * in every language, with the placeholders of the English, really translated, and a real finding
 * put into French from its key and values.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_TEXTS_EN, checkText, type CheckTextKey } from '../../shared/i18n/content/programmeChecks.ts';
import { ENGLISH_LABELS, FIELD_LABELS_EN, assessmentLabel, modeLabel } from '../../shared/i18n/content/programmeFields.ts';
import { CONTENT_PACKS } from '../../shared/i18n/content/packs/all.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { fieldLabel } from '../../shared/fieldLabel.ts';
import { programmeView, type ProgrammeBlocks } from '../../shared/programme/blocks.ts';
import { ANNEX_MANDATORY_ELEMENTS, ANNEX_OPTIONAL_ELEMENTS } from '../../shared/programme/annexRules.ts';
import { runChecks } from '../../shared/programme/rules.ts';
import { FIXTURE_PARTNERS, fixtureBlocks, fixtureUnit } from '../utils/programmeFixture.ts';

const OTHERS = LOCALES.filter((l) => l !== 'en');
const KEYS = Object.keys(CHECK_TEXTS_EN) as CheckTextKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Words that stay the same in every language (codes, acronyms, quotes around a name). */
const SAME_EVERYWHERE = new Set<CheckTextKey>(['field.invalid.unit']);

describe('programme check texts', () => {
  it.each(OTHERS)('%s has every check text, with the English placeholders, translated', (locale) => {
    const checks = CONTENT_PACKS[locale].checks;
    expect(Object.keys(checks).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      const text = checks[key];
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(CHECK_TEXTS_EN[key]));
      if (!SAME_EVERYWHERE.has(key) && CHECK_TEXTS_EN[key].replace(/\{\w+\}|[^a-z]/gi, '').length > 0)
        expect(text, `${locale} ${key}`).not.toBe(CHECK_TEXTS_EN[key]);
    }
  });

  it('has a name and a fix for every Annex I element', () => {
    for (const e of [...ANNEX_MANDATORY_ELEMENTS, ...ANNEX_OPTIONAL_ELEMENTS]) {
      expect(KEYS).toContain(`annex.name.${e.key}`);
      expect(KEYS).toContain(`annex.fix.${e.key}`);
      expect(CHECK_TEXTS_EN[`annex.name.${e.key}` as CheckTextKey]).toBe(e.name);
      expect(CHECK_TEXTS_EN[`annex.fix.${e.key}` as CheckTextKey]).toBe(e.fix);
    }
  });

  it('keeps the English message of every finding equal to its text in English', () => {
    const b: ProgrammeBlocks = fixtureBlocks();
    b.units[0] = fixtureUnit(1, { ects: '-3', eqf: '9', hours: '10', assessment: '', partners: '["nobody"]' });
    const findings = runChecks(programmeView(b, FIXTURE_PARTNERS));
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(f.message).toBe(checkText(f.text, 'en'));
  });

  it('puts real findings into French, names, fixes and field labels included', () => {
    const b: ProgrammeBlocks = fixtureBlocks();
    b.units[0] = fixtureUnit(1, { title: 'Données', ects: 'abc', assessment: '' });
    b.facts = null;
    const findings = runChecks(programmeView(b, FIXTURE_PARTNERS));
    const fr = (rule: string) => checkText(findings.find((f) => f.rule === rule)!.text, 'fr');
    expect(fr('field.invalid')).toBe('« Données » : ECTS doit être un nombre (compris entre 0,5 et 60) ; « abc » n’en est pas un.');
    expect(fr('unit.no-assessment')).toBe('« Données » n’a pas de type d’évaluation : choisissez comment les apprenants sont évalués.');
    expect(fr('annex1.title')).toBe(
      'Élément de l’annexe I manquant : intitulé de la microcertification. Pour y remédier, saisissez l’intitulé du programme (ajoutez d’abord le bloc des données du programme dans le chapitre Qualification).',
    );
  });
});

describe('programme field labels and options', () => {
  it.each(OTHERS)('%s names every field and option', (locale) => {
    for (const [name, table] of Object.entries(ENGLISH_LABELS)) {
      const translated = CONTENT_PACKS[locale][name as keyof typeof ENGLISH_LABELS];
      expect(Object.keys(translated).sort(), name).toEqual(Object.keys(table).sort());
    }
    expect(CONTENT_PACKS[locale].fieldLabels.learnerIdentification).not.toBe(FIELD_LABELS_EN.learnerIdentification);
  });

  it('labels fields and options in the reader’s language and keeps other form fields readable', () => {
    expect(fieldLabel('units.0.minElectiveEcts', 'de')).toBe('Mindestzahl an Wahl-ECTS');
    expect(fieldLabel('partner.contactEmail', 'fr')).toBe('Contact email');
    expect(fieldLabel('partner.contactEmail')).toBe('Contact email');
    expect(modeLabel('onsite', 'es')).toBe('Presencial');
    expect(assessmentLabel('oral-exam', 'nl')).toBe('Mondeling tentamen');
  });
});
