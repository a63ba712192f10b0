import type { Stackability, UnitKind } from '../../../programme/fields.ts';

/** Rows of the programme facts table, in the order the export shows them. */
export const FACTS_ROWS = [
  'title',
  'otherTitles',
  'programmeType',
  'totalEcts',
  'minElectiveEcts',
  'eqf',
  'nqf',
  'iscedField',
  'awardingBodies',
  'countries',
  'participation',
  'languages',
  'assessmentLanguages',
  'qualityAssurance',
  'prerequisites',
  'gradingScheme',
  'stackability',
  'learnerIdentification',
  'issuing',
  'furtherInfo',
] as const;
export type FactsRow = (typeof FACTS_ROWS)[number];

/** Columns of the curriculum table, in order. */
export const UNIT_COLUMNS = ['code', 'title', 'partners', 'ects', 'hours', 'eqf', 'kind', 'assessment', 'outcomes'] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

/**
 * The fixed words of the programme as the exports show it: the facts and curriculum tables of the
 * dossier (Markdown, HTML, DOCX, PDF) and the programme page for websites. The values people chose
 * from a list (mode, assessment, supervision) come from the content packs (programmeFields.ts); what
 * people typed is never translated. `{count}` marks a number.
 */
export interface ProgrammeExportLabels {
  /** The European Qualifications Framework's short name in front of a level ("EQF 6", "EQR 6", "CEC 6"). */
  eqf: string;
  factsHeading: string;
  element: string;
  value: string;
  facts: Record<FactsRow, string>;
  programmeOutcomes: string;
  unitsHeading: string;
  columns: Record<UnitColumn, string>;
  /** In the curriculum table's "Type" column (English lower case, as it always was). */
  kinds: Record<UnitKind, string>;
  /** In the facts table, before what the programme stacks into. */
  stacking: Record<Stackability, string>;
  /** The curriculum table's last row: a plural pair chosen by Intl.PluralRules. */
  total: { one: string; other: string };
  page: {
    credits: string;
    level: string;
    language: string;
    mode: string;
    type: string;
    units: string;
    unitsCaption: string;
    code: string;
    unit: string;
    ects: string;
    kind: string;
    taughtBy: string;
    untitledUnit: string;
    compulsory: string;
    elective: string;
    audience: string;
    outcomes: string;
    admission: string;
    fees: string;
    awardedBy: string;
    more: string;
  };
}
