/**
 * The programme as data: the fields of the programme facts block and of a curriculum unit block.
 * Every field is stored as one node attribute holding a string (lists as JSON text), so two people
 * editing different fields of one block change different Yjs attributes and both edits survive,
 * and an unfinished value such as "-3" or "abc" is kept as typed and reported, never lost.
 */
import type { LocalText } from '../i18n/content/programmeCheckTexts.ts';

export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export const PARTICIPATION_MODES = ['online', 'blended', 'onsite'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];
export const MODE_LABEL: Record<ParticipationMode, string> = { online: 'Online', blended: 'Blended', onsite: 'On site' };

export const ASSESSMENT_TYPES = ['written-exam', 'oral-exam', 'project', 'portfolio', 'assignment', 'practical', 'peer-review'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];
export const ASSESSMENT_LABEL: Record<AssessmentType, string> = {
  'written-exam': 'Written exam',
  'oral-exam': 'Oral exam',
  project: 'Project',
  portfolio: 'Portfolio',
  assignment: 'Assignment',
  practical: 'Practical',
  'peer-review': 'Peer review',
};

/** The three supervision and identity-verification options of Annex I. */
export const ID_VERIFICATIONS = ['unsupervised-no-id', 'supervised-no-id', 'supervised-with-id'] as const;
export type IdVerification = (typeof ID_VERIFICATIONS)[number];
export const ID_VERIFICATION_LABEL: Record<IdVerification, string> = {
  'unsupervised-no-id': 'Unsupervised, no identity check',
  'supervised-no-id': 'Supervised, no identity check',
  'supervised-with-id': 'Supervised (online or on site) with identity check',
};

export const UNIT_KINDS = ['compulsory', 'elective'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_ORIGINS = ['existing', 'new'] as const;
export type UnitOrigin = (typeof UNIT_ORIGINS)[number];
export const STACKABILITY = ['stand-alone', 'stackable'] as const;
export type Stackability = (typeof STACKABILITY)[number];

export interface ProgrammeOutcome {
  id: string;
  text: string;
}

/** A unit's outcome and the programme outcomes (by id) it serves. */
export interface UnitOutcome {
  text: string;
  serves: string[];
}

/** Attribute names of the curriculum unit block; all hold strings. */
export const UNIT_FIELDS = [
  'title',
  'code',
  'partners',
  'ects',
  'hours',
  'eqf',
  'outcomes',
  'assessment',
  'idVerification',
  'mode',
  'language',
  'kind',
  'origin',
  'prerequisites',
  'period',
  'otherTitles',
  'iscedField',
  'nqf',
] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

/** Attribute names of the programme facts block; all hold strings. */
export const FACTS_FIELDS = [
  'title',
  'otherTitles',
  'programmeType',
  'totalEcts',
  'minElectiveEcts',
  'eqf',
  'nqf',
  'iscedField',
  'awardingBodies',
  'participation',
  'languages',
  'assessmentLanguages',
  'qualityAssurance',
  'prerequisites',
  'gradingScheme',
  'stackability',
  'stackableInto',
  'learnerIdentification',
  'issuing',
  'furtherInfo',
  'outcomes',
] as const;
export type FactsField = (typeof FACTS_FIELDS)[number];

export type UnitAttrs = { id: string } & Record<UnitField, string>;
export type FactsAttrs = { id: string } & Record<FactsField, string>;

/** A unit as the rules, the table and the exports see it. Unreadable numbers are null here and reported by `unitFieldErrors`. */
export interface Unit {
  id: string;
  title: string;
  code: string;
  partners: string[];
  ects: number | null;
  hours: number | null;
  eqf: number | null;
  outcomes: UnitOutcome[];
  assessment: AssessmentType | null;
  idVerification: IdVerification | null;
  mode: ParticipationMode | null;
  language: string;
  kind: UnitKind;
  origin: UnitOrigin;
  prerequisites: string;
  period: string;
  /** "nl: …; es: …", as the programme's. */
  otherTitles: string;
  /** ISCED-F code(s) when the unit's field differs from the programme's; empty means the programme's. */
  iscedField: string;
  /** National level(s) of a unit that is a partial qualification (addresses of the EU qualifications register). */
  nqf: string;
}

export interface ProgrammeFacts {
  id: string;
  title: string;
  otherTitles: string;
  programmeType: string;
  totalEcts: number | null;
  minElectiveEcts: number | null;
  eqf: number | null;
  nqf: string;
  iscedField: string;
  awardingBodies: string[];
  participation: ParticipationMode | null;
  languages: string;
  assessmentLanguages: string;
  qualityAssurance: string;
  prerequisites: string;
  gradingScheme: string;
  stackability: Stackability | null;
  stackableInto: string;
  learnerIdentification: string;
  issuing: string;
  furtherInfo: string;
  outcomes: ProgrammeOutcome[];
}

export const emptyAttrs = <F extends string>(fields: readonly F[]): Record<F, string> =>
  Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>;

/** A field that cannot be read as what it should be, with how to fix it. */
export interface FieldError {
  field: string;
  /** In English, for the API and CSV import answers. */
  message: string;
  /** The same sentence as key and values, for the reader's language (shared/i18n/content/programmeChecks.ts). */
  text: LocalText;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** '' → null (not filled in); anything not a finite number → NaN (filled in wrongly). */
export function readNumber(raw: unknown): number | null {
  const s = text(raw).trim().replace(',', '.');
  if (s === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return Number.NaN;
  return Number(s);
}

const oneOf = <T extends string>(list: readonly T[], raw: unknown): T | null =>
  (list as readonly string[]).includes(text(raw)) ? (text(raw) as T) : null;

/** Lists are stored as JSON text; anything unreadable reads as empty rather than breaking the page. */
export function readList<T>(raw: unknown, item: (v: unknown) => T | null): T[] {
  if (Array.isArray(raw)) return raw.map(item).filter((v): v is T => v !== null);
  try {
    const parsed: unknown = JSON.parse(text(raw) || '[]');
    return Array.isArray(parsed) ? parsed.map(item).filter((v): v is T => v !== null) : [];
  } catch {
    return [];
  }
}

const asString = (v: unknown) => (typeof v === 'string' ? v : null);
const asUnitOutcome = (v: unknown): UnitOutcome | null => {
  if (!v || typeof v !== 'object') return null;
  const o = v as { text?: unknown; serves?: unknown };
  return { text: text(o.text), serves: Array.isArray(o.serves) ? o.serves.filter((s): s is string => typeof s === 'string') : [] };
};
const asProgrammeOutcome = (v: unknown): ProgrammeOutcome | null => {
  if (!v || typeof v !== 'object') return null;
  const o = v as { id?: unknown; text?: unknown };
  return typeof o.id === 'string' ? { id: o.id, text: text(o.text) } : null;
};

export const readPartnerIds = (raw: unknown) => readList(raw, asString);
export const readUnitOutcomes = (raw: unknown) => readList(raw, asUnitOutcome);
export const readProgrammeOutcomes = (raw: unknown) => readList(raw, asProgrammeOutcome);

const finite = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);

export function readUnit(attrs: Record<string, unknown>): Unit {
  return {
    id: text(attrs.id),
    title: text(attrs.title),
    code: text(attrs.code),
    partners: readPartnerIds(attrs.partners),
    ects: finite(readNumber(attrs.ects)),
    hours: finite(readNumber(attrs.hours)),
    eqf: finite(readNumber(attrs.eqf)),
    outcomes: readUnitOutcomes(attrs.outcomes),
    assessment: oneOf(ASSESSMENT_TYPES, attrs.assessment),
    idVerification: oneOf(ID_VERIFICATIONS, attrs.idVerification),
    mode: oneOf(PARTICIPATION_MODES, attrs.mode),
    language: text(attrs.language),
    kind: oneOf(UNIT_KINDS, attrs.kind) ?? 'compulsory',
    origin: oneOf(UNIT_ORIGINS, attrs.origin) ?? 'existing',
    prerequisites: text(attrs.prerequisites),
    period: text(attrs.period),
    otherTitles: text(attrs.otherTitles),
    iscedField: text(attrs.iscedField),
    nqf: text(attrs.nqf),
  };
}

export function readFacts(attrs: Record<string, unknown>): ProgrammeFacts {
  return {
    id: text(attrs.id),
    title: text(attrs.title),
    otherTitles: text(attrs.otherTitles),
    programmeType: text(attrs.programmeType),
    totalEcts: finite(readNumber(attrs.totalEcts)),
    minElectiveEcts: finite(readNumber(attrs.minElectiveEcts)),
    eqf: finite(readNumber(attrs.eqf)),
    nqf: text(attrs.nqf),
    iscedField: text(attrs.iscedField),
    awardingBodies: readPartnerIds(attrs.awardingBodies),
    participation: oneOf(PARTICIPATION_MODES, attrs.participation),
    languages: text(attrs.languages),
    assessmentLanguages: text(attrs.assessmentLanguages),
    qualityAssurance: text(attrs.qualityAssurance),
    prerequisites: text(attrs.prerequisites),
    gradingScheme: text(attrs.gradingScheme),
    stackability: oneOf(STACKABILITY, attrs.stackability),
    stackableInto: text(attrs.stackableInto),
    learnerIdentification: text(attrs.learnerIdentification),
    issuing: text(attrs.issuing),
    furtherInfo: text(attrs.furtherInfo),
    outcomes: readProgrammeOutcomes(attrs.outcomes),
  };
}
