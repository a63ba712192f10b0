/**
 * The standard elements that Annex I of the 2022 Council Recommendation on micro-credentials asks
 * every micro-credential to describe (eleven mandatory, five optional). One rule per element: a
 * missing mandatory element is a warning, a missing optional one is information.
 */
import type { Finding, ProgrammeView, Rule, Severity } from './checkTypes.ts';
import { checkText, type CheckTextKey, type LocalText } from '../i18n/content/programmeChecks.ts';

export interface AnnexElement {
  key: string;
  name: string;
  /** The facts field the finding jumps to. */
  field: string;
  present(v: ProgrammeView): boolean;
  fix: string;
}

const has = (s: string | undefined) => Boolean(s && s.trim());

const MANDATORY: AnnexElement[] = [
  {
    key: 'learner-identification',
    name: 'identification of the learner',
    field: 'learnerIdentification',
    present: (v) => has(v.facts?.learnerIdentification),
    fix: 'say which learner data the certificate carries (e.g. full name, date of birth, student number)',
  },
  {
    key: 'title',
    name: 'title of the micro-credential',
    field: 'title',
    present: (v) => has(v.facts?.title),
    fix: 'enter the programme title',
  },
  {
    key: 'issuer-country',
    name: 'country or countries of the issuer',
    field: 'awardingBodies',
    present: (v) => awardingPartners(v).some((p) => has(p.country)),
    fix: 'choose awarding bodies whose country is recorded on the Partners page',
  },
  {
    key: 'awarding-body',
    name: 'awarding body or bodies',
    field: 'awardingBodies',
    present: (v) => (v.facts?.awardingBodies.length ?? 0) > 0,
    fix: 'choose the partner(s) that award the credential',
  },
  {
    key: 'issue-date',
    name: 'date of issuing',
    field: 'issuing',
    present: (v) => has(v.facts?.issuing),
    fix: 'say when certificates are issued and which date they carry',
  },
  {
    key: 'learning-outcomes',
    name: 'learning outcomes',
    field: 'outcomes',
    present: (v) => v.facts?.outcomes.some((o) => has(o.text)) ?? false,
    fix: 'add the programme learning outcomes',
  },
  {
    key: 'workload',
    name: 'notional workload in ECTS',
    field: 'totalEcts',
    present: (v) => (v.facts?.totalEcts ?? 0) > 0,
    fix: 'enter the total ECTS',
  },
  { key: 'level', name: 'level (EQF)', field: 'eqf', present: (v) => (v.facts?.eqf ?? 0) > 0, fix: 'choose the programme’s EQF level' },
  {
    key: 'assessment',
    name: 'type of assessment',
    field: 'assessment',
    present: (v) => v.units.some((u) => u.assessment),
    fix: 'give the units an assessment type',
  },
  {
    key: 'participation',
    name: 'form of participation',
    field: 'participation',
    present: (v) => Boolean(v.facts?.participation),
    fix: 'choose online, blended or on site',
  },
  {
    key: 'quality-assurance',
    name: 'type of quality assurance',
    field: 'qualityAssurance',
    present: (v) => has(v.facts?.qualityAssurance),
    fix: 'describe the quality assurance behind the credential',
  },
];

const OPTIONAL: AnnexElement[] = [
  {
    key: 'prerequisites',
    name: 'prerequisites to enrol',
    field: 'prerequisites',
    present: (v) => has(v.facts?.prerequisites),
    fix: 'state the entry requirements, or “none”',
  },
  {
    key: 'id-verification',
    name: 'supervision and identity verification at assessment',
    field: 'idVerification',
    present: (v) => v.units.length > 0 && v.units.every((u) => u.idVerification),
    fix: 'choose the identity verification of every unit',
  },
  {
    key: 'grade',
    name: 'grade achieved',
    field: 'gradingScheme',
    present: (v) => has(v.facts?.gradingScheme),
    fix: 'describe the grading scheme',
  },
  {
    key: 'stackability',
    name: 'integration and stackability options',
    field: 'stackability',
    present: (v) => Boolean(v.facts?.stackability),
    fix: 'say whether it stands alone or stacks into another credential',
  },
  {
    key: 'further-information',
    name: 'further information',
    field: 'furtherInfo',
    present: (v) => has(v.facts?.furtherInfo),
    fix: 'add a link or note for further information',
  },
];

function awardingPartners(v: ProgrammeView) {
  const ids = new Set(v.facts?.awardingBodies ?? []);
  return v.partners.filter((p) => ids.has(p.id));
}

/** The keys of an element's name and fix in shared/i18n/content/programmeChecks.ts. */
export const annexNameKey = (key: string) => `annex.name.${key}` as CheckTextKey;
export const annexFixKey = (key: string) => `annex.fix.${key}` as CheckTextKey;

function elementRule(prefix: string, severity: Severity, e: AnnexElement): Rule {
  const id = `${prefix}.${e.key}`;
  return {
    id,
    severity,
    description: `Annex I ${severity === 'info' ? 'optional' : 'mandatory'} element: ${e.name}.`,
    run(v): Finding[] {
      if (e.present(v)) return [];
      const where: LocalText | '' = v.facts ? '' : { key: 'annex.addFactsFirst' };
      const unitField = e.field === 'assessment' || e.field === 'idVerification';
      const block = unitField ? (v.units.find((u) => !u[e.field as 'assessment'])?.id ?? v.facts?.id ?? null) : (v.facts?.id ?? null);
      const text: LocalText = {
        key: severity === 'info' ? 'annex.missingOptional' : 'annex.missing',
        values: { name: { key: annexNameKey(e.key) }, fix: { key: annexFixKey(e.key) }, where },
      };
      return [{ rule: id, severity, message: checkText(text, 'en'), text, target: { block, field: e.field } }];
    },
  };
}

/** The elements themselves, for the readiness report (shared/programme/readiness.ts). */
export const ANNEX_MANDATORY_ELEMENTS: readonly AnnexElement[] = MANDATORY;
export const ANNEX_OPTIONAL_ELEMENTS: readonly AnnexElement[] = OPTIONAL;

export const ANNEX_MANDATORY_RULES = MANDATORY.map((e) => elementRule('annex1', 'warning', e));
export const ANNEX_OPTIONAL_RULES = OPTIONAL.map((e) => elementRule('annex1-optional', 'info', e));
export const ANNEX_RULES: readonly Rule[] = [...ANNEX_MANDATORY_RULES, ...ANNEX_OPTIONAL_RULES];
