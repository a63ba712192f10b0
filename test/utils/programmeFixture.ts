import { emptyAttrs, FACTS_FIELDS, UNIT_FIELDS, type FactsAttrs, type UnitAttrs } from '../../shared/programme/fields.ts';
import type { ProgrammeBlocks } from '../../shared/programme/blocks.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';

export const FIXTURE_PARTNERS: PartnerRef[] = [
  { id: 'north', name: 'University of the North', country: 'NL' },
  { id: 'south', name: 'Universidad del Sur', country: 'ES' },
];

/** Complete programme facts that pass every rule together with `fixtureUnit`s 1–3. */
export function fixtureFacts(over: Partial<FactsAttrs> = {}): FactsAttrs {
  return {
    ...emptyAttrs(FACTS_FIELDS),
    id: 'facts',
    title: 'Data literacy',
    totalEcts: '15',
    minElectiveEcts: '5',
    eqf: '6',
    awardingBodies: '["north","south"]',
    participation: 'online',
    qualityAssurance: 'Internal QA of the lead university',
    prerequisites: 'Bachelor degree',
    gradingScheme: 'Pass/fail',
    stackability: 'stackable',
    stackableInto: 'MSc Data Science',
    learnerIdentification: 'Full name and date of birth',
    issuing: 'Within four weeks of the exam board',
    furtherInfo: 'https://example.org',
    languages: 'English',
    outcomes: JSON.stringify([
      { id: 'PO1', text: 'Analyse data' },
      { id: 'PO2', text: 'Communicate findings' },
    ]),
    ...over,
  };
}

export function fixtureUnit(n: number, over: Partial<UnitAttrs> = {}): UnitAttrs {
  return {
    ...emptyAttrs(UNIT_FIELDS),
    id: `u${n}`,
    title: `Unit ${n}`,
    code: `U${n}`,
    partners: n % 2 ? '["north"]' : '["south"]',
    ects: '5',
    hours: '130',
    eqf: '6',
    outcomes: JSON.stringify([{ text: `Outcome of unit ${n}`, serves: [n === 2 ? 'PO2' : 'PO1'] }]),
    assessment: 'project',
    idVerification: 'supervised-with-id',
    mode: 'online',
    language: 'English',
    kind: n === 3 ? 'elective' : 'compulsory',
    origin: 'existing',
    ...over,
  };
}

export function fixtureBlocks(): ProgrammeBlocks {
  return { facts: fixtureFacts(), units: [fixtureUnit(1), fixtureUnit(2), fixtureUnit(3)] };
}
