import { describe, expect, it } from 'vitest';
import { agreementReadiness, type ReadinessInput } from '../../shared/agreement/readiness.ts';
import { CLAUSE_LIBRARY } from '../../shared/agreement/clauses.ts';

const partners = [
  { id: 'nb', name: 'Northbridge', signatoryName: 'Prof. Jansen' },
  { id: 'mar', name: 'Mar', signatoryName: 'Dra. Vidal' },
];
const mandatory = CLAUSE_LIBRARY.filter((c) => c.mandatory).map((c) => c.id);
const signed = (version: string) => partners.map((p) => ({ partnerId: p.id, version }));

describe('readiness before signing', () => {
  it('lists every mandatory clause that is missing', () => {
    const r = agreementReadiness({ clauseTypes: ['parties', 'liability'], partners, chapters: {} });
    expect(r.missingClauses.map((c) => c.id)).toEqual(mandatory.filter((id) => id !== 'parties'));
    expect(r.ready).toBe(false);
  });

  it('lists partners without a signatory', () => {
    const r = agreementReadiness({
      clauseTypes: [],
      partners: [...partners, { id: 'b', name: 'Baltic', signatoryName: ' ' }],
      chapters: {},
    });
    expect(r.partnersWithoutSignatory).toEqual([{ id: 'b', name: 'Baltic' }]);
  });

  it('depends on the chapters of the clauses it holds, ready only when agreed with every partner’s current sign-off', () => {
    const input: ReadinessInput = {
      clauseTypes: ['admission', 'parties'],
      partners,
      chapters: {
        admission: {
          status: 'agreed',
          version: 'v2',
          signoffs: [
            { partnerId: 'nb', version: 'v2' },
            { partnerId: 'mar', version: 'v1' },
          ],
        },
        partnership: { status: 'in-review', version: 'p1', signoffs: signed('p1') },
      },
    };
    const r = agreementReadiness(input);
    // In chapter order: the partnership (5) before admission (13).
    expect(r.dependencies.map((d) => [d.chapter, d.ready, d.missingSignoffs.map((p) => p.id), d.clauses])).toEqual([
      ['partnership', false, [], ['Parties']],
      ['admission', false, ['mar'], ['Admission']],
    ]);
    expect(r.dependencies[0]!.statusLabel).toBe('In review');
  });

  it('names each chapter’s clauses by type id as well, so a reader’s page can title them in its language', () => {
    const r = agreementReadiness({ clauseTypes: ['purpose', 'examinations', 'parties'], partners, chapters: {} });
    const qualification = r.dependencies.find((d) => d.chapter === 'qualification')!;
    expect(qualification.clauseIds).toEqual(['purpose', 'examinations']);
    expect(qualification.clauses).toEqual(['Purpose and programme', 'Examinations and awarding']);
    for (const d of r.dependencies) expect(d.clauseIds.length).toBe(d.clauses.length);
  });

  it('is ready when every mandatory clause is in, every chapter agreed and signed, and every partner has a signatory', () => {
    const chapters: ReadinessInput['chapters'] = {};
    for (const c of CLAUSE_LIBRARY)
      for (const key of c.dependsOn) chapters[key] = { status: 'approved', version: key, signoffs: signed(key) };
    const r = agreementReadiness({ clauseTypes: mandatory, partners, chapters });
    expect(r).toMatchObject({ ready: true, missingClauses: [], partnersWithoutSignatory: [] });
    expect(r.dependencies.every((d) => d.ready)).toBe(true);
  });
});
