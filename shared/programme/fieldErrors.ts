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

/** Longest text a single field may hold: enough for a paragraph, not for a pasted document. */
export const MAX_FIELD_LENGTH = 2000;

const filled = (raw: unknown) => typeof raw === 'string' && raw.trim() !== '';

function numberError(
  field: string,
  label: string,
  raw: unknown,
  opts: { integer?: boolean; min: number; max?: number },
): FieldError | null {
  const n = readNumber(raw);
  if (n === null) return null;
  const range = opts.max === undefined ? `${opts.min} or more` : `from ${opts.min} to ${opts.max}`;
  if (Number.isNaN(n)) return { field, message: `${label} must be a number (${range}); "${String(raw).slice(0, 20)}" is not.` };
  if (opts.integer && !Number.isInteger(n)) return { field, message: `${label} must be a whole number ${range}.` };
  if (n < opts.min || (opts.max !== undefined && n > opts.max))
    return { field, message: `${label} must be ${range}; ${n} is outside that.` };
  return null;
}

function choiceError(field: string, label: string, raw: unknown, list: readonly string[]): FieldError | null {
  if (!filled(raw) || list.includes(String(raw))) return null;
  return { field, message: `${label} must be one of: ${list.join(', ')}.` };
}

function lengthErrors(attrs: Record<string, unknown>): FieldError[] {
  return Object.entries(attrs)
    .filter(([, v]) => typeof v === 'string' && v.length > MAX_FIELD_LENGTH)
    .map(([field]) => ({ field, message: `${field} is longer than ${MAX_FIELD_LENGTH} characters; shorten it.` }));
}

/** Values in a unit block that cannot be read as what the field needs. Empty fields are not errors here (the rules ask for them). */
export function unitFieldErrors(attrs: Record<string, unknown>): FieldError[] {
  return [
    numberError('ects', 'ECTS', attrs.ects, { min: 0.5, max: 60 }),
    numberError('hours', 'Notional hours', attrs.hours, { min: 1, max: 1800 }),
    numberError('eqf', 'EQF level', attrs.eqf, { integer: true, min: 1, max: 8 }),
    choiceError('assessment', 'Assessment type', attrs.assessment, ASSESSMENT_TYPES),
    choiceError('idVerification', 'Identity verification', attrs.idVerification, ID_VERIFICATIONS),
    choiceError('mode', 'Mode', attrs.mode, PARTICIPATION_MODES),
    choiceError('kind', 'Compulsory or elective', attrs.kind, UNIT_KINDS),
    choiceError('origin', 'Existing or new', attrs.origin, UNIT_ORIGINS),
    ...lengthErrors(attrs),
  ].filter((e): e is FieldError => e !== null);
}

export function factsFieldErrors(attrs: Record<string, unknown>): FieldError[] {
  return [
    numberError('totalEcts', 'Total ECTS', attrs.totalEcts, { min: 0.5, max: 240 }),
    numberError('minElectiveEcts', 'Minimum elective ECTS', attrs.minElectiveEcts, { min: 0, max: 240 }),
    numberError('eqf', 'EQF level', attrs.eqf, { integer: true, min: 1, max: 8 }),
    choiceError('participation', 'Form of participation', attrs.participation, PARTICIPATION_MODES),
    choiceError('stackability', 'Stackability', attrs.stackability, STACKABILITY),
    ...lengthErrors(attrs),
  ].filter((e): e is FieldError => e !== null);
}
