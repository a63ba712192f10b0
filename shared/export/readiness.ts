/**
 * Annex I readiness: for the programme and for each unit, whether each of the 11 mandatory and 5
 * optional standard elements of the 2022 Council Recommendation is given, with where to fix it,
 * plus what the Europass (ELM) description still lacks. The programme's verdicts are the Annex I
 * rules themselves (shared/programme/annexRules.ts); a unit is judged on its own fields where the
 * unit block has the element, and takes the programme's verdict where only the programme does.
 */
import { ANNEX_MANDATORY_ELEMENTS, ANNEX_OPTIONAL_ELEMENTS, annexFixKey, type AnnexElement } from '../programme/annexRules.ts';
import { CHECK_TEXTS_EN, type CheckTextKey } from '../i18n/content/programmeChecks.ts';
import type { ProgrammeView } from '../programme/checkTypes.ts';
import type { Unit } from '../programme/fields.ts';
import { buildElm, UNTITLED_PROGRAMME, type ElmInput } from './elm/elmDocument.ts';
import type { FixLink, ReadinessItem, ReadinessReport, ReadinessSection } from './readinessTypes.ts';

export type { FixLink, ReadinessItem, ReadinessReport, ReadinessSection, ReadinessStatus } from './readinessTypes.ts';
export { fixHref } from './readinessTypes.ts';

/** Elements a unit block describes itself, with the test of a unit. */
const UNIT_CHECKS: Record<string, (u: Unit) => boolean> = {
  title: (u) => Boolean(u.title.trim()),
  'learning-outcomes': (u) => u.outcomes.some((o) => o.text.trim()),
  workload: (u) => (u.ects ?? 0) > 0,
  level: (u) => (u.eqf ?? 0) > 0,
  assessment: (u) => Boolean(u.assessment),
  participation: (u) => Boolean(u.mode),
  prerequisites: (u) => Boolean(u.prerequisites.trim()),
  'id-verification': (u) => Boolean(u.idVerification),
};

const unitFixKey = (key: string) => `annex.unitFix.${key}` as CheckTextKey;

export function readinessReport(input: ElmInput): ReadinessReport {
  const view: ProgrammeView = {
    facts: input.facts,
    factsAttrs: null,
    units: input.units,
    unitAttrs: [],
    partners: input.partners.map((p) => ({ id: p.id, name: p.name, country: p.country })),
  };
  const factsLink: FixLink = input.facts ? { page: 'dossier', block: input.facts.id } : { page: 'dossier', chapter: 'qualification' };
  const elements: [AnnexElement, boolean][] = [
    ...ANNEX_MANDATORY_ELEMENTS.map((e): [AnnexElement, boolean] => [e, true]),
    ...ANNEX_OPTIONAL_ELEMENTS.map((e): [AnnexElement, boolean] => [e, false]),
  ];

  const programmeItems: ReadinessItem[] = elements.map(([e, mandatory]) => {
    const ready = input.facts !== null && e.present(view);
    const unitField = e.field === 'assessment' || e.field === 'idVerification';
    const firstUnit = input.units.find((u) => !UNIT_CHECKS[e.key]?.(u));
    const link: FixLink =
      e.key === 'issuer-country' && (input.facts?.awardingBodies.length ?? 0) > 0
        ? { page: 'partners' }
        : unitField && firstUnit
          ? { page: 'dossier', block: firstUnit.id }
          : unitField
            ? { page: 'dossier', chapter: 'curriculum' }
            : factsLink;
    return {
      key: e.key,
      name: e.name,
      mandatory,
      status: ready ? 'ready' : 'missing',
      fromProgramme: false,
      fix: e.fix,
      fixKey: annexFixKey(e.key),
      link,
    };
  });
  const programmeStatus = new Map(programmeItems.map((i) => [i.key, i]));

  const units: ReadinessSection[] = input.units.map((u) => ({
    id: u.id,
    label: [u.code, u.title].filter((s) => s.trim()).join(' ') || 'A unit without a title',
    items: elements.map(([e, mandatory]) => {
      const own = UNIT_CHECKS[e.key];
      if (!own) {
        const p = programmeStatus.get(e.key)!;
        return { ...p, fromProgramme: true };
      }
      return {
        key: e.key,
        name: e.name,
        mandatory,
        status: own(u) ? 'ready' : 'missing',
        fromProgramme: false,
        fix: CHECK_TEXTS_EN[unitFixKey(e.key)],
        fixKey: unitFixKey(e.key),
        link: { page: 'dossier', block: u.id },
      };
    }),
  }));

  const elmGaps = buildElm(input).gaps.map((g) => ({
    ...g,
    link: (g.kind === 'partner' ? { page: 'partners' } : g.kind === 'unit' ? { page: 'dossier', block: g.block } : factsLink) as FixLink,
  }));

  return {
    programme: {
      id: 'programme',
      ...(input.facts?.title ? { label: input.facts.title } : { label: UNTITLED_PROGRAMME, untitled: true as const }),
      items: programmeItems,
    },
    units,
    elmGaps,
    mandatoryMissing: programmeItems.filter((i) => i.mandatory && i.status === 'missing').length,
  };
}
