/**
 * Structured programme blocks become ordinary export blocks (headings, tables, lists) in the export
 * model, so every renderer (Markdown, HTML, DOCX, PDF) shows them with its own escaping, unchanged.
 */
import type { JSONContent } from '@tiptap/core';
import { FACTS_NODE, UNIT_NODE } from '../programme/blocks.ts';
import type { PartnerRef } from '../programme/checkTypes.ts';
import { curriculumTotals } from '../programme/curriculumStats.ts';
import {
  ASSESSMENT_LABEL,
  ID_VERIFICATION_LABEL,
  MODE_LABEL,
  readFacts,
  readUnit,
  type ProgrammeFacts,
  type Unit,
} from '../programme/fields.ts';

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

function factsBlocks(f: ProgrammeFacts, partners: PartnerRef[]): JSONContent[] {
  const names = f.awardingBodies.map((id) => partners.find((x) => x.id === id)?.name ?? id).join(', ');
  const countries = [...new Set(f.awardingBodies.map((id) => partners.find((x) => x.id === id)?.country).filter(Boolean))].join(', ');
  const rows: [string, string][] = [
    ['Title', f.title],
    ['Titles in other languages', f.otherTitles],
    ['Programme type', f.programmeType],
    ['Total ECTS', num(f.totalEcts)],
    ['Minimum elective ECTS', f.minElectiveEcts ? num(f.minElectiveEcts) : ''],
    ['EQF level', num(f.eqf)],
    ['NQF levels', f.nqf],
    ['ISCED-F field', f.iscedField],
    ['Awarding bodies', names],
    ['Country or countries of the awarding bodies', countries],
    ['Form of participation', f.participation ? MODE_LABEL[f.participation] : ''],
    ['Languages of instruction', f.languages],
    ['Languages of assessment', f.assessmentLanguages],
    ['Type of quality assurance', f.qualityAssurance],
    ['Prerequisites', f.prerequisites],
    ['Grading scheme', f.gradingScheme],
    ['Stackability', [f.stackability ?? '', f.stackableInto].filter(Boolean).join(': ')],
    ['Learner identification', f.learnerIdentification],
    ['Issuing', f.issuing],
    ['Further information', f.furtherInfo],
  ];
  const blocks = [
    heading(3, 'Programme facts'),
    table(
      ['Element', 'Value'],
      rows.filter(([, v]) => v.trim()),
    ),
  ];
  if (f.outcomes.length) {
    blocks.push(heading(4, 'Programme learning outcomes'));
    blocks.push({ type: 'bulletList', content: f.outcomes.map((o) => ({ type: 'listItem', content: [p(`${o.id}: ${o.text}`)] })) });
  }
  return blocks;
}

function unitTable(units: Unit[], partners: PartnerRef[]): JSONContent[] {
  const name = (id: string) => partners.find((x) => x.id === id)?.name ?? id;
  const totals = curriculumTotals(units, partners);
  const rows = units.map((u) => [
    u.code,
    u.title,
    u.partners.map(name).join(', '),
    num(u.ects),
    num(u.hours),
    num(u.eqf),
    u.kind,
    [u.assessment ? ASSESSMENT_LABEL[u.assessment] : '', u.idVerification ? ID_VERIFICATION_LABEL[u.idVerification] : '']
      .filter(Boolean)
      .join('; '),
    u.outcomes.map((o) => (o.serves.length ? `${o.text} (${o.serves.join(', ')})` : o.text)).join('; '),
  ]);
  rows.push([
    '',
    `Total (${units.length} units)`,
    totals.shares.map((s) => `${s.name} ${s.ects}`).join(', '),
    num(totals.ects),
    num(totals.hours),
    '',
    '',
    '',
    '',
  ]);
  return [
    heading(4, 'Curriculum units'),
    table(['Code', 'Title', 'Delivered by', 'ECTS', 'Hours', 'EQF', 'Type', 'Assessment', 'Learning outcomes'], rows),
  ];
}

/** A chapter's blocks with the facts block expanded and each run of consecutive units shown as one table. */
export function expandProgrammeBlocks(blocks: JSONContent[], partners: PartnerRef[]): JSONContent[] {
  const out: JSONContent[] = [];
  let run: Unit[] = [];
  const flush = () => {
    if (run.length) out.push(...unitTable(run, partners));
    run = [];
  };
  for (const b of blocks) {
    if (b.type === UNIT_NODE) {
      run.push(readUnit(b.attrs ?? {}));
      continue;
    }
    flush();
    if (b.type === FACTS_NODE) out.push(...factsBlocks(readFacts(b.attrs ?? {}), partners));
    else out.push(b);
  }
  flush();
  return out;
}
