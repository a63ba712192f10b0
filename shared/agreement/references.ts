import type { ProgrammeBlocks } from '../programme/blockNodes.ts';
import { readFacts, readUnit } from '../programme/fields.ts';
import { curriculumTotals } from '../programme/curriculumStats.ts';
import { notSetText, REF_KEYS, type RefKey } from './clauseTypes.ts';

/**
 * Live references: what a reference in clause text shows now, read from the programme blocks, the
 * partner records and, where no block holds the value, the decision the chapter took. Pure, so the
 * editor (on every change, its own or another partner's), the exports and the server's sign-off
 * record all resolve the same value the same way.
 */

export interface RefPartner {
  id: string;
  name: string;
  legalName?: string;
  country?: string;
  signatoryName?: string;
  signatoryRole?: string;
}

export interface RefDecision {
  key: string;
  state: string;
  text: string;
}

export interface RefSources {
  partners: RefPartner[];
  blocks: ProgrammeBlocks;
  decisions: RefDecision[];
}

export interface ResolvedRef {
  text: string;
  /** False when nothing holds the value yet; `text` then says so. */
  set: boolean;
}

export type ResolvedRefs = Record<RefKey, ResolvedRef>;

const value = (text: string): ResolvedRef => ({ text, set: true });
const notSet = (key: RefKey): ResolvedRef => ({ text: notSetText(key), set: false });
const round = (n: number) => Math.round(n * 100) / 100;

/** The first of these decisions that has been agreed or proposed with a text; a proposal says so. */
function fromDecision(decisions: RefDecision[], keys: string[]): string | null {
  for (const key of keys) {
    const d = decisions.find((x) => x.key === key);
    if (!d || !d.text.trim() || (d.state !== 'agreed' && d.state !== 'proposed')) continue;
    return d.state === 'agreed' ? d.text.trim() : `${d.text.trim()} (proposed, not yet agreed)`;
  }
  return null;
}

function partyLine(p: RefPartner): string {
  const legal = p.legalName?.trim() && p.legalName.trim() !== p.name ? `, legally ${p.legalName.trim()}` : '';
  const country = p.country ? `, ${p.country}` : '';
  const who = p.signatoryName?.trim()
    ? `represented by ${p.signatoryName.trim()}${p.signatoryRole?.trim() ? `, ${p.signatoryRole.trim()}` : ''}`
    : 'signatory not yet named';
  return `${p.name}${legal}${country}, ${who}`;
}

export function resolveRefs(sources: RefSources): ResolvedRefs {
  const facts = sources.blocks.facts ? readFacts(sources.blocks.facts) : null;
  const units = sources.blocks.units.map(readUnit);
  const refs = sources.partners.map((p) => ({ id: p.id, name: p.name, country: p.country ?? '' }));
  const totals = curriculumTotals(units, refs);
  const nameOf = (id: string) => sources.partners.find((p) => p.id === id)?.name ?? id;
  const fromFacts = (text: string | undefined, key: RefKey, decisions: string[]) => {
    const decided = text?.trim() || fromDecision(sources.decisions, decisions);
    return decided ? value(decided) : notSet(key);
  };

  // What a learner earns as the curriculum plans it (the rule the ECTS check uses: compulsory units plus the
  // minimum elective credits), so the reference follows unit edits; the declared total counts until units have credits.
  const compulsory = units.filter((u) => u.kind === 'compulsory').reduce((s, u) => s + (u.ects ?? 0), 0);
  const unitEcts = units.some((u) => u.ects !== null) ? compulsory + (facts?.minElectiveEcts ?? 0) : null;
  const ects = unitEcts ?? facts?.totalEcts ?? null;
  const languages = facts?.languages.trim()
    ? facts.assessmentLanguages.trim() && facts.assessmentLanguages.trim() !== facts.languages.trim()
      ? `${facts.languages.trim()} (assessment: ${facts.assessmentLanguages.trim()})`
      : facts.languages.trim()
    : undefined;

  const out: ResolvedRefs = {
    programmeTitle: facts?.title.trim() ? value(facts.title.trim()) : notSet('programmeTitle'),
    partners: sources.partners.length ? value(sources.partners.map(partyLine).join('; ')) : notSet('partners'),
    signatories: sources.partners.some((p) => p.signatoryName?.trim())
      ? value(
          sources.partners
            .map((p) =>
              p.signatoryName?.trim()
                ? `${p.signatoryName.trim()}${p.signatoryRole?.trim() ? `, ${p.signatoryRole.trim()}` : ''} for ${p.name}`
                : `[signatory not yet named] for ${p.name}`,
            )
            .join('; '),
        )
      : notSet('signatories'),
    ects: ects !== null ? value(`${round(ects)} ECTS`) : notSet('ects'),
    eqf: facts?.eqf ? value(`EQF level ${facts.eqf}`) : notSet('eqf'),
    languages: fromFacts(languages, 'languages', ['language-1']),
    admission: fromFacts(facts?.prerequisites, 'admission', ['admission-1']),
    grading: fromFacts(facts?.gradingScheme, 'grading', ['examination-3']),
    awardingBodies: facts?.awardingBodies.length ? value(facts.awardingBodies.map(nameOf).join(', ')) : notSet('awardingBodies'),
    teachingShare: totals.shares.length
      ? value(totals.shares.map((s) => `${s.name} ${s.ects} ECTS (${Math.round(s.share * 100)}%)`).join(', '))
      : notSet('teachingShare'),
    feeSplit: fromFacts(undefined, 'feeSplit', ['business-5', 'agreement-4']),
  };
  return out;
}

/** The resolved texts only, as a sign-off records them. */
export function refTexts(resolved: ResolvedRefs): Record<RefKey, string> {
  return Object.fromEntries(REF_KEYS.map((k) => [k, resolved[k].text])) as Record<RefKey, string>;
}

export interface RefChange {
  ref: RefKey;
  before: string;
  now: string;
  partnerId: string;
}

/**
 * The references of a clause whose value differs from what it was when a partner signed the
 * agreement off. Sign-offs made before references were recorded have no `refs` and mark nothing.
 */
export function changedSinceSignOff(
  clauseRefs: string[],
  current: ResolvedRefs,
  signoffs: { partnerId: string; refs?: Record<string, string> }[],
): RefChange[] {
  const changes: RefChange[] = [];
  for (const s of signoffs) {
    if (!s.refs) continue;
    for (const ref of clauseRefs) {
      if (!(REF_KEYS as readonly string[]).includes(ref)) continue;
      const key = ref as RefKey;
      const before = s.refs[key];
      if (before !== undefined && before !== current[key].text)
        changes.push({ ref: key, before, now: current[key].text, partnerId: s.partnerId });
    }
  }
  return changes;
}
