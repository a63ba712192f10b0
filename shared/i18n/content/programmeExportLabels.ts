import type { Locale } from '../locales.ts';
import { deProgrammeExport } from './programmeExportLabels/de.ts';
import { esProgrammeExport } from './programmeExportLabels/es.ts';
import { frProgrammeExport } from './programmeExportLabels/fr.ts';
import { nlProgrammeExport } from './programmeExportLabels/nl.ts';
import type { ProgrammeExportLabels } from './programmeExportLabels/types.ts';

export { FACTS_ROWS, UNIT_COLUMNS, type FactsRow, type ProgrammeExportLabels, type UnitColumn } from './programmeExportLabels/types.ts';

/** English: the words these exports always had, so an English export reads exactly as before. */
const en: ProgrammeExportLabels = {
  eqf: 'EQF',
  factsHeading: 'Programme facts',
  element: 'Element',
  value: 'Value',
  facts: {
    title: 'Title',
    otherTitles: 'Titles in other languages',
    programmeType: 'Programme type',
    totalEcts: 'Total ECTS',
    minElectiveEcts: 'Minimum elective ECTS',
    eqf: 'EQF level',
    nqf: 'NQF levels',
    iscedField: 'ISCED-F field',
    awardingBodies: 'Awarding bodies',
    countries: 'Country or countries of the awarding bodies',
    participation: 'Form of participation',
    languages: 'Languages of instruction',
    assessmentLanguages: 'Languages of assessment',
    qualityAssurance: 'Type of quality assurance',
    prerequisites: 'Prerequisites',
    gradingScheme: 'Grading scheme',
    stackability: 'Stackability',
    learnerIdentification: 'Learner identification',
    issuing: 'Issuing',
    furtherInfo: 'Further information',
  },
  programmeOutcomes: 'Programme learning outcomes',
  unitsHeading: 'Curriculum units',
  columns: {
    code: 'Code',
    title: 'Title',
    partners: 'Delivered by',
    ects: 'ECTS',
    hours: 'Hours',
    eqf: 'EQF',
    kind: 'Type',
    assessment: 'Assessment',
    outcomes: 'Learning outcomes',
  },
  kinds: { compulsory: 'compulsory', elective: 'elective' },
  stacking: { 'stand-alone': 'stand-alone', stackable: 'stackable' },
  total: { one: 'Total ({count} unit)', other: 'Total ({count} units)' },
  page: {
    credits: 'Credits',
    level: 'Level',
    language: 'Language',
    mode: 'Mode of study',
    type: 'Type',
    units: 'Units',
    unitsCaption: 'The units of the programme, with their credits and the partners who teach them',
    code: 'Code',
    unit: 'Unit',
    ects: 'ECTS',
    kind: 'Kind',
    taughtBy: 'Taught by',
    untitledUnit: 'Untitled unit',
    compulsory: 'Compulsory',
    elective: 'Elective',
    audience: 'Who it is for',
    outcomes: 'What you will learn',
    admission: 'Admission',
    fees: 'Fees',
    awardedBy: 'Awarded by',
    more: 'More information',
  },
};

export const PROGRAMME_EXPORT_LABELS: Record<Locale, ProgrammeExportLabels> = {
  en,
  de: deProgrammeExport,
  es: esProgrammeExport,
  fr: frProgrammeExport,
  nl: nlProgrammeExport,
};

export function programmeExportLabels(locale: Locale): ProgrammeExportLabels {
  return PROGRAMME_EXPORT_LABELS[locale];
}

/** "Total (7 units)", "Summe (7 Einheiten)": the plural form the language uses for `count`. */
export function unitTotal(count: number, locale: Locale): string {
  const { one, other } = PROGRAMME_EXPORT_LABELS[locale].total;
  return (new Intl.PluralRules(locale).select(count) === 'one' ? one : other).replace('{count}', String(count));
}

/**
 * A country's name in the export's language from its ISO code ("NL" → "Niederlande"), by the
 * runtime's own CLDR data rather than a list of our own; the code itself when it names no region.
 */
export function regionName(code: string, locale: Locale): string {
  const trimmed = code.trim().toUpperCase();
  try {
    return (trimmed && new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(trimmed)) || code;
  } catch {
    return code;
  }
}
