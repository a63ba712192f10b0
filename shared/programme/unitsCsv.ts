/**
 * Curriculum units as CSV (columns in docs/API.md). The export of one consortium imports unchanged
 * into another: partners are written as ids and matched by id, else by name.
 */
import { parseCsv, toCsv, unneutralise } from './csv.ts';
import { emptyAttrs, readUnitOutcomes, UNIT_FIELDS, type Unit, type UnitAttrs, type UnitField, type UnitOutcome } from './fields.ts';
import { unitFieldErrors } from './fieldErrors.ts';
import type { PartnerRef } from './checkTypes.ts';
import { csvErrorText, type CsvErrorText } from '../i18n/content/csvImportTexts.ts';

export const CSV_COLUMNS = [
  'code',
  'title',
  'partners',
  'ects',
  'hours',
  'eqf',
  'kind',
  'origin',
  'mode',
  'language',
  'assessment',
  'id_verification',
  'prerequisites',
  'period',
  'outcomes',
  'other_titles',
  'isced_field',
  'nqf',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const FIELD_OF: Record<Column, UnitField> = {
  code: 'code',
  title: 'title',
  partners: 'partners',
  ects: 'ects',
  hours: 'hours',
  eqf: 'eqf',
  kind: 'kind',
  origin: 'origin',
  mode: 'mode',
  language: 'language',
  assessment: 'assessment',
  id_verification: 'idVerification',
  prerequisites: 'prerequisites',
  period: 'period',
  outcomes: 'outcomes',
  other_titles: 'otherTitles',
  isced_field: 'iscedField',
  nqf: 'nqf',
};

export const MAX_IMPORT_ROWS = 500;

export interface CsvError {
  line: number;
  field: string;
  /** In English, for scripts; `text` gives it in any interface language (`csvErrorText`). */
  message: string;
  text: CsvErrorText;
}

const csvError = (line: number, field: string, text: CsvErrorText): CsvError => ({ line, field, message: csvErrorText(text, 'en'), text });

/** One outcome per line; the programme outcomes it serves go first in brackets: "[PO1 PO2] Explain …". */
export function outcomesToCell(outcomes: UnitOutcome[]): string {
  return outcomes.map((o) => (o.serves.length ? `[${o.serves.join(' ')}] ${o.text}` : o.text)).join('\n');
}

export function cellToOutcomes(cell: string): UnitOutcome[] {
  return cell
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^\[([^\]]*)\]\s*(.*)$/.exec(l);
      return m ? { text: m[2]!, serves: m[1]!.split(/[\s,;]+/).filter(Boolean) } : { text: l, serves: [] };
    });
}

/** Partners are written by name, which another consortium of the same institutions shares; a name holding ";" is written as its id. */
function partnerCell(ids: string[], partners: PartnerRef[]): string {
  return ids.map((id) => partners.find((p) => p.id === id && !p.name.includes(';'))?.name.trim() ?? id).join('; ');
}

export function unitsToCsv(units: Unit[], rawUnits: Record<string, unknown>[], partners: PartnerRef[]): string {
  const rows = units.map((u, i) => {
    const raw = rawUnits[i] ?? {};
    return CSV_COLUMNS.map((c) => {
      if (c === 'partners') return partnerCell(u.partners, partners);
      if (c === 'outcomes') return outcomesToCell(readUnitOutcomes(raw.outcomes));
      const v = raw[FIELD_OF[c]];
      return typeof v === 'string' ? v : '';
    });
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

function matchPartner(ref: string, partners: PartnerRef[]): string | undefined {
  const byId = partners.find((p) => p.id === ref);
  if (byId) return byId.id;
  const lower = ref.toLowerCase();
  return partners.find((p) => p.name.trim().toLowerCase() === lower)?.id;
}

/** Reads every row; any error anywhere means no units, so an import is all or nothing. */
export function csvToUnits(text: string, partners: PartnerRef[]): { units: Omit<UnitAttrs, 'id'>[] } | { errors: CsvError[] } {
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header) return { errors: [csvError(1, '', { csv: 'csv.empty' })] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const errors: CsvError[] = [];
  for (const c of columns)
    if (!(CSV_COLUMNS as readonly string[]).includes(c))
      errors.push(
        csvError(header.line, c, { csv: 'csv.unknownColumn', values: { column: c.slice(0, 40), columns: CSV_COLUMNS.join(', ') } }),
      );
  for (const c of ['title', 'ects'] as const)
    if (!columns.includes(c)) errors.push(csvError(header.line, c, { csv: 'csv.requiredColumn', values: { column: c } }));
  if (rows.length === 0) errors.push(csvError(header.line, '', { csv: 'csv.noRows' }));
  if (rows.length > MAX_IMPORT_ROWS)
    errors.push(csvError(rows[MAX_IMPORT_ROWS]!.line, '', { csv: 'csv.tooMany', values: { max: MAX_IMPORT_ROWS } }));
  if (errors.length) return { errors };

  const units: Omit<UnitAttrs, 'id'>[] = [];
  for (const row of rows) {
    const attrs: Record<UnitField, string> = emptyAttrs(UNIT_FIELDS);
    const fail = (field: string, text: CsvErrorText) => errors.push(csvError(row.line, field, text));
    if (row.cells.length > columns.length)
      fail('', { csv: 'csv.tooManyCells', values: { cells: row.cells.length, columns: columns.length } });
    columns.forEach((c, i) => {
      const cell = unneutralise((row.cells[i] ?? '').trim());
      const field = FIELD_OF[c as Column];
      if (field === 'partners') {
        const ids: string[] = [];
        for (const ref of cell
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const id = matchPartner(ref, partners);
          if (id) ids.push(id);
          else fail(c, { csv: 'csv.unknownPartner', values: { partner: ref.slice(0, 60) } });
        }
        attrs.partners = JSON.stringify([...new Set(ids)]);
      } else if (field === 'outcomes') attrs.outcomes = JSON.stringify(cellToOutcomes(cell));
      else attrs[field] = cell;
    });
    attrs.kind ||= 'compulsory';
    attrs.origin ||= 'existing';
    if (!attrs.title) fail('title', { csv: 'csv.noTitle' });
    if (!attrs.ects) fail('ects', { csv: 'csv.noEcts' });
    const column = (field: string) => CSV_COLUMNS.find((c) => FIELD_OF[c] === field) ?? field;
    for (const e of unitFieldErrors(attrs)) fail(column(e.field), e.text);
    units.push(attrs);
  }
  return errors.length ? { errors } : { units };
}
