/**
 * The programme as one ELM 3 JSON-LD document (the EU's European Learning Model, read by Europass
 * and the Credential Builder): the programme as a Qualification or a learning achievement
 * specification, its units as parts. Every value comes from the programme blocks and the partner
 * records; a value that is missing, or cannot be written as the EU vocabulary asks, is left out and
 * listed in `gaps`, never guessed. docs/API.md says what is mapped and what is checked.
 */
import type { Partner } from '../../api.ts';
import { ASSESSMENT_LABEL, ID_VERIFICATION_LABEL, type ProgrammeFacts, type Unit } from '../../programme/fields.ts';
import {
  countryConcept,
  ECTS,
  eqfConcept,
  iscedConcepts,
  languageOf,
  modeConcept,
  nqfConcepts,
  SHORT_LEARNING_PROGRAMME,
  splitList,
  type Concept,
} from './vocabularies.ts';
import { elmGapText, type ElmGapKey } from '../../i18n/content/elmGapTexts.ts';

export const ELM_CONTEXT = ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'];

/** A value the document should carry but does not, with where to fill it in. */
export interface ElmGap {
  /** 'programme', a unit's block id, or a partner id. */
  block: string;
  kind: 'programme' | 'unit' | 'partner';
  /** The programme's, unit's or partner's name as people know it. */
  label: string;
  /** The programme has no title yet: `label` is then the English `UNTITLED_PROGRAMME`; a page shows its own `readiness.programme` (`elmGapLabel`). */
  untitled?: true;
  field: string;
  /** The sentence's key and what the partners wrote (`elmGapText` puts it in any language). */
  text: { key: ElmGapKey; value?: string };
  /** The sentence in English, for scripts reading the JSON. */
  message: string;
}

export interface ElmInput {
  consortiumId: string;
  facts: ProgrammeFacts | null;
  units: Unit[];
  partners: Partner[];
}

type Node = Record<string, unknown>;

/** What the programme is called before it has a title (English; a reader's page says it in its language). */
export const UNTITLED_PROGRAMME = 'The programme';
/** Language maps need a tag; where the language of a value is not recorded, BCP 47 says "und" (undetermined). */
const UNDETERMINED = 'und';

/** A Qualification only when the programme type says it leads to one; a micro-credential is a learning achievement specification. */
export const isQualification = (programmeType: string) => /\b(qualification|degree|diploma)\b/i.test(programmeType);

/** ECTS hours as an ISO 8601 duration: 100 → "PT100H", 12.5 → "PT12H30M". */
export function isoHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return `PT${whole}H${minutes ? `${minutes}M` : ''}`;
}

/** "nl: Toegepaste …; es: …" → { nl: '…', es: '…' }; parts without a two-letter tag are ignored (and reported). */
export function otherTitles(text: string): { titles: Record<string, string>; unreadable: string[] } {
  const titles: Record<string, string> = {};
  const unreadable: string[] = [];
  for (const part of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z]{2})\s*:\s*(.+)$/i.exec(part);
    if (m) titles[m[1]!.toLowerCase()] = m[2]!.trim();
    else unreadable.push(part);
  }
  return { titles, unreadable };
}

/** A gap's key and value, and its English sentence. */
const gapText = (key: ElmGapKey, value?: string) => ({
  text: { key, ...(value === undefined ? {} : { value }) },
  message: elmGapText({ key, value }, 'en'),
});

export function buildElm(input: ElmInput): { document: Node; gaps: ElmGap[] } {
  const gaps: ElmGap[] = [];
  const base = `urn:jointly:${input.consortiumId}`;
  const f = input.facts;
  const named = f?.title ? { label: f.title } : { label: UNTITLED_PROGRAMME, untitled: true as const };
  const gap = (field: string, key: ElmGapKey, value?: string) =>
    gaps.push({ block: 'programme', kind: 'programme', ...named, field, ...gapText(key, value) });
  if (!f) {
    gap('facts', 'facts');
    return { document: { '@context': ELM_CONTEXT, id: `${base}:programme`, type: 'LearningAchievementSpecification' }, gaps };
  }

  const languages = languagesOf(f.languages, (raw) => gap('languages', 'language.unknown', raw));
  if (!f.languages.trim()) gap('languages', 'language.missing');
  const tag = languages[0]?.tag ?? UNDETERMINED;
  const qualification = isQualification(f.programmeType);
  const id = `${base}:programme`;
  const note = (n: string, text: string) => ({ id: `${id}:note:${n}`, type: 'Note', noteLiteral: { [tag]: text } });

  const title: Record<string, string> = {};
  if (f.title.trim()) title[tag] = f.title.trim();
  else gap('title', 'title.programme');
  const others = otherTitles(f.otherTitles);
  for (const [lang, text] of Object.entries(others.titles)) if (!(lang in title)) title[lang] = text;
  for (const part of others.unreadable) gap('otherTitles', 'otherTitles.unreadable', part);

  const eqf = eqfConcept(f.eqf);
  if (!eqf) gap('eqf', 'eqf.missing');
  const nqf = nqfConcepts(f.nqf);
  if (nqf.length === 0) {
    if (f.nqf.trim()) gap('nqf', 'nqf.text', f.nqf.trim());
    else gap('nqf', 'nqf.missing');
  }
  const isced = iscedConcepts(f.iscedField);
  if (isced.length === 0) {
    if (f.iscedField.trim()) gap('iscedField', 'isced.unknown', f.iscedField);
    else gap('iscedField', 'isced.missing');
  }
  const outcomes = f.outcomes.filter((o) => o.text.trim());
  if (outcomes.length === 0) gap('outcomes', 'outcomes.programme');
  if (f.totalEcts === null) gap('totalEcts', 'totalEcts');
  if (!f.participation) gap('participation', 'participation');
  if (!f.qualityAssurance.trim()) gap('qualityAssurance', 'qualityAssurance');

  const root: Node = {
    '@context': ELM_CONTEXT,
    id,
    type: qualification ? 'Qualification' : 'LearningAchievementSpecification',
    title,
  };
  if (!qualification && /short learning programme/i.test(f.programmeType)) root.dcType = [SHORT_LEARNING_PROGRAMME];
  // `category` is not a language map in the ELM context: a language-tagged value object.
  if (f.programmeType.trim()) root.category = [{ '@value': f.programmeType.trim(), '@language': tag }];
  if (qualification) {
    if (eqf) root.eqfLevel = eqf;
    if (nqf.length) root.nqfLevel = nqf;
  } else if (eqf || nqf.length) root.educationLevel = [...(eqf ? [eqf] : []), ...nqf];
  if (isced.length) root.thematicArea = isced;
  if (!qualification || languages.length) root.language = languages.map((l) => l.concept);
  if (f.participation) root.mode = [modeConcept(f.participation)];
  root.learningOutcome = outcomes.map((o) => ({ id: `${id}:outcome:${o.id}`, type: 'LearningOutcome', title: { [tag]: o.text.trim() } }));
  if (f.totalEcts !== null) root.creditPoint = [creditPoint(`${id}:credit`, f.totalEcts)];
  if (f.prerequisites.trim()) root.entryRequirement = note('entry', f.prerequisites.trim());

  const notes: Node[] = [];
  if (f.qualityAssurance.trim()) notes.push(note('qa', `Quality assurance: ${f.qualityAssurance.trim()}`));
  if (f.assessmentLanguages.trim()) notes.push(note('assessment-language', `Language of assessment: ${f.assessmentLanguages.trim()}`));
  if (f.gradingScheme.trim()) notes.push(note('grading', `Grading: ${f.gradingScheme.trim()}`));
  if (f.stackability)
    notes.push(
      note(
        'stackability',
        f.stackability === 'stackable' ? `Stackable${f.stackableInto.trim() ? ` into: ${f.stackableInto.trim()}` : ''}` : 'Stand-alone',
      ),
    );
  if (f.learnerIdentification.trim()) notes.push(note('learner', `Learner identification: ${f.learnerIdentification.trim()}`));
  if (f.issuing.trim()) notes.push(note('issuing', `Issuing: ${f.issuing.trim()}`));
  const furtherUrl = /^https?:\/\/\S+$/i.test(f.furtherInfo.trim()) ? f.furtherInfo.trim() : null;
  if (f.furtherInfo.trim() && !furtherUrl) notes.push(note('further', `Further information: ${f.furtherInfo.trim()}`));
  if (notes.length) root.additionalNote = notes;
  if (furtherUrl) root.homepage = [{ id: `${id}:homepage`, type: 'WebResource', contentURL: furtherUrl }];

  const bodies = f.awardingBodies
    .map((pid) => input.partners.find((p) => p.id === pid))
    .filter((p): p is Partner => Boolean(p))
    .map((p) => organisation(base, p, gaps));
  if (f.awardingBodies.length === 0) gap('awardingBodies', 'awardingBodies');
  if (bodies.length)
    root.awardingOpportunity = [
      { id: `${id}:awarding`, type: 'AwardingOpportunity', awardingBody: bodies, learningAchievementSpecification: { id } },
    ];

  const parts = input.units.map((u) => unitNode(base, u, { qualification, isced, partOf: id, gaps }));
  if (parts.length) root.hasPart = parts;
  return { document: root, gaps };
}

function languagesOf(text: string, unknown: (raw: string) => void) {
  const found = [];
  for (const raw of splitList(text)) {
    const l = languageOf(raw);
    if (l) found.push(l);
    else unknown(raw);
  }
  return found;
}

const creditPoint = (id: string, ects: number) => ({ id, type: 'CreditPoint', framework: ECTS, point: String(ects) });

function unitNode(base: string, u: Unit, ctx: { qualification: boolean; isced: Concept[]; partOf: string; gaps: ElmGap[] }): Node {
  const label = u.title || u.code || 'A unit without a title';
  const gap = (field: string, key: ElmGapKey, value?: string) =>
    ctx.gaps.push({ block: u.id, kind: 'unit', label, field, ...gapText(key, value) });
  const id = `${base}:unit:${u.id}`;
  const languages = languagesOf(u.language, (raw) => gap('language', 'language.unknown', raw));
  if (!u.language.trim()) gap('language', 'language.missing');
  const tag = languages[0]?.tag ?? UNDETERMINED;
  const node: Node = { id, type: ctx.qualification ? 'Qualification' : 'LearningAchievementSpecification' };
  const title: Record<string, string> = u.title.trim() ? { [tag]: u.title.trim() } : {};
  if (!u.title.trim()) gap('title', 'title.unit');
  const others = otherTitles(u.otherTitles);
  for (const [lang, text] of Object.entries(others.titles)) if (!(lang in title)) title[lang] = text;
  for (const part of others.unreadable) gap('otherTitles', 'otherTitles.unreadable', part);
  if (Object.keys(title).length) node.title = title;
  if (u.code.trim()) node.identifier = [{ id: `${id}:code`, type: 'Identifier', notation: u.code.trim(), schemeName: 'Unit code' }];
  const eqf = eqfConcept(u.eqf);
  if (!eqf) gap('eqf', 'eqf.missing');
  if (ctx.qualification) {
    node.isPartialQualification = true;
    if (eqf) node.eqfLevel = eqf;
    // Europass wants a national level on every qualification, units that are partial ones included.
    const nqf = nqfConcepts(u.nqf);
    if (nqf.length) node.nqfLevel = nqf;
    else gap('nqf', u.nqf.trim() ? 'nqf.text' : 'nqf.unit', u.nqf.trim() || undefined);
  } else if (eqf) node.educationLevel = [eqf];
  // A unit is in its programme's field of study unless it names its own.
  const isced = u.iscedField.trim() ? iscedConcepts(u.iscedField) : ctx.isced;
  if (u.iscedField.trim() && isced.length === 0) gap('iscedField', 'isced.unknown', u.iscedField);
  if (isced.length) node.thematicArea = isced;
  if (!ctx.qualification || languages.length) node.language = languages.map((l) => l.concept);
  if (u.mode) node.mode = [modeConcept(u.mode)];
  else gap('mode', 'mode.unit');
  const outcomes = u.outcomes.filter((o) => o.text.trim());
  if (outcomes.length === 0) gap('outcomes', 'outcomes.unit');
  node.learningOutcome = outcomes.map((o, i) => ({
    id: `${id}:outcome:${i + 1}`,
    type: 'LearningOutcome',
    title: { [tag]: o.text.trim() },
  }));
  if (u.ects !== null) node.creditPoint = [creditPoint(`${id}:credit`, u.ects)];
  else gap('ects', 'ects.unit');
  if (u.hours !== null && u.hours > 0) node.volumeOfLearning = isoHours(u.hours);
  else gap('hours', 'hours.unit');
  if (u.prerequisites.trim()) node.entryRequirement = { id: `${id}:entry`, type: 'Note', noteLiteral: { [tag]: u.prerequisites.trim() } };
  if (u.assessment) {
    const assessment: Node = {
      id: `${id}:assessment`,
      type: 'LearningAssessmentSpecification',
      title: { en: ASSESSMENT_LABEL[u.assessment] },
    };
    if (u.mode) assessment.mode = [modeConcept(u.mode)];
    if (u.idVerification)
      assessment.additionalNote = [
        {
          id: `${id}:assessment:id`,
          type: 'Note',
          noteLiteral: { en: `Supervision and identity verification: ${ID_VERIFICATION_LABEL[u.idVerification]}` },
        },
      ];
    node.provenBy = [assessment];
  } else gap('assessment', 'assessment.unit');
  node.isPartOf = [{ id: ctx.partOf }];
  return node;
}

const IDENTIFIER_SCHEME = { pic: 'PIC', erasmus: 'Erasmus code' } as const;

function organisation(base: string, p: Partner, gaps: ElmGap[]): Node {
  const gap = (field: string, key: ElmGapKey, value?: string) =>
    gaps.push({ block: p.id, kind: 'partner', label: p.name, field, ...gapText(key, value) });
  const id = `${base}:partner:${p.id}`;
  const node: Node = { id, type: 'Organisation' };
  const legal = p.legalName?.trim();
  if (legal) node.legalName = { [UNDETERMINED]: legal };
  else gap('legalName', 'legalName');
  if (p.name.trim() && p.name.trim() !== legal) node.altLabel = { [UNDETERMINED]: p.name.trim() };
  const country = countryConcept(p.country);
  if (!country) gap('country', 'country');
  const address: Node = { id: `${id}:address`, type: 'Address' };
  if (country) address.countryCode = country;
  if (p.address?.trim())
    address.fullAddress = { id: `${id}:address:text`, type: 'Note', noteLiteral: { [UNDETERMINED]: p.address.trim() } };
  else gap('address', 'address');
  node.location = [{ id: `${id}:location`, type: 'Location', address: [address] }];
  const identifier = p.identifier?.trim();
  if (!identifier || !p.identifierType) gap('identifier', 'identifier');
  else if (p.identifierType === 'national') {
    if (country) node.registration = { id: `${id}:registration`, type: 'LegalIdentifier', notation: identifier, spatial: country };
  } else
    node.identifier = [
      { id: `${id}:identifier`, type: 'Identifier', notation: identifier, schemeName: IDENTIFIER_SCHEME[p.identifierType] },
    ];
  if (p.website?.trim()) node.homepage = [{ id: `${id}:homepage`, type: 'WebResource', contentURL: p.website.trim() }];
  return node;
}
