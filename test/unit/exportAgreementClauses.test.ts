import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { CHAPTERS } from '../../shared/chapters.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { clauseJson } from '../../shared/agreement/clauses.ts';
import { buildExportModel } from '../../shared/export/model.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { tempDir } from '../utils/tempDir.ts';
// Exports are written on the server, which registers every language's words at start.
import '../../shared/i18n/content/packs/all.ts';

const text = (t: string): JSONContent => ({ type: 'text', text: t });
const CONTENT: Partial<Record<string, JSONContent[]>> = {
  qualification: [{ type: 'programmeFacts', attrs: { id: 'f1', title: 'Applied Data Literacy', eqf: '6', totalEcts: '20' } }],
  curriculum: [
    { type: 'paragraph', content: [text('Units:')] },
    { type: 'curriculumUnit', attrs: { id: 'u1', title: 'Data', ects: '5', partners: '["northbridge"]' } },
    { type: 'curriculumUnit', attrs: { id: 'u2', title: 'Stats', ects: '6', partners: '["mar"]' } },
  ],
  agreement: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Preamble')] },
    { type: 'paragraph', content: [text('The Parties wish to cooperate.')] },
    clauseJson('parties'),
    clauseJson('purpose'),
    clauseJson('finances', 'standard'),
  ],
};

function model(language?: Locale) {
  const dossier = new Y.Doc();
  const json: JSONContent = {
    type: 'doc',
    content: CHAPTERS.map((c) => ({ type: 'chapter', attrs: { key: c.key }, content: CONTENT[c.key] ?? [{ type: 'paragraph' }] })),
  };
  prosemirrorJSONToYXmlFragment(dossierSchema(), json, dossier.getXmlFragment(DOSSIER_FRAGMENT));
  return buildExportModel({
    dossier,
    discussion: new Y.Doc(),
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    chapter: 'agreement',
    now: new Date('2026-11-28T12:00:00Z'),
    language,
  });
}

const PARTIES = 'University of Northbridge, NL, represented by Prof. Pieter Jansen, Rector';

describe('the agreement’s clauses in the exports', () => {
  it('become numbered headings with their references resolved (Markdown, HTML)', () => {
    const m = model();
    const md = renderMarkdown(m);
    expect(md).toContain('### 1. Preamble');
    expect(md).toContain('### 2. Parties');
    expect(md).toContain('### 3. Purpose and programme');
    expect(md).toContain(PARTIES);
    expect(md).toContain('carries a total workload of 11 ECTS and is placed at EQF level 6');
    expect(md).not.toMatch(/\{ects\}|\[Total ECTS\]/);
    const html = renderHtml(m);
    expect(html).toMatch(/<h3[^>]*>(<[^>]+>)*3\.\s*(<[^>]+>)*\s*Purpose and programme/);
    expect(html).toContain('a total workload of 11 ECTS');
  });

  it('read the same in Word and PDF', { timeout: 60_000 }, async () => {
    const m = model();
    const { value: docx } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(m)) });
    expect(docx).toMatch(/2\.\s+Parties/);
    expect(docx).toMatch(/3\.\s+Purpose and programme/);
    expect(docx).toContain('a total workload of 11 ECTS');
    const dir = tempDir('agreement-pdf');
    try {
      const file = join(dir.path, 'a.pdf');
      writeFileSync(file, await renderPdf(m));
      const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdf).toMatch(/3\. Purpose and programme/);
      expect(pdf).toContain('a total workload of 11 ECTS');
    } finally {
      dir.remove();
    }
  });
});

describe('the agreement’s clauses in an export in another language', () => {
  it('Markdown and HTML: clause headings and "not yet set" in German, the clauses’ wording as written', () => {
    const m = model('de');
    const md = renderMarkdown(m);
    expect(md).toContain('### 1. Preamble');
    expect(md).toContain('### 2. Vertragsparteien');
    expect(md).toContain('### 3. Zweck und Programm');
    expect(md).toContain('### 4. Finanzen und Gebührenaufteilung');
    for (const english of ['### 2. Parties', 'Purpose and programme', 'Finances and fee split', 'not yet set'])
      expect(md).not.toContain(english);
    // The model wording is the partners' legal text: never translated, its references resolved.
    expect(md).toContain('This agreement is made between the following institutions');
    expect(md).toContain(PARTIES);
    expect(md).toContain('carries a total workload of 11 ECTS and is placed at EQF level 6');
    // Markdown escapes the brackets.
    expect(md).toContain('share the income and the joint costs as follows: \\[Gebührenaufteilung: noch nicht festgelegt\\].');
    const html = renderHtml(m);
    expect(html).toMatch(/<h3[^>]*>(<[^>]+>)*2\.\s*(<[^>]+>)*\s*Vertragsparteien/);
    expect(html).toContain('[Gebührenaufteilung: noch nicht festgelegt]');
  });

  it('English stays the default: an export with no language names the clauses in English', () => {
    const md = renderMarkdown(model());
    expect(md).toContain('### 4. Finances and fee split');
    expect(md).toContain('as follows: \\[fee split not yet set\\].');
  });

  it('Word and PDF in Spanish and Dutch carry the headings in their language', { timeout: 60_000 }, async () => {
    const { value: docx } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(model('es'))) });
    expect(docx).toMatch(/2\.\s+Partes/);
    expect(docx).toMatch(/3\.\s+Objeto y programa/);
    expect(docx).toContain('[Reparto de las tasas: por definir]');
    expect(docx).toContain('a total workload of 11 ECTS');
    const dir = tempDir('agreement-pdf-nl');
    try {
      const file = join(dir.path, 'a.pdf');
      writeFileSync(file, await renderPdf(model('nl')));
      const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdf).toMatch(/2\. Partijen/);
      expect(pdf).toMatch(/4\. Financiën en verdeling van het collegegeld/);
      expect(pdf).toContain('a total workload of 11 ECTS');
    } finally {
      dir.remove();
    }
  });
});
