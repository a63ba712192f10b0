/**
 * The programme checks: one rule per function, each with a stable id (scripts and tests rely on
 * it), a severity and a message that says how to fix what it found. Pure: the checks panel, the
 * API and the exports all run the same code over the same data.
 */
import { factsFieldErrors, unitFieldErrors } from './fieldErrors.ts';
import type { Unit } from './fields.ts';
import type { Finding, ProgrammeView, Rule, Severity } from './checkTypes.ts';
import { ANNEX_RULES } from './annexRules.ts';
import { checkText, type LocalText } from '../i18n/content/programmeChecks.ts';

/** ECTS convention: one credit is 25 to 30 hours of total learner workload. */
export const HOURS_PER_ECTS = { min: 25, max: 30 } as const;

const unitName = (u: Unit): LocalText =>
  u.title.trim()
    ? { key: 'unit.titled', values: { title: u.title.trim() } }
    : u.code.trim()
      ? { key: 'unit.coded', values: { code: u.code.trim() } }
      : { key: 'unit.untitled' };
const sum = (units: Unit[]) => units.reduce((s, u) => s + (u.ects ?? 0), 0);
const round = (n: number) => Math.round(n * 100) / 100;

function rule(
  id: string,
  severity: Severity,
  description: string,
  run: (v: ProgrammeView, make: (text: LocalText, block: string | null, field?: string) => Finding) => Finding[],
): Rule {
  return {
    id,
    severity,
    description,
    run: (view) =>
      run(view, (text, block, field) => ({
        rule: id,
        severity,
        message: checkText(text, 'en'),
        text,
        target: field ? { block, field } : { block },
      })),
  };
}

export const fieldInvalid = rule(
  'field.invalid',
  'error',
  'A field holds a value that cannot be read (e.g. negative ECTS, EQF outside 1–8).',
  (v, make) => [
    ...(v.factsAttrs
      ? factsFieldErrors(v.factsAttrs).map((e) => make({ key: 'field.invalid.facts', values: { error: e.text } }, v.facts!.id, e.field))
      : []),
    ...v.unitAttrs.flatMap((attrs, i) =>
      unitFieldErrors(attrs).map((e) =>
        make({ key: 'field.invalid.unit', values: { unit: unitName(v.units[i]!), error: e.text } }, v.units[i]!.id, e.field),
      ),
    ),
  ],
);

export const ectsTotal = rule(
  'ects.total',
  'error',
  'Compulsory unit ECTS plus the minimum elective ECTS must equal the programme total.',
  (v, make) => {
    const total = v.facts?.totalEcts;
    if (!v.facts || total === null || total === undefined || v.units.length === 0) return [];
    const compulsory = sum(v.units.filter((u) => u.kind === 'compulsory'));
    const electives = v.facts.minElectiveEcts ?? 0;
    const planned = round(compulsory + electives);
    if (planned === total) return [];
    const how: LocalText = { key: planned < total ? 'ects.total.tooLow' : 'ects.total.tooHigh' };
    return [
      make(
        {
          key: electives ? 'ects.total.electives' : 'ects.total',
          values: { compulsory: round(compulsory), electives, planned, total, how },
        },
        v.facts.id,
        'totalEcts',
      ),
    ];
  },
);

export const electivesShort = rule(
  'ects.electives',
  'error',
  'The electives offered must carry at least the minimum elective ECTS.',
  (v, make) => {
    const min = v.facts?.minElectiveEcts ?? 0;
    if (!v.facts || min <= 0) return [];
    const offered = round(sum(v.units.filter((u) => u.kind === 'elective')));
    return offered >= min ? [] : [make({ key: 'ects.electives', values: { min, offered } }, v.facts.id, 'minElectiveEcts')];
  },
);

export const hoursPerEcts = rule('unit.hours-per-ects', 'warning', 'Notional hours per ECTS should be 25–30.', (v, make) =>
  v.units.flatMap((u) => {
    if (!u.ects || u.hours === null) return [];
    const per = u.hours / u.ects;
    if (per >= HOURS_PER_ECTS.min && per <= HOURS_PER_ECTS.max) return [];
    const low = Math.round(u.ects * HOURS_PER_ECTS.min),
      high = Math.round(u.ects * HOURS_PER_ECTS.max);
    return [
      make(
        { key: 'unit.hours-per-ects', values: { unit: unitName(u), hours: u.hours, ects: u.ects, per: round(per), low, high } },
        u.id,
        'hours',
      ),
    ];
  }),
);

export const unitAboveProgramme = rule(
  'unit.eqf-above-programme',
  'error',
  'No unit may sit above the programme’s EQF level.',
  (v, make) => {
    const level = v.facts?.eqf;
    if (!level) return [];
    return v.units
      .filter((u) => u.eqf !== null && u.eqf > level)
      .map((u) => make({ key: 'unit.eqf-above-programme', values: { unit: unitName(u), unitEqf: u.eqf!, level } }, u.id, 'eqf'));
  },
);

export const unitNoOutcomes = rule('unit.no-outcomes', 'warning', 'Every unit states at least one learning outcome.', (v, make) =>
  v.units
    .filter((u) => !u.outcomes.some((o) => o.text.trim()))
    .map((u) => make({ key: 'unit.no-outcomes', values: { unit: unitName(u) } }, u.id, 'outcomes')),
);

export const unitNoAssessment = rule('unit.no-assessment', 'warning', 'Every unit says how it is assessed.', (v, make) =>
  v.units.filter((u) => !u.assessment).map((u) => make({ key: 'unit.no-assessment', values: { unit: unitName(u) } }, u.id, 'assessment')),
);

export const unknownPartner = rule('unit.unknown-partner', 'error', 'Units are delivered by partners of the consortium.', (v, make) => {
  const known = new Set(v.partners.map((p) => p.id));
  return v.units.flatMap((u) =>
    u.partners
      .filter((p) => !known.has(p))
      .map((p) => make({ key: 'unit.unknown-partner', values: { unit: unitName(u), partner: p } }, u.id, 'partners')),
  );
});

export const unitNoPartner = rule('unit.no-partner', 'warning', 'Every unit has a delivering partner.', (v, make) =>
  v.units
    .filter((u) => u.partners.length === 0)
    .map((u) => make({ key: 'unit.no-partner', values: { unit: unitName(u) } }, u.id, 'partners')),
);

export const unknownOutcomeLink = rule(
  'unit.unknown-outcome-link',
  'warning',
  'Unit outcomes link only to programme outcomes that exist.',
  (v, make) => {
    const ids = new Set(v.facts?.outcomes.map((o) => o.id) ?? []);
    return v.units.flatMap((u) => {
      const missing = [...new Set(u.outcomes.flatMap((o) => o.serves).filter((id) => !ids.has(id)))];
      return missing.map((id) => make({ key: 'unit.unknown-outcome-link', values: { unit: unitName(u), outcome: id } }, u.id, 'outcomes'));
    });
  },
);

export const outcomeNotCovered = rule(
  'outcome.not-covered',
  'warning',
  'Every programme outcome is served by at least one unit.',
  (v, make) => {
    if (!v.facts) return [];
    const served = new Set(v.units.flatMap((u) => u.outcomes.flatMap((o) => o.serves)));
    return v.facts.outcomes
      .filter((o) => !served.has(o.id))
      .map((o) => make({ key: 'outcome.not-covered', values: { outcome: o.id, text: o.text.slice(0, 60) } }, v.facts!.id, 'outcomes'));
  },
);

export const outcomeNotAssessed = rule(
  'outcome.not-assessed',
  'warning',
  'Every programme outcome is served by at least one assessed unit.',
  (v, make) => {
    if (!v.facts) return [];
    const servedBy = (id: string) => v.units.filter((u) => u.outcomes.some((o) => o.serves.includes(id)));
    return v.facts.outcomes
      .filter((o) => {
        const units = servedBy(o.id);
        return units.length > 0 && !units.some((u) => u.assessment);
      })
      .map((o) => make({ key: 'outcome.not-assessed', values: { outcome: o.id } }, v.facts!.id, 'outcomes'));
  },
);

export const RULES: readonly Rule[] = [
  fieldInvalid,
  ectsTotal,
  electivesShort,
  hoursPerEcts,
  unitAboveProgramme,
  unitNoOutcomes,
  unitNoAssessment,
  unknownPartner,
  unitNoPartner,
  unknownOutcomeLink,
  outcomeNotCovered,
  outcomeNotAssessed,
  ...ANNEX_RULES,
];

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every rule over the programme, errors first; within a severity, in rule order. */
export function runChecks(view: ProgrammeView): Finding[] {
  return RULES.flatMap((r) => r.run(view)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
