/**
 * Structured programme blocks become ordinary export blocks (headings, tables, lists) in the export
 * model, so every renderer (Markdown, HTML, DOCX, PDF) shows them with its own escaping, unchanged.
 * Headers, row labels and the values chosen from a list are in the export's language; typed text is as written.
 */
import type { JSONContent } from '@tiptap/core';
import { FACTS_NODE, UNIT_NODE } from '../programme/blocks.ts';
import type { PartnerRef } from '../programme/checkTypes.ts';
import { curriculumTotals } from '../programme/curriculumStats.ts';
import { readFacts, readUnit, type ProgrammeFacts, type Unit } from '../programme/fields.ts';
import { assessmentLabel, idVerificationLabel, modeLabel } from '../i18n/content/programmeFields.ts';
import { FACTS_ROWS, programmeExportLabels, UNIT_COLUMNS, unitTotal, type FactsRow } from '../i18n/content/programmeExportLabels.ts';
import type { Locale } from '../i18n/locales.ts';

const text = (t: string): JSONContent[] => (t ? [{ type: 'text', text: t }] : []);
const p = (t: string): JSONContent => ({ type: 'paragraph', content: text(t) });
const heading = (level: 3 | 4, t: string): JSONContent => ({ type: 'heading', attrs: { level }, content: text(t) });
const row = (cells: string[], header = false): JSONContent => ({
  type: 'tableRow',
  content: cells.map((c) => ({ type: header ? 'tableHeader' : 'tableCell', content: [p(c)] })),
});
const table = (head: string[], rows: string[][]): JSONContent => ({
  type: 'table',
  content: [row(head, true), ...rows.map((r) => row(r))],
});
const num = (n: number | null) => (n === null ? '' : String(n));

function factsBlocks(f: ProgrammeFacts, partners: PartnerRef[], locale: Locale): JSONContent[] {
  const L = programmeExportLabels(locale);
  const names = f.awardingBodies.map((id) => partners.find((x) => x.id === id)?.name ?? id).join(', ');
  const countries = [...new Set(f.awardingBodies.map((id) => partners.find((x) => x.id === id)?.country).filter(Boolean))].join(', ');
  const values: Record<FactsRow, string> = {
    title: f.title,
    otherTitles: f.otherTitles,
    programmeType: f.programmeType,
    totalEcts: num(f.totalEcts),
    minElectiveEcts: f.minElectiveEcts ? num(f.minElectiveEcts) : '',
    eqf: num(f.eqf),
    nqf: f.nqf,
    iscedField: f.iscedField,
    awardingBodies: names,
    countries,
    participation: f.participation ? modeLabel(f.participation, locale) : '',
    languages: f.languages,
    assessmentLanguages: f.assessmentLanguages,
    qualityAssurance: f.qualityAssurance,
    prerequisites: f.prerequisites,
    gradingScheme: f.gradingScheme,
    stackability: [f.stackability ? L.stacking[f.stackability] : '', f.stackableInto].filter(Boolean).join(': '),
    learnerIdentification: f.learnerIdentification,
    issuing: f.issuing,
    furtherInfo: f.furtherInfo,
  };
  const rows = FACTS_ROWS.map((key): [string, string] => [L.facts[key], values[key]]);
  const blocks = [
    heading(3, L.factsHeading),
    table(
      [L.element, L.value],
      rows.filter(([, v]) => v.trim()),
    ),
  ];
  if (f.outcomes.length) {
    blocks.push(heading(4, L.programmeOutcomes));
    blocks.push({ type: 'bulletList', content: f.outcomes.map((o) => ({ type: 'listItem', content: [p(`${o.id}: ${o.text}`)] })) });
  }
  return blocks;
}

function unitTable(units: Unit[], partners: PartnerRef[], locale: Locale): JSONContent[] {
  const L = programmeExportLabels(locale);
  const name = (id: string) => partners.find((x) => x.id === id)?.name ?? id;
  const totals = curriculumTotals(units, partners);
  const rows = units.map((u) => [
    u.code,
    u.title,
    u.partners.map(name).join(', '),
    num(u.ects),
    num(u.hours),
    num(u.eqf),
    L.kinds[u.kind],
    [u.assessment ? assessmentLabel(u.assessment, locale) : '', u.idVerification ? idVerificationLabel(u.idVerification, locale) : '']
      .filter(Boolean)
      .join('; '),
    u.outcomes.map((o) => (o.serves.length ? `${o.text} (${o.serves.join(', ')})` : o.text)).join('; '),
  ]);
  rows.push([
    '',
    unitTotal(units.length, locale),
    totals.shares.map((s) => `${s.name} ${s.ects}`).join(', '),
    num(totals.ects),
    num(totals.hours),
    '',
    '',
    '',
    '',
  ]);
  return [
    heading(4, L.unitsHeading),
    table(
      UNIT_COLUMNS.map((c) => L.columns[c]),
      rows,
    ),
  ];
}

/** A chapter's blocks with the facts block expanded and each run of consecutive units shown as one table, in `locale`. */
export function expandProgrammeBlocks(blocks: JSONContent[], partners: PartnerRef[], locale: Locale = 'en'): JSONContent[] {
  const out: JSONContent[] = [];
  let run: Unit[] = [];
  const flush = () => {
    if (run.length) out.push(...unitTable(run, partners, locale));
    run = [];
  };
  for (const b of blocks) {
    if (b.type === UNIT_NODE) {
      run.push(readUnit(b.attrs ?? {}));
      continue;
    }
    flush();
    if (b.type === FACTS_NODE) out.push(...factsBlocks(readFacts(b.attrs ?? {}), partners, locale));
    else out.push(b);
  }
  flush();
  return out;
}
