/**
 * What the programme page and the credential supplement tell the outside world, read once from the
 * export model: the programme blocks, the partner records and three sections of chapter text (the
 * target audience, the admission requirements and the fees) found under the prompts the template
 * gives them. Nothing is added that the dossier does not say. What people chose from a list (mode,
 * assessment, supervision, identifier type, country) is named in the export's language.
 */
import type { JSONContent } from '@tiptap/core';
import type { ProgrammeFacts } from '../programme/fields.ts';
import { assessmentLabel, idVerificationLabel, modeLabel } from '../i18n/content/programmeFields.ts';
import { regionName } from '../i18n/content/programmeExportLabels.ts';
import { identifierLabel } from '../i18n/content/terms.ts';
import type { Locale } from '../i18n/locales.ts';
import { plainText } from './inline.ts';
import type { ExportModel } from './model.ts';
import { otherTitles } from './elm/elmDocument.ts';
import { countryConcept } from './elm/vocabularies.ts';

export interface SummaryUnit {
  code: string;
  title: string;
  ects: number | null;
  hours: number | null;
  eqf: number | null;
  kind: 'compulsory' | 'elective';
  partners: string[];
  language: string;
  mode: string;
  assessment: string;
  idVerification: string;
  outcomes: string[];
  prerequisites: string;
}

export interface AwardingBody {
  name: string;
  legalName: string;
  country: string;
  identifier: string;
  address: string;
  website: string;
}

export interface ProgrammeSummary {
  consortiumName: string;
  facts: ProgrammeFacts | null;
  title: string;
  otherTitles: { lang: string; text: string }[];
  audience: string[];
  admission: string[];
  fees: string[];
  outcomes: string[];
  mode: string;
  units: SummaryUnit[];
  awardingBodies: AwardingBody[];
  /** The further-information link, only when it is a web address. */
  link: string | null;
}

/** The text of the blocks under a heading (up to the next heading of the same or a higher level), one entry per paragraph or list item. */
export function sectionText(blocks: JSONContent[], heading: string): string[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && plainText(b).trim().toLowerCase() === heading.toLowerCase());
  if (start < 0) return [];
  const level = Number(blocks[start]!.attrs?.level ?? 3);
  const out: string[] = [];
  const collect = (node: JSONContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const t = plainText(node).trim();
      if (t) out.push(t);
    } else node.content?.forEach(collect);
  };
  for (const b of blocks.slice(start + 1)) {
    if (b.type === 'heading' && Number(b.attrs?.level ?? 3) <= level) break;
    collect(b);
  }
  return out;
}

/**
 * A country's name: in English the name the Europass vocabulary gives (as the ELM export and every
 * earlier English export wrote it), in the other languages the runtime's own (Intl.DisplayNames).
 */
function countryName(code: string, locale: Locale): string {
  return locale === 'en' ? (countryConcept(code)?.prefLabel.en ?? code) : regionName(code, locale);
}

export function programmeSummary(model: ExportModel): ProgrammeSummary {
  const locale = model.language;
  const f = model.programme.programme;
  const partners = model.consortium.partners;
  const chapter = (key: string) => model.chapters.find((c) => c.key === key)?.blocks ?? [];
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const furtherInfo = f?.furtherInfo.trim() ?? '';
  return {
    consortiumName: model.consortium.name,
    facts: f,
    title: f?.title.trim() || model.consortium.programmeTitle || model.consortium.name,
    otherTitles: Object.entries(otherTitles(f?.otherTitles ?? '').titles).map(([lang, text]) => ({ lang, text })),
    audience: sectionText(chapter('concept'), 'Target audience'),
    admission: sectionText(chapter('admission'), 'Admission requirements'),
    fees: sectionText(chapter('business'), 'Fees and scholarships'),
    outcomes: (f?.outcomes ?? []).map((o) => o.text.trim()).filter(Boolean),
    mode: f?.participation ? modeLabel(f.participation, locale) : '',
    units: model.programme.units.map((u) => ({
      code: u.code,
      title: u.title,
      ects: u.ects,
      hours: u.hours,
      eqf: u.eqf,
      kind: u.kind,
      partners: u.partners.map(partnerName),
      language: u.language,
      mode: u.mode ? modeLabel(u.mode, locale) : '',
      assessment: u.assessment ? assessmentLabel(u.assessment, locale) : '',
      idVerification: u.idVerification ? idVerificationLabel(u.idVerification, locale) : '',
      outcomes: u.outcomes.map((o) => o.text.trim()).filter(Boolean),
      prerequisites: u.prerequisites,
    })),
    awardingBodies: (f?.awardingBodies ?? [])
      .map((id) => partners.find((p) => p.id === id))
      .filter((p) => p !== undefined)
      .map((p) => ({
        name: p.name,
        legalName: p.legalName?.trim() ?? '',
        country: p.country ? countryName(p.country, locale) : '',
        identifier: p.identifier?.trim()
          ? `${p.identifierType ? `${identifierLabel(p.identifierType, locale)}: ` : ''}${p.identifier.trim()}`
          : '',
        address: p.address?.trim() ?? '',
        website: p.website?.trim() ?? '',
      })),
    link: /^https?:\/\/\S+$/i.test(furtherInfo) ? furtherInfo : null,
  };
}
