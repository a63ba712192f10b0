/**
 * Exports in the consortium's document language: the fixed words (contents, page numbers, sign-off
 * table, statuses, chapter titles, decision headings) follow it; the dossier's own text never changes.
 * A block marked as written in another language keeps its `lang` through Yjs and into HTML and DOCX.
 */
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { buildExportModel, dossierJson, type ExportModel } from '../../shared/export/model.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { pdfDefinition } from '../../server/export/pdfDefinition.ts';
import { supplementContent } from '../../server/export/supplement/supplementContent.ts';
import { loadChapterHelp } from '../../shared/i18n/chapterText.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { fixtureDocs, PARTNERS } from '../utils/exportFixture.ts';
// Exports are written on the server, which registers every language's content pack at start.
import '../../shared/i18n/content/packs/all.ts';

async function modelIn(language: Locale, chapter?: 'vision' | 'agreement'): Promise<ExportModel> {
  const { dossier, discussion } = fixtureDocs();
  return buildExportModel({
    dossier,
    discussion,
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    chapter,
    includeComments: true,
    now: new Date('2026-11-28T12:00:00Z'),
    language,
    help: await loadChapterHelp(language),
  });
}

/** The named part of a DOCX package (a ZIP), read from its central directory. */
function docxPart(bytes: Uint8Array, wanted: RegExp): string[] {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(end + 16);
  const out: string[] = [];
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (wanted.test(name)) out.push((buf.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

describe('exports in French', () => {
  it('Markdown has French fixed labels and the partners’ own text unchanged', async () => {
    const md = renderMarkdown(await modelIn('fr'));
    expect(md).toContain('# Dossier du programme');
    expect(md).toContain('## Table des matières');
    expect(md).toContain('## 8. Vision commune');
    expect(md).toContain('Statut: En relecture');
    expect(md).toContain('### Validation');
    expect(md).toContain('| Partenaire | Validé par | Date | Statut |');
    expect(md).toContain('texte modifié depuis');
    expect(md).toContain('## Annexe : commentaires ouverts');
    expect(md).toContain('28 novembre 2026');
    expect(md).not.toContain('## Contents');
    // The dossier's own text and comments stay as written.
    expect(md).toContain('Which skills exactly?');
  });

  it('HTML is marked French and has French headings, statuses and sign-off table', async () => {
    const html = renderHtml(await modelIn('fr'));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h2>Table des matières</h2>');
    expect(html).toContain('<th>Partenaire</th><th>Validé par</th><th>Date</th><th>Statut</th>');
    expect(html).toContain('<h2>12. Politique linguistique</h2>');
    expect(html).toContain('Signatures');
    expect(html).not.toContain('<h2>Contents</h2>');
  });

  // Rendering the whole dossier as Word takes seconds on a busy machine: a generous limit, not a speed target.
  it('DOCX has a French contents title, "Page X sur Y" footer and French as its language', { timeout: 30_000 }, async () => {
    const bytes = await renderDocx(await modelIn('fr'));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('Table des matières');
    expect(text).toContain('Établissements partenaires');
    expect(text).toContain('8. Vision commune');
    const footer = docxPart(bytes, /^word\/footer\d+\.xml$/).join('');
    expect(footer).toContain('>Page </w:t>');
    expect(footer).toContain('> sur </w:t>');
    expect(footer).toContain('SECTIONPAGES');
    expect(docxPart(bytes, /^word\/styles\.xml$/)[0]).toContain('<w:lang w:val="fr"/>');
  });

  it('PDF numbers pages "Page 1 sur 3" and names the chapter in French', async () => {
    const definition = pdfDefinition(await modelIn('fr', 'vision'));
    const footer = (definition.footer as (page: number, pages: number) => { text: string } | null)(2, 3);
    expect(footer?.text).toBe('Page 2 sur 3');
    expect(JSON.stringify(definition.content)).toContain('Chapitre 8 du dossier du programme');
  });

  it('the credential supplement is written in the document language, its values as given', async () => {
    const english = supplementContent(await modelIn('en'));
    const content = supplementContent(await modelIn('fr'));
    expect(content.title).toBe('Supplément à la certification');
    expect(content.sections[0]!.heading).toBe('Le programme');
    expect(content.sections[0]!.rows.map((r) => r.label)).toContain('Acquis d’apprentissage');
    expect(content.subtitle).toBe(english.subtitle);
  });

  it('decision tables use the document language, checklist titles by index', async () => {
    const model = await modelIn('de', 'vision');
    expect(model.title).toBe('Gemeinsame Vision');
    expect(model.chapters[0]!.decisions[0]!.title).toBe('Die Belege für die Nachfrage von Arbeitsmarkt und Lernenden zusammenfassen');
    expect(model.chapters[0]!.statusLabel).toBe('In Prüfung');
  });
});

describe('a block marked as written in another language', () => {
  const marked = {
    type: 'doc',
    content: [
      {
        type: 'chapter',
        attrs: { key: 'vision' },
        content: [
          { type: 'heading', attrs: { level: 3, lang: 'fr' }, content: [{ type: 'text', text: 'Notre vision' }] },
          { type: 'paragraph', attrs: { lang: 'de' }, content: [{ type: 'text', text: 'Wir lernen gemeinsam.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Plain English.' }] },
          { type: 'paragraph', attrs: { lang: '"><script>' }, content: [{ type: 'text', text: 'Hostile tag.' }] },
        ],
      },
    ],
  };

  it('keeps its lang through Yjs, and HTML and DOCX carry it', { timeout: 30_000 }, async () => {
    const dossier = new Y.Doc();
    prosemirrorJSONToYXmlFragment(dossierSchema(), marked, dossier.getXmlFragment(DOSSIER_FRAGMENT));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(dossier));
    const blocks = dossierJson(copy).content![0]!.content!;
    expect(blocks.map((b) => b.attrs?.lang ?? null)).toEqual(['fr', 'de', null, '"><script>']);

    const { discussion } = fixtureDocs();
    const model = buildExportModel({
      dossier: copy,
      discussion,
      consortium: { id: 'demo', name: 'Demo', programmeTitle: '', partners: PARTNERS },
      chapter: 'vision',
    });
    const html = renderHtml(model);
    expect(html).toContain('<h3 lang="fr">Notre vision</h3>');
    expect(html).toContain('<p lang="de">Wir lernen gemeinsam.</p>');
    expect(html).toContain('<p>Plain English.</p>');
    // A tag that is not a language tag never reaches the markup.
    expect(html).toContain('<p>Hostile tag.</p>');
    expect(html).not.toContain('<script>');

    const document = docxPart(await renderDocx(model), /^word\/document\.xml$/)[0]!;
    expect(document).toMatch(/<w:lang w:val="de"\/>(?:(?!<\/w:r>).)*Wir lernen gemeinsam\./s);
  });
});
