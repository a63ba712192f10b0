/**
 * The programme in the consortium's document language: the curriculum and facts tables of the dossier
 * (Markdown, HTML, DOCX, PDF), the credential supplement and the programme page carry their headers,
 * row labels and the values chosen from a list (unit type, assessment, supervision, identifier type,
 * country) in that language, and dates in words. What people typed stays as written, and English is
 * as it always was.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { renderHtml } from '../../shared/export/html.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderProgrammePage } from '../../shared/export/programmePage.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import { renderSupplementDocx } from '../../server/export/supplement/supplementDocx.ts';
import { renderSupplementPdf } from '../../server/export/supplement/supplementPdf.ts';
import { supplementContent } from '../../server/export/supplement/supplementContent.ts';
import { PROGRAMME_EXPORT_LABELS, regionName, unitTotal } from '../../shared/i18n/content/programmeExportLabels.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { demoExportModel } from '../utils/demoExport.ts';
import { tempDir } from '../utils/tempDir.ts';
// Exports are written on the server, which registers every language's content pack at start.
import '../../shared/i18n/content/packs/all.ts';

const NOW = new Date('2026-12-04T09:00:00Z');
const demo = (language: Locale) => demoExportModel(NOW, language);

/** A PDF's text as pdftotext reads it, on one line (table cells wrap). */
function pdfText(bytes: Uint8Array): string {
  const dir = tempDir('programme-languages');
  const file = join(dir.path, 'export.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  dir.remove();
  return text.replace(/\s+/g, ' ');
}

/** Word text with its cells' line ends and no-break spaces read as plain spaces. */
async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, ' ');
}

/** English words of the tables that must not be left in a German export (the demo's own headings are English, as typed). */
const ENGLISH_TABLE_WORDS = ['Delivered by', 'Total ECTS', 'Awarding bodies', 'Programme facts', 'Written exam', 'Supervised (online'];

describe('the curriculum and facts tables in German', () => {
  it('Markdown: German headers, row labels, unit types and assessment; the typed text as written', async () => {
    const md = renderMarkdown(await demo('de'));
    expect(md).toContain('#### Einheiten des Curriculums');
    expect(md).toContain('| Kürzel | Titel | Angeboten von | ECTS | Stunden | EQR | Art | Prüfung | Lernergebnisse |');
    expect(md).toMatch(
      /\| ADL-102 \| Statistics for policy analysis \| Universitat del Mar \| 4 \| 90 \| 6 \| Pflicht \| Schriftliche Prüfung; Mit Aufsicht \(online oder vor Ort\) und Identitätsprüfung \|/,
    );
    expect(md).toContain('| Wahl |');
    expect(md).toContain('Summe (6 Einheiten)');
    expect(md).toContain('### Programmdaten');
    expect(md).toContain('| Element | Angabe |');
    for (const row of [
      '| ECTS insgesamt | 20 |',
      '| EQR-Niveau | 6 |',
      '| Form der Teilnahme | Online |',
      '| Verleihende Stellen | University',
    ])
      expect(md).toContain(row);
    expect(md).toContain('| Kombinierbarkeit | kombinierbar: ');
    expect(md).toContain('#### Lernergebnisse des Programms');
    for (const english of [...ENGLISH_TABLE_WORDS, 'compulsory', 'Total (']) expect(md).not.toContain(english);
  });

  it('HTML: the same table cells', async () => {
    const html = renderHtml(await demo('de'));
    expect(html).toMatch(/<th[^>]*><p>Angeboten von<\/p><\/th>/);
    expect(html).toContain('<td><p>Hausarbeit; Mit Aufsicht (online oder vor Ort) und Identitätsprüfung</p></td>');
    expect(html).toContain('<td><p>Land oder Länder der verleihenden Stellen</p></td>');
    for (const english of ENGLISH_TABLE_WORDS) expect(html).not.toContain(english);
  });

  it('DOCX and PDF: the same words, as a reader sees them', { timeout: 60_000 }, async () => {
    const model = await demo('de');
    const docx = await docxText(await renderDocx(model));
    for (const piece of [
      'Programmdaten',
      'EQR-Niveau',
      'Verleihende Stellen',
      'Angeboten von',
      'Schriftliche Prüfung',
      'Summe (6 Einheiten)',
    ])
      expect(docx).toContain(piece);
    for (const english of ENGLISH_TABLE_WORDS) expect(docx).not.toContain(english);
    // The PDF's narrow columns wrap cells across pdftotext's lines: single words, then.
    const pdf = pdfText(await renderPdf(model));
    for (const word of ['Programmdaten', 'EQR-Niveau', 'Kürzel', 'Angeboten', 'Schriftliche', 'Hausarbeit;', 'Pflicht', 'Wahl', 'Summe'])
      expect(pdf).toContain(word);
    for (const english of ['Delivered', 'Written', 'Supervised', 'compulsory', 'Total ECTS', 'Programme facts'])
      expect(pdf).not.toContain(english);
  });
});

describe('the curriculum table in French', () => {
  it('has French headers, values and total', async () => {
    const md = renderMarkdown(await demo('fr'));
    expect(md).toContain('| Code | Intitulé | Dispensée par | ECTS | Heures | CEC | Nature | Évaluation | Acquis d’apprentissage |');
    expect(md).toContain('| obligatoire | Devoir; Surveillée (en ligne ou sur place) avec vérification d’identité |');
    expect(md).toContain('Total (6 unités)');
    expect(md).toContain('| Niveau CEC | 6 |');
  });
});

describe('English stays as it was', () => {
  it('has the same headers, labels and values', async () => {
    const md = renderMarkdown(await demo('en'));
    expect(md).toContain('| Code | Title | Delivered by | ECTS | Hours | EQF | Type | Assessment | Learning outcomes |');
    expect(md).toContain('| compulsory | Assignment; Supervised (online or on site) with identity check |');
    expect(md).toContain('Total (6 units)');
    expect(md).toContain('| Element | Value |');
    expect(md).toContain('| Country or countries of the awarding bodies | NL, ES, LT |');
    expect(md).toContain('| Stackability | stackable: ');
  });

  it('says "1 unit" for one, in each language', () => {
    expect([unitTotal(1, 'en'), unitTotal(1, 'de'), unitTotal(1, 'nl')]).toEqual([
      'Total (1 unit)',
      'Summe (1 Einheit)',
      'Totaal (1 eenheid)',
    ]);
    expect(unitTotal(7, 'es')).toBe('Total (7 unidades)');
  });
});

describe('the credential supplement in German', () => {
  it('names assessment, supervision, countries and identifier types in German and dates itself in words', async () => {
    const content = supplementContent(await demo('de'));
    expect(content.generated).toBe('Erstellt am 4. Dezember 2026 · Digital Skills Alliance (demo)');
    const rows = new Map(content.sections[0]!.rows.map((r) => [r.label, r.value]));
    expect(rows.get('Niveau')).toBe('EQR 6');
    expect(rows.get('Prüfungsart')).toEqual(['Hausarbeit', 'Schriftliche Prüfung', 'Portfolio', 'Projekt']);
    expect(rows.get('Aufsicht und Identitätsprüfung')).toEqual(['Mit Aufsicht (online oder vor Ort) und Identitätsprüfung']);
    const bodies = rows.get('Verleihende Stellen') as string[];
    expect(bodies[0]).toBe(
      'Stichting Universiteit van Northbridge, Niederlande, Erasmus-Code: NL NORTHBR01, Havenplein 1, 9700 AB Northbridge',
    );
    expect(bodies[2]).toContain('Litauen, PIC (EU-Teilnehmer-Identifikationscode): 999000123');
  });

  it('Word and PDF carry those values, and no English ones', { timeout: 60_000 }, async () => {
    const model = await demo('de');
    for (const text of [await docxText(await renderSupplementDocx(model)), pdfText(await renderSupplementPdf(model))]) {
      for (const piece of [
        'Zusatz zum Microcredential',
        'Erstellt am 4. Dezember 2026',
        'EQR 6',
        'Hausarbeit',
        'Niederlande',
        'Erasmus-Code',
      ])
        expect(text).toContain(piece);
      expect(text).toContain('Mit Aufsicht (online oder vor Ort) und Identitätsprüfung');
      for (const english of ['Assignment', 'Written exam', 'Supervised', 'Netherlands', 'Erasmus code', '2026-12-04'])
        expect(text).not.toContain(english);
    }
  });

  it('in Spanish too', async () => {
    const content = supplementContent(await demo('es'));
    expect(content.generated).toContain('Generado el 4 de diciembre de 2026');
    const rows = new Map(content.sections[0]!.rows.map((r) => [r.label, r.value]));
    expect(rows.get('Nivel')).toBe('MEC 6');
    expect(rows.get('Tipo de evaluación')).toContain('Examen escrito');
    expect((rows.get('Organismos que la otorgan') as string[])[1]).toContain('España, Código Erasmus: E MAR01');
  });

  it('in English dates itself in words as well, and keeps its English values', async () => {
    const content = supplementContent(await demo('en'));
    expect(content.generated).toBe('Generated 4 December 2026 · Digital Skills Alliance (demo)');
    const bodies = content.sections[0]!.rows.find((r) => r.label === 'Awarding bodies')!.value as string[];
    expect(bodies[0]).toContain('Netherlands, Erasmus code: NL NORTHBR01');
  });
});

describe('the programme page', () => {
  it('is marked German and has German headings, facts, units and countries', async () => {
    const html = renderProgrammePage(await demo('de'));
    expect(html).toMatch(/^<!doctype html><html lang="de">/);
    for (const piece of [
      '<dt>Leistungspunkte</dt><dd>20 ECTS</dd>',
      '<dt>Niveau</dt><dd>EQR 6</dd>',
      '<dt>Studienform</dt><dd>Online</dd>',
      '<h2 id="outcomes">Was Sie lernen werden</h2>',
      '<h2 id="units">Einheiten</h2>',
      '<th scope="col">Unterrichtet von</th>',
      '<td class="num">4</td><td>Wahl</td>',
      '<h2 id="admission">Zulassung</h2>',
      '<h2 id="awarded-by">Verliehen von</h2>',
      '<li>Stichting Universiteit van Northbridge, Niederlande</li>',
      '<h2 id="more">Weitere Informationen</h2>',
    ])
      expect(html).toContain(piece);
    for (const english of ['What you will learn', 'Taught by', '>Units<', 'Compulsory', 'Netherlands', 'EQF 6'])
      expect(html).not.toContain(english);
  });

  it('is marked Dutch and speaks to the reader as "je"', async () => {
    const html = renderProgrammePage(await demo('nl'));
    expect(html).toMatch(/^<!doctype html><html lang="nl">/);
    expect(html).toContain('<h2 id="outcomes">Wat je leert</h2>');
    expect(html).toContain('<li>Stichting Universiteit van Northbridge, Nederland</li>');
  });
});

describe('the labels', () => {
  const shape = (value: unknown): unknown =>
    typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];

  it.each(['de', 'es', 'fr', 'nl'] as const)('%s has every label English has, none empty, the same placeholders', (locale) => {
    expect(shape(PROGRAMME_EXPORT_LABELS[locale])).toEqual(shape(PROGRAMME_EXPORT_LABELS.en));
    expect(strings(PROGRAMME_EXPORT_LABELS[locale]).filter((s) => !s.trim())).toEqual([]);
    expect(PROGRAMME_EXPORT_LABELS[locale].total.other).toContain('{count}');
  });

  it('Dutch never says the formal "u"', () => {
    expect(strings(PROGRAMME_EXPORT_LABELS.nl).filter((s) => /(?<![\p{L}'’-])(u|uw|uzelf)(?![\p{L}'’-])/iu.test(s))).toEqual([]);
  });

  it('names countries from the runtime’s own data, and keeps a code it does not know', () => {
    expect([regionName('NL', 'de'), regionName('es', 'fr'), regionName('LT', 'nl')]).toEqual(['Niederlande', 'Espagne', 'Litouwen']);
    expect(regionName('XX', 'de')).toBe('XX');
  });
});
