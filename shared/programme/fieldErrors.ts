import {
  ASSESSMENT_TYPES,
  ID_VERIFICATIONS,
  PARTICIPATION_MODES,
  STACKABILITY,
  UNIT_KINDS,
  UNIT_ORIGINS,
  readNumber,
  type FieldError,
} from './fields.ts';
import { checkText, type LocalText } from '../i18n/content/programmeChecks.ts';
import { FIELD_LABELS_EN, type ProgrammeFieldName } from '../i18n/content/programmeFields.ts';

/** Longest text a single field may hold: enough for a paragraph, not for a pasted document. */
export const MAX_FIELD_LENGTH = 2000;

const filled = (raw: unknown) => typeof raw === 'string' && raw.trim() !== '';

const error = (field: string, text: LocalText): FieldError => ({ field, message: checkText(text, 'en'), text });
const labelOf = (field: ProgrammeFieldName): LocalText => ({ field });

function numberError(field: ProgrammeFieldName, raw: unknown, opts: { integer?: boolean; min: number; max?: number }): FieldError | null {
  const n = readNumber(raw);
  if (n === null) return null;
  const label = labelOf(field);
  const range: LocalText =
    opts.max === undefined
      ? { key: 'fieldError.rangeMin', values: { min: opts.min } }
      : { key: 'fieldError.rangeBetween', values: { min: opts.min, max: opts.max } };
  if (Number.isNaN(n)) return error(field, { key: 'fieldError.notNumber', values: { label, range, raw: String(raw).slice(0, 20) } });
  if (opts.integer && !Number.isInteger(n)) return error(field, { key: 'fieldError.notWhole', values: { label, range } });
  if (n < opts.min || (opts.max !== undefined && n > opts.max))
    return error(field, { key: 'fieldError.outOfRange', values: { label, range, n } });
  return null;
}

function choiceError(field: ProgrammeFieldName, raw: unknown, list: readonly string[]): FieldError | null {
  if (!filled(raw) || list.includes(String(raw))) return null;
  return error(field, { key: 'fieldError.choice', values: { label: labelOf(field), list: list.join(', ') } });
}

function lengthErrors(attrs: Record<string, unknown>): FieldError[] {
  return Object.entries(attrs)
    .filter(([, v]) => typeof v === 'string' && v.length > MAX_FIELD_LENGTH)
    .map(([field]) => {
      const label: LocalText | string = Object.hasOwn(FIELD_LABELS_EN, field) ? labelOf(field as ProgrammeFieldName) : field;
      return error(field, { key: 'fieldError.tooLong', values: { label, max: MAX_FIELD_LENGTH } });
    });
}

/** Values in a unit block that cannot be read as what the field needs. Empty fields are not errors here (the rules ask for them). */
export function unitFieldErrors(attrs: Record<string, unknown>): FieldError[] {
  return [
    numberError('ects', attrs.ects, { min: 0.5, max: 60 }),
    numberError('hours', attrs.hours, { min: 1, max: 1800 }),
    numberError('eqf', attrs.eqf, { integer: true, min: 1, max: 8 }),
    choiceError('assessment', attrs.assessment, ASSESSMENT_TYPES),
    choiceError('idVerification', attrs.idVerification, ID_VERIFICATIONS),
    choiceError('mode', attrs.mode, PARTICIPATION_MODES),
    choiceError('kind', attrs.kind, UNIT_KINDS),
    choiceError('origin', attrs.origin, UNIT_ORIGINS),
    ...lengthErrors(attrs),
  ].filter((e): e is FieldError => e !== null);
}

export function factsFieldErrors(attrs: Record<string, unknown>): FieldError[] {
  return [
    numberError('totalEcts', attrs.totalEcts, { min: 0.5, max: 240 }),
    numberError('minElectiveEcts', attrs.minElectiveEcts, { min: 0, max: 240 }),
    numberError('eqf', attrs.eqf, { integer: true, min: 1, max: 8 }),
    choiceError('participation', attrs.participation, PARTICIPATION_MODES),
    choiceError('stackability', attrs.stackability, STACKABILITY),
    ...lengthErrors(attrs),
  ].filter((e): e is FieldError => e !== null);
}
