import { describe, expect, it } from 'vitest';
import { Node as PMNode } from '@tiptap/pm/model';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import {
  CLAUSE_LIBRARY,
  REF_KEYS,
  clauseJson,
  clauseTitle,
  clauseVariant,
  refsIn,
  wordingParagraph,
} from '../../shared/agreement/clauses.ts';
import { clauseNumbering } from '../../shared/agreement/numbering.ts';

describe('the clause library', () => {
  it('has about twenty clause types with unique ids, each with at least one variant of real wording', () => {
    expect(CLAUSE_LIBRARY.length).toBe(20);
    expect(new Set(CLAUSE_LIBRARY.map((c) => c.id)).size).toBe(CLAUSE_LIBRARY.length);
    for (const type of CLAUSE_LIBRARY) {
      expect(type.variants.length, type.id).toBeGreaterThanOrEqual(1);
      expect(new Set(type.variants.map((v) => v.id)).size, type.id).toBe(type.variants.length);
      for (const v of type.variants) {
        expect(v.label && v.summary, `${type.id}/${v.id}`).toBeTruthy();
        expect(v.paragraphs.join(' ').length, `${type.id}/${v.id}`).toBeGreaterThan(120);
      }
      for (const chapter of type.dependsOn) expect(CHAPTER_KEYS).toContain(chapter);
    }
  });

  it('offers the three GDPR models and flags the clauses the guidelines require', () => {
    expect(clauseVariant('data-protection', 'x')?.id).toBe('joint-controllers');
    expect(CLAUSE_LIBRARY.find((c) => c.id === 'data-protection')!.variants.map((v) => v.id)).toEqual([
      'joint-controllers',
      'controller-processor',
      'independent-controllers',
    ]);
    expect(CLAUSE_LIBRARY.filter((c) => c.mandatory).map((c) => c.id)).toEqual([
      'parties',
      'purpose',
      'governance',
      'admission',
      'examinations',
      'language',
      'quality',
      'data-protection',
      'intellectual-property',
      'finances',
      'withdrawal',
      'disputes',
      'duration',
      'signatures',
    ]);
  });

  it('uses only references that exist, and turns them into reference nodes the schema accepts', () => {
    for (const type of CLAUSE_LIBRARY)
      for (const v of type.variants)
        for (const p of v.paragraphs) for (const m of p.matchAll(/\{(\w+)\}/g)) expect(REF_KEYS, `${type.id}/${v.id}`).toContain(m[1]);
    const schema = dossierSchema();
    for (const type of CLAUSE_LIBRARY) for (const v of type.variants) PMNode.fromJSON(schema, clauseJson(type.id, v.id)).check();
    expect(refsIn(clauseJson('purpose'))).toEqual(['programmeTitle', 'ects', 'eqf']);
    expect(wordingParagraph('A {ects} and {unknown} B').content).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'agreementRef', attrs: { ref: 'ects' } },
      { type: 'text', text: ' and {unknown} B' },
    ]);
    expect(clauseTitle('no-such-type')).toBe('Clause');
  });

  it('numbers clauses and section headings in order, sub-headings under them', () => {
    expect(
      clauseNumbering([
        { type: 'paragraph' },
        { type: 'clause' },
        { type: 'heading', level: 4 },
        { type: 'clause' },
        { type: 'heading', level: 3 },
        { type: 'heading', level: 4 },
        { type: 'heading', level: 4 },
        { type: 'clause' },
      ]),
    ).toEqual([null, '1.', '1.1', '2.', '3.', '3.1', '3.2', '4.']);
    expect(clauseNumbering([{ type: 'heading', level: 4 }])).toEqual(['1.1']);
  });
});
