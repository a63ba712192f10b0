import { describe, expect, it } from 'vitest';
import { buildElm, isoHours, otherTitles, type ElmInput } from '../../shared/export/elm/elmDocument.ts';
import { countryConcept, eqfConcept, iscedConcepts, languageOf, nqfConcepts, splitList } from '../../shared/export/elm/vocabularies.ts';
import { elmInput } from '../../server/export/exportService.ts';
import { demoExportModel } from '../utils/demoExport.ts';

type Node = Record<string, any>;

const demoInput = async (): Promise<ElmInput> => elmInput(await demoExportModel());

describe('ELM vocabularies', () => {
  it('writes EQF levels 1–8 as the EU concept, and nothing for anything else', () => {
    expect(eqfConcept(6)).toMatchObject({
      id: 'http://data.europa.eu/snb/eqf/6',
      inScheme: { id: 'http://data.europa.eu/snb/eqf/25831c2' },
    });
    expect([eqfConcept(0), eqfConcept(9), eqfConcept(6.5), eqfConcept(null)]).toEqual([null, null, null, null]);
  });

  it('reads ISCED-F codes out of the field text, with the text as the label', () => {
    expect(iscedConcepts('0688 Inter-disciplinary programmes involving ICT')).toEqual([
      expect.objectContaining({
        id: 'http://data.europa.eu/snb/isced-f/0688',
        prefLabel: { en: 'Inter-disciplinary programmes involving ICT' },
      }),
    ]);
    expect(iscedConcepts('041 Business; 0613 Software').map((c) => c.id)).toEqual([
      'http://data.europa.eu/snb/isced-f/041',
      'http://data.europa.eu/snb/isced-f/0613',
    ]);
    expect(iscedConcepts('Data science')).toEqual([]);
  });

  it('maps language names and codes to the EU language authority and an ISO 639-1 tag', () => {
    expect(languageOf('English')).toMatchObject({
      tag: 'en',
      concept: { id: 'http://publications.europa.eu/resource/authority/language/ENG' },
    });
    expect(languageOf('german')?.concept.id).toBe('http://publications.europa.eu/resource/authority/language/DEU');
    expect(languageOf('Nederlands')?.concept.id).toBe('http://publications.europa.eu/resource/authority/language/NLD');
    expect(languageOf('lt')?.concept.id).toBe('http://publications.europa.eu/resource/authority/language/LIT');
    expect(languageOf('Elvish')).toBeNull();
    expect(splitList('English, Dutch; Spanish and Lithuanian')).toEqual(['English', 'Dutch', 'Spanish', 'Lithuanian']);
  });

  it('maps two-letter countries to the EU country authority (alpha-3)', () => {
    expect(countryConcept('nl')).toMatchObject({
      id: 'http://publications.europa.eu/resource/authority/country/NLD',
      prefLabel: { en: 'Netherlands' },
    });
    expect(countryConcept('')).toBeNull();
    expect(countryConcept('XX')).toBeNull();
  });

  it('takes national levels only as register addresses, never from text like "NL 6"', () => {
    expect(nqfConcepts('NL 6; ES MECES 2')).toEqual([]);
    expect(nqfConcepts('NL: https://data.europa.eu/snb/qdr/c_c392e7a2').map((c) => c.id)).toEqual([
      'http://data.europa.eu/snb/qdr/c_c392e7a2',
    ]);
  });

  it('writes hours as ISO 8601 durations and reads titles in other languages', () => {
    expect([isoHours(100), isoHours(12.5), isoHours(0.25)]).toEqual(['PT100H', 'PT12H30M', 'PT0H15M']);
    expect(otherTitles('nl: Toegepaste datageletterdheid; Spanish title')).toEqual({
      titles: { nl: 'Toegepaste datageletterdheid' },
      unreadable: ['Spanish title'],
    });
  });
});

describe('ELM document of the demo programme', () => {
  it('describes the programme as a learning achievement specification with every field from the blocks', async () => {
    const { document: d, gaps } = buildElm(await demoInput());
    const doc = d as Node;
    expect(doc['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap']);
    expect(doc.type).toBe('LearningAchievementSpecification');
    expect(doc.title).toEqual({
      en: 'Applied Data Literacy for Public-Sector Professionals',
      nl: 'Toegepaste datageletterdheid',
      es: 'Alfabetización de datos aplicada',
      lt: 'Taikomasis duomenų raštingumas',
    });
    expect(doc.dcType[0].id).toBe('http://data.europa.eu/snb/learning-opportunity/74a4a268e8');
    expect(doc.educationLevel.map((c: Node) => c.id)).toEqual(['http://data.europa.eu/snb/eqf/6']);
    expect(doc.thematicArea.map((c: Node) => c.id)).toEqual(['http://data.europa.eu/snb/isced-f/0688']);
    expect(doc.language.map((c: Node) => c.id)).toEqual(['http://publications.europa.eu/resource/authority/language/ENG']);
    expect(doc.mode[0]).toMatchObject({ id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe', prefLabel: { en: 'Online' } });
    expect(doc.creditPoint).toEqual([
      expect.objectContaining({
        type: 'CreditPoint',
        point: '20',
        framework: expect.objectContaining({ id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' }),
      }),
    ]);
    expect(doc.learningOutcome).toHaveLength(4);
    expect(doc.learningOutcome[0]).toMatchObject({
      type: 'LearningOutcome',
      title: { en: 'Locate, assess and prepare public-sector data sets for analysis' },
    });
    expect(doc.entryRequirement.noteLiteral.en).toMatch(/^Bachelor degree/);
    expect(doc.additionalNote.map((n: Node) => n.noteLiteral.en)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Quality assurance: Programme-level QA/),
        'Stackable into: Elective space in the partners’ master programmes in public administration and data science',
      ]),
    );
    expect(doc.homepage[0].contentURL).toBe('https://example.org/applied-data-literacy');
    // The only thing the demo cannot give Europass: national levels as register addresses.
    expect(gaps.map((g) => `${g.block}:${g.field}`)).toEqual(['programme:nqf']);
  });

  it('names the awarding bodies with legal name, identifier, address and country', async () => {
    const doc = buildElm(await demoInput()).document as Node;
    const [awarding] = doc.awardingOpportunity;
    expect(awarding.learningAchievementSpecification).toEqual({ id: doc.id });
    const bodies = awarding.awardingBody as Node[];
    expect(bodies.map((b) => Object.values(b.legalName)[0])).toEqual([
      'Stichting Universiteit van Northbridge',
      'Universitat del Mar',
      'Baltijos technikos universitetas',
    ]);
    expect(bodies[0]!.identifier[0]).toMatchObject({ type: 'Identifier', notation: 'NL NORTHBR01', schemeName: 'Erasmus code' });
    expect(bodies[2]!.identifier[0]).toMatchObject({ notation: '999000123', schemeName: 'PIC' });
    const address = bodies[0]!.location[0].address[0];
    expect(address.countryCode.id).toBe('http://publications.europa.eu/resource/authority/country/NLD');
    expect(Object.values(address.fullAddress.noteLiteral)).toEqual(['Havenplein 1, 9700 AB Northbridge']);
  });

  it('makes every unit a part with its own title, outcomes, ECTS, hours, level, language, mode and assessment', async () => {
    const doc = buildElm(await demoInput()).document as Node;
    expect(doc.hasPart).toHaveLength(6);
    const unit = doc.hasPart[0] as Node;
    expect(unit).toMatchObject({
      type: 'LearningAchievementSpecification',
      title: { en: 'Data foundations for public services' },
      volumeOfLearning: 'PT100H',
      isPartOf: [{ id: doc.id }],
      identifier: [expect.objectContaining({ notation: 'ADL-101' })],
    });
    expect(unit.creditPoint[0].point).toBe('4');
    expect(unit.educationLevel[0].id).toBe('http://data.europa.eu/snb/eqf/6');
    expect(unit.language[0].id).toBe('http://publications.europa.eu/resource/authority/language/ENG');
    expect(unit.learningOutcome[0].title.en).toBe('Find and judge the quality of open and internal data sources');
    expect(unit.provenBy[0]).toMatchObject({ type: 'LearningAssessmentSpecification', title: { en: 'Assignment' } });
    expect(unit.provenBy[0].additionalNote[0].noteLiteral.en).toMatch(/identity check/);
  });
});

describe('ELM: missing values are reported, never guessed', () => {
  it('a programme without its EQF level gets no level and a finding instead', async () => {
    const input = await demoInput();
    const { document: d, gaps } = buildElm({ ...input, facts: { ...input.facts!, eqf: null } });
    const doc = d as Node;
    expect(JSON.stringify(doc.educationLevel ?? [])).not.toContain('/snb/eqf/');
    expect(gaps).toContainEqual(expect.objectContaining({ block: 'programme', field: 'eqf', message: 'The EQF level is not given.' }));
  });

  it('a partner without legal details is written without them and listed', async () => {
    const input = await demoInput();
    const partners = input.partners.map((p) => (p.id === 'mar' ? { ...p, legalName: '', address: undefined, identifier: '' } : p));
    const { document: d, gaps } = buildElm({ ...input, partners });
    const mar = (d as Node).awardingOpportunity[0].awardingBody[1] as Node;
    expect(mar.legalName).toBeUndefined();
    expect(mar.identifier).toBeUndefined();
    expect(gaps.filter((g) => g.kind === 'partner').map((g) => `${g.block}:${g.field}`)).toEqual([
      'mar:legalName',
      'mar:address',
      'mar:identifier',
    ]);
  });

  it('an unknown language or an empty unit field is reported, not filled in', async () => {
    const input = await demoInput();
    const units = input.units.map((u, i) => (i === 0 ? { ...u, language: 'Elvish', hours: null, assessment: null } : u));
    const { document: d, gaps } = buildElm({ ...input, units });
    const unit = (d as Node).hasPart[0] as Node;
    expect(unit.language).toEqual([]);
    expect(unit.volumeOfLearning).toBeUndefined();
    expect(unit.provenBy).toBeUndefined();
    expect(unit.title).toEqual({ und: 'Data foundations for public services' });
    expect(gaps.filter((g) => g.kind === 'unit').map((g) => g.field)).toEqual(['language', 'hours', 'assessment']);
  });

  it('a programme that leads to a qualification is a Qualification with EQF and national levels', async () => {
    const input = await demoInput();
    const facts = { ...input.facts!, programmeType: 'Partial qualification', nqf: 'http://data.europa.eu/snb/qdr/c_c392e7a2' };
    const { document: d, gaps } = buildElm({ ...input, facts });
    const doc = d as Node;
    expect(doc.type).toBe('Qualification');
    expect(doc.eqfLevel.id).toBe('http://data.europa.eu/snb/eqf/6');
    expect(doc.nqfLevel[0].id).toBe('http://data.europa.eu/snb/qdr/c_c392e7a2');
    expect(doc.educationLevel).toBeUndefined();
    expect(doc.hasPart[0]).toMatchObject({ type: 'Qualification', isPartialQualification: true });
    expect(gaps.filter((g) => g.field === 'nqf')).toHaveLength(6);
  });

  it('a unit of a qualification carries its own national level; one without is reported', async () => {
    const input = await demoInput();
    const facts = { ...input.facts!, programmeType: 'Partial qualification', nqf: 'http://data.europa.eu/snb/qdr/c_c392e7a2' };
    const units = input.units.map((u, i) =>
      i === 0 ? { ...u, nqf: 'http://data.europa.eu/snb/qdr/c_c392e7a2' } : i === 1 ? { ...u, nqf: 'NL 6' } : u,
    );
    const { document: d, gaps } = buildElm({ ...input, facts, units });
    const parts = (d as Node).hasPart as Node[];
    expect(parts[0]!.nqfLevel.map((c: Node) => c.id)).toEqual(['http://data.europa.eu/snb/qdr/c_c392e7a2']);
    expect(parts[1]!.nqfLevel).toBeUndefined();
    const unitGaps = gaps.filter((g) => g.field === 'nqf' && g.kind === 'unit');
    expect(unitGaps.map((g) => g.block)).toEqual(units.slice(1).map((u) => u.id));
    expect(unitGaps[0]!.text).toEqual({ key: 'nqf.text', value: 'NL 6' });
  });
});

describe('ELM: what a unit records of its own', () => {
  it("a unit's own ISCED-F field replaces the programme's; an unreadable one is reported and not replaced by a guess", async () => {
    const input = await demoInput();
    const units = input.units.map((u, i) =>
      i === 0 ? { ...u, iscedField: '0611 Computer use' } : i === 1 ? { ...u, iscedField: 'Data stuff' } : u,
    );
    const { document: d, gaps } = buildElm({ ...input, units });
    const parts = (d as Node).hasPart as Node[];
    expect(parts[0]!.thematicArea.map((c: Node) => c.id)).toEqual(['http://data.europa.eu/snb/isced-f/0611']);
    expect(parts[1]!.thematicArea).toBeUndefined();
    expect(parts[2]!.thematicArea).toEqual((d as Node).thematicArea);
    expect(gaps.filter((g) => g.field === 'iscedField').map((g) => [g.block, g.text])).toEqual([
      [units[1]!.id, { key: 'isced.unknown', value: 'Data stuff' }],
    ]);
  });

  it("a unit's titles in other languages join its title; a part without its language is reported", async () => {
    const input = await demoInput();
    const units = input.units.map((u, i) => (i === 0 ? { ...u, otherTitles: 'nl: Datafundamenten; Fundamentos de datos' } : u));
    const { document: d, gaps } = buildElm({ ...input, units });
    const title = ((d as Node).hasPart as Node[])[0]!.title as Record<string, string>;
    expect(title.nl).toBe('Datafundamenten');
    expect(Object.values(title)).toContain(units[0]!.title);
    expect(gaps.filter((g) => g.field === 'otherTitles' && g.kind === 'unit').map((g) => g.text)).toEqual([
      { key: 'otherTitles.unreadable', value: 'Fundamentos de datos' },
    ]);
  });
});
