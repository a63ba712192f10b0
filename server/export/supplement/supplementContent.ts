/**
 * The credential supplement's content, once, for the Word and PDF renderers: for the programme and
 * for each unit, the rows a recognition officer reads (level, workload, outcomes, assessment, QA,
 * awarding bodies, stackability). A value the dossier does not give reads "Not stated". Labels, the
 * values chosen from a list (programmeSummary) and the date are in the document language.
 */
import type { ExportModel } from '../../../shared/export/model.ts';
import { programmeSummary, type SummaryUnit } from '../../../shared/export/programmeSummary.ts';
import { formatDateIn } from '../../../shared/i18n/content/exportLabels.ts';
import { programmeExportLabels } from '../../../shared/i18n/content/programmeExportLabels.ts';
import { supplementLabels, type SupplementLabels } from './labels.ts';

export interface SupplementRow {
  label: string;
  /** One line, or several (outcomes, awarding bodies). */
  value: string | string[];
}

export interface SupplementSection {
  heading: string;
  rows: SupplementRow[];
}

export interface SupplementContent {
  title: string;
  subtitle: string;
  intro: string;
  generated: string;
  sections: SupplementSection[];
}

/** "Not stated" in the supplement's language where the dossier gives nothing. */
function fillers(L: SupplementLabels) {
  return {
    given: (v: string | number | null | undefined) =>
      v === null || v === undefined || String(v).trim() === '' ? L.notStated : String(v).trim(),
    list: (items: string[]) => (items.length ? items : L.notStated),
  };
}

export function supplementContent(model: ExportModel): SupplementContent {
  const L = supplementLabels(model.language);
  const eqf = programmeExportLabels(model.language).eqf;
  const { given, list } = fillers(L);
  const s = programmeSummary(model);
  const f = s.facts;
  const assessments = [...new Set(s.units.map((u) => u.assessment).filter(Boolean))];
  const verifications = [...new Set(s.units.map((u) => u.idVerification).filter(Boolean))];
  const workload =
    f?.totalEcts === null || f?.totalEcts === undefined
      ? L.notStated
      : `${f.totalEcts} ${L.ects}${f.minElectiveEcts ? ` (${L.electives} ${f.minElectiveEcts} ${L.ects})` : ''}`;
  const stack =
    f?.stackability === 'stackable'
      ? `${L.stackable}${f.stackableInto.trim() ? ` ${L.stackableInto} ${f.stackableInto.trim()}` : ''}`
      : f?.stackability === 'stand-alone'
        ? L.standAlone
        : L.notStated;
  const programme: SupplementSection = {
    heading: L.programmeHeading,
    rows: [
      { label: L.title, value: given(s.title) },
      ...(s.otherTitles.length ? [{ label: L.otherTitles, value: s.otherTitles.map((t) => `${t.lang}: ${t.text}`) }] : []),
      { label: L.type, value: given(f?.programmeType) },
      { label: L.level, value: f?.eqf ? `${eqf} ${f.eqf}` : L.notStated },
      { label: L.nationalLevel, value: given(f?.nqf) },
      { label: L.field, value: given(f?.iscedField) },
      { label: L.workload, value: workload },
      { label: L.participation, value: given(s.mode) },
      { label: L.language, value: given(f?.languages) },
      { label: L.assessmentLanguage, value: given(f?.assessmentLanguages) },
      { label: L.outcomes, value: list(s.outcomes) },
      { label: L.assessment, value: list(assessments) },
      { label: L.grading, value: given(f?.gradingScheme) },
      { label: L.idVerification, value: list(verifications) },
      { label: L.qualityAssurance, value: given(f?.qualityAssurance) },
      {
        label: L.awardingBodies,
        value: list(s.awardingBodies.map((b) => [b.legalName || b.name, b.country, b.identifier, b.address].filter(Boolean).join(', '))),
      },
      { label: L.stackability, value: stack },
      { label: L.entry, value: given(f?.prerequisites) },
      { label: L.issuing, value: given(f?.issuing) },
      { label: L.furtherInfo, value: given(f?.furtherInfo) },
    ],
  };
  // Quality assurance and the awarding bodies are the programme's: every unit's supplement repeats them.
  // The very same rows and values, so a renderer must build its own nodes from them (see supplementPdf.ts).
  const shared = programme.rows.filter((r) => r.label === L.qualityAssurance || r.label === L.awardingBodies);
  return {
    title: L.documentTitle,
    subtitle: s.title,
    intro: L.intro,
    // In words, as every other export dates itself ("4 December 2026", "4. Dezember 2026").
    generated: `${L.generated} ${formatDateIn(model.generatedAt, model.language)} · ${s.consortiumName}`,
    sections: [programme, ...s.units.map((u) => unitSection(L, eqf, u, s.title, shared))],
  };
}

function unitSection(L: SupplementLabels, eqf: string, u: SummaryUnit, programmeTitle: string, shared: SupplementRow[]): SupplementSection {
  const { given, list } = fillers(L);
  const workload = u.ects === null ? L.notStated : `${u.ects} ${L.ects}${u.hours !== null ? ` (${u.hours} ${L.hours})` : ''}`;
  return {
    heading: `${L.unitHeading}: ${[u.code, u.title].filter((x) => x.trim()).join(' ') || L.notStated}`,
    rows: [
      { label: L.title, value: given(u.title) },
      { label: L.kind, value: u.kind === 'elective' ? L.elective : L.compulsory },
      { label: L.level, value: u.eqf ? `${eqf} ${u.eqf}` : L.notStated },
      { label: L.workload, value: workload },
      { label: L.participation, value: given(u.mode) },
      { label: L.language, value: given(u.language) },
      { label: L.outcomes, value: list(u.outcomes) },
      { label: L.assessment, value: given(u.assessment) },
      { label: L.idVerification, value: given(u.idVerification) },
      { label: L.taughtBy, value: list(u.partners) },
      { label: L.entry, value: given(u.prerequisites) },
      ...shared,
      { label: L.stackability, value: `${L.partOf} ${programmeTitle}` },
    ],
  };
}
