import { describe, expect, it } from 'vitest';
import { programmeView, type ProgrammeBlocks } from '../../shared/programme/blocks.ts';
import { RULES, runChecks } from '../../shared/programme/rules.ts';
import { ANNEX_MANDATORY_RULES, ANNEX_OPTIONAL_RULES } from '../../shared/programme/annexRules.ts';
import { FIXTURE_PARTNERS, fixtureBlocks, fixtureFacts, fixtureUnit } from '../utils/programmeFixture.ts';

const check = (blocks: ProgrammeBlocks) => runChecks(programmeView(blocks, FIXTURE_PARTNERS));
const only = (blocks: ProgrammeBlocks, rule: string) => check(blocks).filter((f) => f.rule === rule);
const withUnit = (n: number, over: Parameters<typeof fixtureUnit>[1]): ProgrammeBlocks => {
  const b = fixtureBlocks();
  b.units[n - 1] = fixtureUnit(n, over);
  return b;
};

describe('programme checks', () => {
  it('find nothing in a complete, consistent programme', () => {
    expect(check(fixtureBlocks())).toEqual([]);
  });

  it('have unique stable ids, 11 mandatory and 5 optional Annex I elements', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ANNEX_MANDATORY_RULES).toHaveLength(11);
    expect(ANNEX_OPTIONAL_RULES).toHaveLength(5);
    expect(ANNEX_OPTIONAL_RULES.every((r) => r.severity === 'info')).toBe(true);
  });

  it('field.invalid: negative or non-numeric ECTS, EQF outside 1–8, unknown choices', () => {
    const found = only(withUnit(1, { ects: '-3', eqf: '9', mode: 'hybrid' }), 'field.invalid');
    expect(found.map((f) => f.target)).toEqual([
      { block: 'u1', field: 'ects' },
      { block: 'u1', field: 'eqf' },
      { block: 'u1', field: 'mode' },
    ]);
    expect(found[0]!.message).toMatch(/ECTS must be/);
    expect(only(withUnit(1, { ects: 'five' }), 'field.invalid')[0]!.message).toContain('"five" is not');
    expect(only({ ...fixtureBlocks(), facts: fixtureFacts({ eqf: '0' }) }, 'field.invalid')[0]!.target).toEqual({
      block: 'facts',
      field: 'eqf',
    });
  });

  it('ects.total: compulsory plus minimum electives must equal the programme total', () => {
    expect(only(withUnit(1, { ects: '6', hours: '160' }), 'ects.total')[0]).toMatchObject({
      severity: 'error',
      target: { block: 'facts', field: 'totalEcts' },
    });
    const short = only({ ...fixtureBlocks(), facts: fixtureFacts({ totalEcts: '20' }) }, 'ects.total')[0]!;
    expect(short.message).toContain('= 15');
    expect(short.message).toContain('add or enlarge units');
  });

  it('ects.electives: electives offered must reach the minimum', () => {
    const b = { ...fixtureBlocks(), facts: fixtureFacts({ minElectiveEcts: '10', totalEcts: '20' }) };
    expect(only(b, 'ects.electives')[0]!.message).toContain('only 5');
  });

  it('unit.hours-per-ects: outside 25–30 hours per ECTS', () => {
    const found = only(withUnit(2, { hours: '100' }), 'unit.hours-per-ects');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('plan 125–150 hours');
    expect(only(withUnit(2, { hours: '151' }), 'unit.hours-per-ects')).toHaveLength(1);
    expect(only(withUnit(2, { hours: '150' }), 'unit.hours-per-ects')).toHaveLength(0);
  });

  it('unit.eqf-above-programme', () => {
    expect(only(withUnit(3, { eqf: '7' }), 'unit.eqf-above-programme')[0]!.target).toEqual({ block: 'u3', field: 'eqf' });
    expect(only(withUnit(3, { eqf: '5' }), 'unit.eqf-above-programme')).toHaveLength(0);
  });

  it('unit.no-outcomes and unit.no-assessment', () => {
    expect(only(withUnit(1, { outcomes: '[]' }), 'unit.no-outcomes')[0]!.target.block).toBe('u1');
    expect(only(withUnit(1, { outcomes: '[{"text":"  ","serves":[]}]' }), 'unit.no-outcomes')).toHaveLength(1);
    expect(only(withUnit(2, { assessment: '' }), 'unit.no-assessment')[0]!.message).toContain('choose how learners are assessed');
  });

  it('unit.unknown-partner and unit.no-partner', () => {
    expect(only(withUnit(1, { partners: '["north","atlantis"]' }), 'unit.unknown-partner')[0]!.message).toContain('“atlantis”');
    expect(only(withUnit(1, { partners: '[]' }), 'unit.no-partner')).toHaveLength(1);
  });

  it('unit.unknown-outcome-link', () => {
    expect(only(withUnit(1, { outcomes: '[{"text":"x","serves":["PO9"]}]' }), 'unit.unknown-outcome-link')[0]!.message).toContain('PO9');
  });

  it('outcome.not-covered and outcome.not-assessed', () => {
    const uncovered = only(withUnit(2, { outcomes: '[{"text":"x","serves":["PO1"]}]' }), 'outcome.not-covered');
    expect(uncovered.map((f) => f.message)).toEqual([expect.stringContaining('PO2')]);
    const unassessed = only(withUnit(2, { assessment: '' }), 'outcome.not-assessed');
    expect(unassessed[0]!.message).toContain('PO2');
  });

  it('annex1.*: each mandatory element missing is one warning pointing at its field', () => {
    const cases: [string, Record<string, string>][] = [
      ['learner-identification', { learnerIdentification: '' }],
      ['title', { title: ' ' }],
      ['awarding-body', { awardingBodies: '[]' }],
      ['issue-date', { issuing: '' }],
      ['learning-outcomes', { outcomes: '[]' }],
      ['workload', { totalEcts: '' }],
      ['level', { eqf: '' }],
      ['participation', { participation: '' }],
      ['quality-assurance', { qualityAssurance: '' }],
    ];
    for (const [key, over] of cases) {
      const found = only({ ...fixtureBlocks(), facts: fixtureFacts(over) }, `annex1.${key}`);
      expect(found, key).toHaveLength(1);
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.message).toContain('To fix it');
    }
    // The issuer's country comes from the awarding partners' records.
    const noCountry = runChecks(
      programmeView(
        fixtureBlocks(),
        FIXTURE_PARTNERS.map((p) => ({ ...p, country: '' })),
      ),
    );
    expect(noCountry.filter((f) => f.rule === 'annex1.issuer-country')).toHaveLength(1);
    const b = fixtureBlocks();
    b.units = b.units.map((u) => ({ ...u, assessment: '' }));
    expect(only(b, 'annex1.assessment')[0]!.target).toEqual({ block: 'u1', field: 'assessment' });
  });

  it('annex1-optional.*: each optional element missing is information', () => {
    const cases: [string, Record<string, string>][] = [
      ['prerequisites', { prerequisites: '' }],
      ['grade', { gradingScheme: '' }],
      ['stackability', { stackability: '' }],
      ['further-information', { furtherInfo: '' }],
    ];
    for (const [key, over] of cases)
      expect(only({ ...fixtureBlocks(), facts: fixtureFacts(over) }, `annex1-optional.${key}`)[0]?.severity, key).toBe('info');
    expect(only(withUnit(2, { idVerification: '' }), 'annex1-optional.id-verification')[0]!.target.block).toBe('u2');
  });

  it('without a facts block, every programme-level element is asked for and points nowhere', () => {
    const found = check({ facts: null, units: [] });
    expect(found.filter((f) => f.rule.startsWith('annex1.'))).toHaveLength(11);
    expect(found.every((f) => f.target.block === null)).toBe(true);
    expect(found[0]!.message).toContain('Qualification chapter');
  });

  it('lists errors before warnings before information', () => {
    const order = check(withUnit(1, { ects: '-1', assessment: '', idVerification: '' })).map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(order).toContain('info');
  });
});
