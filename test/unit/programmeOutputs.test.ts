/** The readiness report, the programme page and the credential supplement, built from the demo programme. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { readinessReport } from '../../shared/export/readiness.ts';
import { fixHref } from '../../shared/export/readinessTypes.ts';
import { elmGapLabel } from '../../shared/i18n/content/elmGapTexts.ts';
import { renderReadinessHtml } from '../../shared/export/readinessHtml.ts';
import { renderProgrammePage } from '../../shared/export/programmePage.ts';
import { elmInput } from '../../server/export/exportService.ts';
import { renderSupplementDocx } from '../../server/export/supplement/supplementDocx.ts';
import { renderSupplementPdf } from '../../server/export/supplement/supplementPdf.ts';
import { SUPPLEMENT_LABELS } from '../../server/export/supplement/labels.ts';
import { supplementContent } from '../../server/export/supplement/supplementContent.ts';
import type { ExportModel } from '../../shared/export/model.ts';
import { demoExportModel } from '../utils/demoExport.ts';
import { HOSTILE } from '../utils/exportFixture.ts';
import { tempDir } from '../utils/tempDir.ts';
// Exports are written on the server, which registers every language's content pack at start.
import '../../shared/i18n/content/packs/all.ts';

describe('Annex I readiness', () => {
  it('has 11 mandatory and 5 optional elements for the programme and each unit', async () => {
    const report = readinessReport(elmInput(await demoExportModel()));
    expect(report.programme.items.filter((i) => i.mandatory)).toHaveLength(11);
    expect(report.programme.items.filter((i) => !i.mandatory)).toHaveLength(5);
    expect(report.programme.items.every((i) => i.status === 'ready')).toBe(true);
    expect(report.mandatoryMissing).toBe(0);
    expect(report.units).toHaveLength(6);
    const unit = report.units[0]!;
    expect(unit.label).toBe('ADL-101 Data foundations for public services');
    expect(unit.items.find((i) => i.key === 'prerequisites')).toMatchObject({
      status: 'missing',
      mandatory: false,
      link: { page: 'dossier', block: 'unit-demo-101' },
    });
    expect(unit.items.find((i) => i.key === 'quality-assurance')).toMatchObject({ status: 'ready', fromProgramme: true });
    expect(report.elmGaps.map((g) => g.field)).toEqual(['nqf']);
  });

  it('a programme without its EQF level: the level is missing, with a link to the facts block', async () => {
    const input = elmInput(await demoExportModel());
    const report = readinessReport({ ...input, facts: { ...input.facts!, eqf: null } });
    const level = report.programme.items.find((i) => i.key === 'level')!;
    expect(level).toMatchObject({ status: 'missing', mandatory: true, link: { page: 'dossier', block: 'facts-demo' } });
    expect(fixHref('demo', level.link)).toBe('/c/demo/dossier#block-facts-demo');
    expect(report.mandatoryMissing).toBe(1);
    expect(report.elmGaps).toContainEqual(expect.objectContaining({ field: 'eqf', link: { page: 'dossier', block: 'facts-demo' } }));
  });

  it('a partner gap points to the Partners page; every light has a word beside it', async () => {
    const model = await demoExportModel();
    const input = elmInput(model);
    const partners = input.partners.map((p) => ({ ...p, legalName: '' }));
    const report = readinessReport({ ...input, partners });
    expect(report.elmGaps.find((g) => g.kind === 'partner')?.link).toEqual({ page: 'partners' });
    const html = renderReadinessHtml(report, model, 'https://jointly.example.eu/');
    const lights = html.match(/<span class="light [a-z]+" aria-hidden="true"><\/span>(Ready|Missing|Not given \(optional\))/g) ?? [];
    expect(lights).toHaveLength(16 * 7);
    // Absolute: the file is opened from a download folder or a mail, outside the app.
    expect(html).toContain('href="https://jointly.example.eu/c/demo/partners"');
    expect(html).not.toMatch(/href="\//);
    expect(html).not.toMatch(/<script/i);
  });

  it('dates the report as the other exports do: day, month, year', async () => {
    const model = await demoExportModel(new Date('2026-12-04T09:00:00Z'));
    expect(model.language).toBe('en');
    const html = renderReadinessHtml(readinessReport(elmInput(model)), model, 'https://jointly.example.eu');
    expect(html).toContain('Made on 4 December 2026.');
    expect(html).not.toContain('December 4');
  });

  it('speaks the consortium’s document language: headings, verdicts, fixes and the Europass gaps', async () => {
    const english = await demoExportModel();
    const model = { ...english, language: 'de' as const };
    const input = elmInput(model);
    const report = readinessReport({ ...input, partners: input.partners.map((p) => ({ ...p, legalName: '' })) });
    const html = renderReadinessHtml(report, model, 'https://jointly.example.eu');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Stand Anhang I</h1>');
    expect(html).toContain('Der offizielle rechtliche Name ist auf der Seite „Partner“ nicht angegeben.');
    expect(html).toMatch(/<span class="light green" aria-hidden="true"><\/span>Vollständig/);
    expect(html).toContain('>Beheben</a>');
    for (const english of ['Ready', 'Missing', 'Where to fix it', 'The programme', 'is not given', 'Fix it<'])
      expect(html).not.toContain(english);
  });

  it('names a programme without a title "The programme" in the reader’s language; the report keeps the English for scripts', async () => {
    const english = await demoExportModel();
    const model = { ...english, language: 'nl' as const };
    const input = elmInput(model);
    const report = readinessReport({ ...input, facts: { ...input.facts!, title: '' } });
    expect(report.programme).toMatchObject({ label: 'The programme', untitled: true });
    const gap = report.elmGaps.find((g) => g.field === 'title')!;
    expect(gap).toMatchObject({ kind: 'programme', label: 'The programme', untitled: true });
    expect(elmGapLabel(gap, 'Das Programm')).toBe('Das Programm');
    const html = renderReadinessHtml(report, model, 'https://jointly.example.eu');
    expect(html).toContain('<strong>Het programma</strong>: Het programma heeft geen titel.');
    expect(html).toContain('<title>Stand van bijlage I – Het programma</title>');
    expect(html).not.toContain('The programme');
    // A programme with a title is named by it, in every language.
    const titled = readinessReport(elmInput(english));
    expect(titled.programme.untitled).toBeUndefined();
    expect(elmGapLabel(titled.programme, 'Das Programm')).toBe(titled.programme.label);
  });
});

/** The demo model with hostile text in the title, a unit, a partner and the audience section. */
async function hostileModel(): Promise<ExportModel> {
  const model = await demoExportModel();
  const programme = model.programme;
  return {
    ...model,
    consortium: { ...model.consortium, partners: model.consortium.partners.map((p) => ({ ...p, name: HOSTILE, legalName: HOSTILE })) },
    programme: {
      ...programme,
      programme: { ...programme.programme!, title: HOSTILE, otherTitles: `nl: ${HOSTILE}`, furtherInfo: 'javascript:alert(1)' },
      units: programme.units.map((u) => ({ ...u, title: HOSTILE, code: '"><img src=x onerror=alert(1)>' })),
    },
  };
}

describe('programme page', () => {
  it('shows title, outcomes, units with ECTS and partners, admission, awarding bodies, language and mode', async () => {
    const html = renderProgrammePage(await demoExportModel());
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).not.toMatch(/<script|<link|src=/i);
    for (const piece of [
      '<h1>Applied Data Literacy for Public-Sector Professionals</h1>',
      '<span lang="nl">Toegepaste datageletterdheid</span>',
      '<dd>20 ECTS</dd>',
      '<dd>EQF 6</dd>',
      '<dd>English</dd>',
      '<dd>Online</dd>',
      '<li>Present findings to non-specialists through clear visualisations</li>',
      '<th scope="row">Data protection and ethics</th><td class="num">4</td><td>Compulsory</td><td>University of Northbridge, Universitat del Mar</td>',
      '<h2 id="admission">Admission</h2><p>Bachelor degree',
      '<li>Stichting Universiteit van Northbridge, Netherlands</li>',
      '<a href="https://example.org/applied-data-literacy">',
    ])
      expect(html).toContain(piece);
    // The demo's business chapter states no fee: no Fees section.
    expect(html).not.toContain('id="fees"');
  });

  it('shows the fees and the audience when the chapters state them', async () => {
    const model = await demoExportModel();
    const withText = (key: string, heading: string, text: string) => {
      const chapter = model.chapters.find((c) => c.key === key)!;
      const at = chapter.blocks.findIndex((b) => b.type === 'heading' && b.content?.[0]?.text === heading);
      chapter.blocks.splice(at + 1, 1, { type: 'paragraph', content: [{ type: 'text', text }] });
    };
    withText('business', 'Fees and scholarships', 'EUR 1,200 for individuals; EUR 1,000 per learner for employers.');
    withText('concept', 'Target audience', 'Civil servants who work with data.');
    const html = renderProgrammePage(model);
    expect(html).toContain('<h2 id="fees">Fees</h2><p>EUR 1,200 for individuals; EUR 1,000 per learner for employers.</p>');
    expect(html).toContain('<h2 id="audience">Who it is for</h2><p>Civil servants who work with data.</p>');
  });

  it('escapes hostile names everywhere and drops links that are not web addresses', async () => {
    const html = renderProgrammePage(await hostileModel());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('id="more"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('credential supplement', () => {
  it('Word: the programme and every unit, with level, workload, outcomes, assessment, QA, awarding bodies, stackability', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderSupplementDocx(await demoExportModel())) });
    for (const piece of [
      SUPPLEMENT_LABELS.documentTitle,
      'The programme',
      'EQF 6',
      '20 ECTS (of which electives at least 4 ECTS)',
      'Analyse data with sound statistical methods',
      'Programme-level QA by the University of Northbridge',
      'Baltijos technikos universitetas, Lithuania, PIC (EU participant identification code): 999000123',
      'Stackable towards Elective space',
      'Unit: ADL-202 Machine learning basics for policy',
      '4 ECTS (110 hours)',
      'Part of Applied Data Literacy for Public-Sector Professionals',
    ])
      expect(text).toContain(piece);
    expect(text.match(/^Unit: /gm)).toHaveLength(6);
  });

  it('PDF: the same content, as a reader sees it', async () => {
    const dir = tempDir('supplement');
    const file = join(dir.path, 'supplement.pdf');
    writeFileSync(file, await renderSupplementPdf(await demoExportModel()));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    dir.remove();
    for (const piece of [
      'Credential supplement',
      'EQF 6',
      'Quality assurance',
      'Awarding bodies',
      'Unit: ADL-101 Data foundations for public services',
      'Supervised (online or on site) with identity check',
    ])
      expect(text).toContain(piece);
  });

  it('PDF: every unit repeats the programme’s awarding bodies', async () => {
    const model = await demoExportModel();
    const { sections } = supplementContent(model);
    const bodies = sections[0]!.rows.find((r) => r.label === SUPPLEMENT_LABELS.awardingBodies)!.value;
    // Several units and several bodies: a list shared between units was drawn once, then empty.
    expect(sections.length).toBeGreaterThan(2);
    expect(Array.isArray(bodies) && bodies.length).toBeGreaterThan(1);
    const dir = tempDir('supplement');
    const file = join(dir.path, 'supplement.pdf');
    writeFileSync(file, await renderSupplementPdf(model));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    dir.remove();
    let from = 0;
    for (const [i, section] of sections.entries()) {
      const start = text.indexOf(section.heading, from);
      expect(start, section.heading).toBeGreaterThanOrEqual(from);
      const end = i + 1 < sections.length ? text.indexOf(sections[i + 1]!.heading, start) : text.length;
      const row = text.slice(text.indexOf(SUPPLEMENT_LABELS.awardingBodies, start), end);
      for (const body of bodies) expect(row, section.heading).toContain(body);
      from = end;
    }
  });

  it('keeps hostile names as text', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderSupplementDocx(await hostileModel())) });
    expect(text).toContain(HOSTILE);
  });
});
