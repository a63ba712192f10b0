import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/programme/csv.ts';
import { csvToUnits, unitsToCsv } from '../../shared/programme/unitsCsv.ts';
import { readUnit } from '../../shared/programme/fields.ts';
import { FIXTURE_PARTNERS, fixtureUnit } from '../utils/programmeFixture.ts';

const HEADER = 'code,title,partners,ects,hours,eqf,kind,assessment,outcomes';

describe('units CSV', () => {
  it('exports units so that they import unchanged, with formulas neutralised', () => {
    const raw = [
      fixtureUnit(1, {
        title: '=HYPERLINK("http://evil","x")',
        prerequisites: '+1 year, "quoted"',
        iscedField: '0611 Computer use',
        otherTitles: 'nl: Statistiek; es: Estadística',
        nqf: 'http://data.europa.eu/snb/qdr/c_c392e7a2',
      }),
      fixtureUnit(2),
    ];
    const csv = unitsToCsv(raw.map(readUnit), raw, FIXTURE_PARTNERS);
    expect(csv).toContain('University of the North');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(parseCsv(csv).every((r) => r.cells.every((c) => !/^[=+\-@]/.test(c)))).toBe(true);
    // Another consortium of the same institutions under other ids: partners are matched by name.
    const back = csvToUnits(
      csv,
      FIXTURE_PARTNERS.map((p) => ({ ...p, id: `x-${p.id}` })),
    );
    if (!('units' in back)) throw new Error(JSON.stringify(back.errors));
    expect(back.units).toEqual(
      raw.map(({ id: _id, ...rest }) => ({ ...rest, partners: JSON.stringify(JSON.parse(rest.partners).map((p: string) => `x-${p}`)) })),
    );
  });

  it('matches partners by id, else by name, and reads outcome links', () => {
    const res = csvToUnits(
      `${HEADER}\nA1,Stats,north; Universidad del Sur,5,130,6,,project,"[PO1 PO2] Analyse\nPresent"\n`,
      FIXTURE_PARTNERS,
    );
    if (!('units' in res)) throw new Error(JSON.stringify(res.errors));
    expect(JSON.parse(res.units[0]!.partners)).toEqual(['north', 'south']);
    expect(JSON.parse(res.units[0]!.outcomes)).toEqual([
      { text: 'Analyse', serves: ['PO1', 'PO2'] },
      { text: 'Present', serves: [] },
    ]);
    expect(res.units[0]!.kind).toBe('compulsory');
  });

  it('reports every bad row with its line and field, and returns no units', () => {
    const csv = [
      HEADER,
      'A,Good,north,5,130,6,,project,x',
      'B,Neg,north,-3,130,6,,project,x',
      'C,Word,north,five,130,9,,project,x',
      'D,Who,atlantis,5,130,6,,exam,x',
      ',,north,,,,,,',
    ].join('\n');
    const res = csvToUnits(csv, FIXTURE_PARTNERS);
    expect('errors' in res).toBe(true);
    if (!('errors' in res)) return;
    expect(res.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'ects'],
      [4, 'ects'],
      [4, 'eqf'],
      [5, 'partners'],
      [5, 'assessment'],
      [6, 'title'],
      [6, 'ects'],
    ]);
    expect(res.errors[0]!.message).toMatch(/ECTS must be/);
    expect(res.errors[3]!.message).toContain('"atlantis" is not a partner');
  });

  it('refuses unknown columns and a missing header', () => {
    expect(csvToUnits('title,ects,script\nA,5,x', FIXTURE_PARTNERS)).toEqual({
      errors: [expect.objectContaining({ line: 1, field: 'script' })],
    });
    expect(csvToUnits('', FIXTURE_PARTNERS)).toEqual({ errors: [expect.objectContaining({ line: 1 })] });
  });

  it('keeps HTML as plain text (it is rendered inert everywhere)', () => {
    const res = csvToUnits('title,ects\n<img src=x onerror=alert(1)>,5', FIXTURE_PARTNERS);
    expect('units' in res && res.units[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });
});
