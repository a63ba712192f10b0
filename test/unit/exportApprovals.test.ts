/**
 * Institutional approvals in the exports' sign-off table: a column beside the academic sign-offs,
 * in every format and in the consortium's document language, marked when the text changed since.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { CHAPTERS } from '../../shared/chapters.ts';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { roots, signoffKey } from '../../shared/discussion.ts';
import { approvalKey, executionRoots } from '../../shared/execution.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { buildExportModel } from '../../shared/export/model.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import { PARTNERS } from '../utils/exportFixture.ts';
import { tempDir } from '../utils/tempDir.ts';

const CHAPTER = 'agreement';

function dossier(): Y.Doc {
  const doc = new Y.Doc();
  const json: JSONContent = {
    type: 'doc',
    content: CHAPTERS.map((c) => ({
      type: 'chapter',
      attrs: { key: c.key },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Text of ${c.key}.` }] }],
    })),
  };
  prosemirrorJSONToYXmlFragment(dossierSchema(), json, doc.getXmlFragment(DOSSIER_FRAGMENT));
  return doc;
}

/** Northbridge and Mar signed off the current text; Mar's senate approved it, Baltic's board approved an older text. */
function discussion(version: string): Y.Doc {
  const doc = new Y.Doc();
  const person = (partnerId: string) => ({ userId: `u-${partnerId}`, name: `Signer ${partnerId}`, partnerId });
  for (const partnerId of ['northbridge', 'mar'])
    roots(doc).signoffs.set(signoffKey(CHAPTER, partnerId), {
      chapter: CHAPTER,
      partnerId,
      by: person(partnerId),
      at: '2026-02-01T10:00:00Z',
      version,
    });
  const approval = (partnerId: string, body: string, date: string, reference: string, v: string) =>
    executionRoots(doc).approvals.set(approvalKey(CHAPTER, partnerId), {
      chapter: CHAPTER,
      partnerId,
      body,
      date,
      reference,
      recordedBy: person(partnerId),
      recordedAt: '2026-02-11T09:00:00Z',
      version: v,
    });
  approval('mar', 'Senate', '2026-02-10', 'S-2026-014', version);
  approval('baltic', 'Board', '2026-01-20', '', 'an older text');
  return doc;
}

function model(language?: Locale, withApprovals = true) {
  const doc = dossier();
  const notes = discussion(chapterVersions(doc).get(CHAPTER)!);
  if (!withApprovals) executionRoots(notes).approvals.clear();
  return buildExportModel({
    dossier: doc,
    discussion: notes,
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    chapter: CHAPTER,
    now: new Date('2026-11-28T12:00:00Z'),
    language,
  });
}

describe('institutional approvals in the exports', () => {
  it('are read into the model, with a note when the text changed since', () => {
    const { approvals } = model().chapters[0]!;
    expect(approvals).toEqual([
      { partnerId: 'baltic', text: 'Board, 20 January 2026 (text changed since)', current: false },
      { partnerId: 'mar', text: 'Senate, 10 February 2026, S-2026-014', current: true },
    ]);
  });

  it('form a column of the sign-off table in Markdown and HTML', () => {
    const md = renderMarkdown(model());
    expect(md).toContain('| Partner | Signed by | Date | Status | Institutional approval |');
    expect(md).toMatch(/\| Universitat del Mar \| Signer mar \| [^|]+ \| signed \| Senate, 10 February 2026, S-2026-014 \|/);
    expect(md).toContain('| Board, 20 January 2026 (text changed since) |');
    const html = renderHtml(model());
    expect(html).toContain('<th>Institutional approval</th>');
    expect(html).toContain('<td>Senate, 10 February 2026, S-2026-014</td>');
  });

  it('leave the sign-off table as it was when no partner has recorded one', () => {
    const md = renderMarkdown(model(undefined, false));
    expect(md).not.toContain('Institutional approval');
    expect(md).toContain('| Partner | Signed by | Date | Status |');
  });

  it('carry the column’s heading in the document language', () => {
    expect(renderMarkdown(model('fr'))).toContain('| Approbation institutionnelle |');
    expect(renderHtml(model('de'))).toContain('<th>Institutionelle Genehmigung</th>');
    expect(renderMarkdown(model('es'))).toContain('Aprobación institucional');
    expect(renderMarkdown(model('nl'))).toContain('Institutionele goedkeuring');
    expect(model('fr').chapters[0]!.approvals.find((a) => a.partnerId === 'mar')!.text).toMatch(/^Senate, 10 février 2026, S-2026-014$/);
  });

  it('appear in Word and PDF', { timeout: 60_000 }, async () => {
    const m = model();
    const { value: docx } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(m)) });
    expect(docx).toContain('Institutional approval');
    expect(docx).toContain('Senate, 10 February 2026, S-2026-014');
    expect(docx).toContain('Board, 20 January 2026 (text changed since)');
    const dir = tempDir('approvals-pdf');
    try {
      const file = join(dir.path, 'a.pdf');
      writeFileSync(file, await renderPdf(m));
      const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdf).toContain('Institutional approval');
      expect(pdf).toContain('Senate, 10 February 2026, S-2026-014');
    } finally {
      dir.remove();
    }
  });
});
