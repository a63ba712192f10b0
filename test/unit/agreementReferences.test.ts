import { describe, expect, it } from 'vitest';
import { changedSinceSignOff, refTexts, resolveRefs, type RefSources } from '../../shared/agreement/references.ts';

const partners: RefSources['partners'] = [
  {
    id: 'nb',
    name: 'University of Northbridge',
    legalName: 'Stichting Universiteit van Northbridge',
    country: 'NL',
    signatoryName: 'Prof. P. Jansen',
    signatoryRole: 'Rector',
  },
  { id: 'mar', name: 'Universitat del Mar', legalName: 'Universitat del Mar', country: 'ES', signatoryName: '', signatoryRole: '' },
];
const facts = {
  title: 'Applied Data Literacy',
  totalEcts: '20',
  minElectiveEcts: '3',
  eqf: '6',
  languages: 'English',
  assessmentLanguages: 'English, Spanish',
  prerequisites: 'A bachelor degree',
  gradingScheme: 'Pass/fail',
  awardingBodies: '["nb","mar"]',
};
const units = [
  { ects: '5', partners: '["nb"]' },
  { ects: '5', partners: '["nb","mar"]' },
  { ects: '3', partners: '["mar"]', kind: 'elective' },
];
const sources = (over: Partial<RefSources> = {}): RefSources => ({ partners, blocks: { facts, units }, decisions: [], ...over });

describe('live references', () => {
  it('resolve every reference from the programme blocks and partner records', () => {
    const r = resolveRefs(sources());
    expect(r.programmeTitle).toEqual({ text: 'Applied Data Literacy', set: true });
    expect(r.partners.text).toBe(
      'University of Northbridge, legally Stichting Universiteit van Northbridge, NL, represented by Prof. P. Jansen, Rector; Universitat del Mar, ES, signatory not yet named',
    );
    expect(r.signatories.text).toBe(
      'Prof. P. Jansen, Rector for University of Northbridge; [signatory not yet named] for Universitat del Mar',
    );
    // As the curriculum plans it: compulsory units plus the minimum elective credits, not the declared 20.
    expect(r.ects.text).toBe('13 ECTS');
    expect(r.eqf.text).toBe('EQF level 6');
    expect(r.languages.text).toBe('English (assessment: English, Spanish)');
    expect(r.admission.text).toBe('A bachelor degree');
    expect(r.grading.text).toBe('Pass/fail');
    expect(r.awardingBodies.text).toBe('University of Northbridge, Universitat del Mar');
    expect(r.teachingShare.text).toBe('University of Northbridge 7.5 ECTS (58%), Universitat del Mar 5.5 ECTS (42%)');
  });

  it('say clearly when a value has no source yet, and read a decision where no block holds it', () => {
    const empty = resolveRefs({ partners: [], blocks: { facts: null, units: [] }, decisions: [] });
    for (const r of Object.values(empty)) {
      expect(r.set).toBe(false);
      expect(r.text).toMatch(/^\[.* not yet set\]$/);
    }
    expect(empty.ects.text).toBe('[ects not yet set]');
    // No units with credits: the facts' declared total counts.
    expect(resolveRefs(sources({ blocks: { facts, units: [] } })).ects.text).toBe('20 ECTS');
    const decided = resolveRefs(
      sources({
        blocks: { facts: null, units: [] },
        decisions: [
          { key: 'business-5', state: 'agreed', text: 'Income shared by ECTS taught' },
          { key: 'admission-1', state: 'proposed', text: 'Bachelor or RPL' },
          { key: 'examination-3', state: 'open', text: 'Not decided' },
        ],
      }),
    );
    expect(decided.feeSplit).toEqual({ text: 'Income shared by ECTS taught', set: true });
    expect(decided.admission.text).toBe('Bachelor or RPL (proposed, not yet agreed)');
    expect(decided.grading.set).toBe(false);
  });

  it('mark a clause whose referenced value changed since a partner signed off', () => {
    const before = refTexts(resolveRefs(sources()));
    const now = resolveRefs(sources({ blocks: { facts, units: [...units, { ects: '2', partners: '["mar"]' }] } }));
    const changes = changedSinceSignOff(['ects', 'eqf'], now, [{ partnerId: 'mar', refs: before }, { partnerId: 'nb' }]);
    expect(changes).toEqual([{ ref: 'ects', before: '13 ECTS', now: '15 ECTS', partnerId: 'mar' }]);
    expect(changedSinceSignOff(['eqf', 'bogus'], now, [{ partnerId: 'mar', refs: before }])).toEqual([]);
  });
});
