/**
 * The EU controlled vocabularies an ELM 3 document points to, as concept nodes. Only concepts whose
 * address is certain are written: EQF levels, ISCED-F codes, languages and countries are built from
 * their published patterns; the ECTS framework, the learning modes and the short-learning-programme
 * type are the addresses the Commission's own micro-credential sample uses. Anything else is not
 * guessed: the mapping returns null and the caller reports the value as missing.
 */
import langs from 'langs';
import countries from 'i18n-iso-countries';
import type { ParticipationMode } from '../../programme/fields.ts';

export interface Concept {
  id: string;
  type: 'Concept';
  inScheme: { id: string; type: 'ConceptScheme' };
  prefLabel: Record<string, string>;
}

const concept = (id: string, scheme: string, label: string): Concept => ({
  id,
  type: 'Concept',
  inScheme: { id: scheme, type: 'ConceptScheme' },
  prefLabel: { en: label },
});

export const SCHEME = {
  eqf: 'http://data.europa.eu/snb/eqf/25831c2',
  iscedF: 'http://data.europa.eu/snb/isced-f/25831c2',
  nqf: 'http://data.europa.eu/snb/qdr/25831c2',
  credit: 'http://data.europa.eu/snb/education-credit/25831c2',
  mode: 'http://data.europa.eu/snb/learning-assessment/25831c2',
  language: 'http://publications.europa.eu/resource/authority/language',
  country: 'http://publications.europa.eu/resource/authority/country',
  learningOpportunity: 'http://data.europa.eu/snb/learning-opportunity/25831c2',
} as const;

export const ECTS = concept('http://data.europa.eu/snb/education-credit/6fcec5c5af', SCHEME.credit, 'European Credit Transfer System');

export const SHORT_LEARNING_PROGRAMME = concept(
  'http://data.europa.eu/snb/learning-opportunity/74a4a268e8',
  SCHEME.learningOpportunity,
  'Short learning programme',
);

const MODE: Record<ParticipationMode, Concept> = {
  online: concept('http://data.europa.eu/snb/learning-assessment/920fbb3cbe', SCHEME.mode, 'Online'),
  blended: concept('http://data.europa.eu/snb/learning-assessment/e92d221e4d', SCHEME.mode, 'Blended'),
  onsite: concept('http://data.europa.eu/snb/learning-assessment/9191af2ed9', SCHEME.mode, 'Presential'),
};
export const modeConcept = (mode: ParticipationMode) => MODE[mode];

/** EQF levels 1–8 are `http://data.europa.eu/snb/eqf/<n>`. */
export function eqfConcept(level: number | null): Concept | null {
  if (level === null || !Number.isInteger(level) || level < 1 || level > 8) return null;
  return concept(`http://data.europa.eu/snb/eqf/${level}`, SCHEME.eqf, `Level ${level}`);
}

/**
 * ISCED-F 2013 codes in a free-text field ("0688 Inter-disciplinary programmes involving ICT"):
 * broad (2 digits), narrow (3) or detailed (4) codes of the fields 00–10 and 99. The label is the
 * text people wrote after the code.
 */
export function iscedConcepts(text: string): Concept[] {
  const found: Concept[] = [];
  for (const part of text.split(/[;,\n]/)) {
    const m = /(?:^|\s)((?:0\d|10|99)\d{0,2})(?=\s|$)/.exec(part);
    if (!m || m[1]!.length < 2) continue;
    const label = part.replace(m[1]!, '').trim() || `ISCED-F ${m[1]}`;
    found.push(concept(`http://data.europa.eu/snb/isced-f/${m[1]}`, SCHEME.iscedF, label));
  }
  return found;
}

/**
 * National qualification levels live in the Qualification Dataset Register as opaque addresses
 * (`http://data.europa.eu/snb/qdr/c_…`) that cannot be derived from "NL 6"; only addresses written
 * in the field are used.
 */
export function nqfConcepts(text: string): Concept[] {
  return [...text.matchAll(/https?:\/\/data\.europa\.eu\/snb\/qdr\/[A-Za-z0-9_]+/g)]
    .map((m) => m[0].replace(/^https:/, 'http:'))
    .filter((iri) => iri !== SCHEME.nqf)
    .map((iri) => concept(iri, SCHEME.nqf, iri.slice(iri.lastIndexOf('/') + 1)));
}

export interface Language {
  /** ISO 639-1, the tag of language maps ("en"). */
  tag: string;
  concept: Concept;
}

/** A language by English name ("English"), local name ("Deutsch") or ISO 639 code ("en", "eng"). */
export function languageOf(raw: string): Language | null {
  const s = raw.trim();
  if (!s) return null;
  const title = s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  const found =
    langs.where('name', title) ??
    langs.where('local', s) ??
    (s.length === 2 ? langs.where('1', s.toLowerCase()) : undefined) ??
    (s.length === 3 ? (langs.where('2T', s.toLowerCase()) ?? langs.where('2B', s.toLowerCase())) : undefined);
  if (!found) return null;
  // The EU language authority names languages by their ISO 639-2/T code in capitals (ENG, DEU, NLD).
  return { tag: found['1'], concept: concept(`${SCHEME.language}/${found['2T'].toUpperCase()}`, SCHEME.language, found.name) };
}

/** "English, Dutch; Spanish" or "English and Dutch" → the parts, in order. */
export const splitList = (text: string) =>
  text
    .split(/[,;/]|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);

/** ISO 3166 alpha-2 (the partner record's country) → the EU country authority's alpha-3 concept. */
export function countryConcept(alpha2: string): Concept | null {
  const code = alpha2.trim().toUpperCase();
  const alpha3 = code.length === 2 ? countries.alpha2ToAlpha3(code) : undefined;
  if (!alpha3) return null;
  return concept(`${SCHEME.country}/${alpha3}`, SCHEME.country, countries.getName(code, 'en') ?? code);
}
