import {
  ASSESSMENT_LABEL,
  ID_VERIFICATION_LABEL,
  MODE_LABEL,
  type FactsField,
  type Stackability,
  type UnitField,
  type UnitKind,
  type UnitOrigin,
} from '../../programme/fields.ts';
import { labelLookup, type LabelTable } from './contentPack.ts';

export type ProgrammeFieldName = FactsField | UnitField;

/** The name of every field of the programme facts and unit blocks, as the forms, checks and errors show it. */
export const FIELD_LABELS_EN: Record<ProgrammeFieldName, string> = {
  title: 'Title',
  otherTitles: 'Titles in other languages',
  programmeType: 'Programme type',
  totalEcts: 'Total ECTS',
  minElectiveEcts: 'Minimum elective ECTS',
  eqf: 'EQF level',
  nqf: 'NQF level per partner country',
  iscedField: 'ISCED-F field',
  awardingBodies: 'Awarding body or bodies',
  participation: 'Form of participation',
  languages: 'Languages of instruction',
  assessmentLanguages: 'Languages of assessment',
  qualityAssurance: 'Type of quality assurance',
  prerequisites: 'Prerequisites',
  gradingScheme: 'Grading scheme',
  stackability: 'Stackability',
  stackableInto: 'Counts towards',
  learnerIdentification: 'Learner identification on the certificate',
  issuing: 'Issuing and date of issue',
  furtherInfo: 'Further information',
  outcomes: 'Learning outcomes',
  code: 'Code',
  partners: 'Delivered by',
  ects: 'ECTS',
  hours: 'Notional hours',
  assessment: 'Assessment',
  idVerification: 'Identity verification at assessment',
  mode: 'Mode',
  language: 'Language',
  kind: 'Compulsory or elective',
  origin: 'Existing course or new',
  period: 'Period',
};

const KIND_LABEL: Record<UnitKind, string> = { compulsory: 'Compulsory', elective: 'Elective' };
const ORIGIN_LABEL: Record<UnitOrigin, string> = { existing: 'Existing course', new: 'New' };
const STACKING_LABEL: Record<Stackability, string> = { 'stand-alone': 'Stand-alone', stackable: 'Stackable' };

export const programmeFieldLabel = labelLookup(FIELD_LABELS_EN, 'fieldLabels');
export const modeLabel = labelLookup(MODE_LABEL, 'modes');
export const assessmentLabel = labelLookup(ASSESSMENT_LABEL, 'assessments');
export const idVerificationLabel = labelLookup(ID_VERIFICATION_LABEL, 'idChecks');
export const unitKindLabel = labelLookup(KIND_LABEL, 'kinds');
export const unitOriginLabel = labelLookup(ORIGIN_LABEL, 'origins');
export const stackabilityLabel = labelLookup(STACKING_LABEL, 'stacking');

/** Every label table's English, for the unit test that checks no language misses a value. */
export const ENGLISH_LABELS = {
  fieldLabels: FIELD_LABELS_EN,
  modes: MODE_LABEL,
  assessments: ASSESSMENT_LABEL,
  idChecks: ID_VERIFICATION_LABEL,
  kinds: KIND_LABEL,
  origins: ORIGIN_LABEL,
  stacking: STACKING_LABEL,
} satisfies Partial<Record<LabelTable, Record<string, string>>>;
