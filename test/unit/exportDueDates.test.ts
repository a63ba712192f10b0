/**
 * A date in a table stays on one line in Word and PDF ("25. Dezember 2026" came out as three lines in
 * the due column): its words are joined by no-break spaces and its column is made wide enough for it.
 * Markdown and HTML keep ordinary spaces.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { demoDecisionsUpdate } from '../../server/consortia/demoDecisions.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { TEXT_WIDTH, TWIPS_PER_CHAR } from '../../server/export/docxBlocks.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import { buildExportModel } from '../../shared/export/model.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { docxPart } from '../utils/docxParts.ts';
import { fixtureDocs, PARTNERS } from '../utils/exportFixture.ts';
import { tempDir } from '../utils/tempDir.ts';
import '../../shared/i18n/content/packs/all.ts';

/** The whole dossier with the demo's decisions (one due 22 November, overdue) and two sign-offs (20 and 21 November). */
function model(language: Locale) {
  const { dossier, discussion } = fixtureDocs();
  Y.applyUpdate(discussion, demoDecisionsUpdate('2026-11-28'));
  return buildExportModel({
    dossier,
    discussion,
    language,
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    now: new Date('2026-11-28T12:00:00Z'),
  });
}

const NBSP = '\u00a0';
const joined = (date: string) => date.replaceAll(' ', NBSP);

function pdfLines(bytes: Uint8Array): string[] {
  const dir = tempDir('due-dates');
  const file = join(dir.path, 'dossier.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  dir.remove();
  return text.split('\n');
}

describe('dates in export tables', () => {
  it.each([
    ['de', '22. November 2026', '20. November 2026'],
    ['es', '22 de noviembre de 2026', '20 de noviembre de 2026'],
  ] as const)('%s: PDF draws each due and sign-off date on one line', async (language, due, signed) => {
    const lines = pdfLines(await renderPdf(model(language)));
    expect(lines.some((l) => l.includes(due))).toBe(true);
    expect(lines.some((l) => l.includes(signed))).toBe(true);
  });

  it('Word: the due date is one unbreakable piece and its column is wider than the others', { timeout: 30_000 }, async () => {
    const xml = docxPart(await renderDocx(model('es')), 'word/document.xml')!;
    expect(xml).toContain(`>${joined('22 de noviembre de 2026')}</w:t>`);
    expect(xml).toContain('> (vencida)</w:t>');
    expect(xml).toContain(`>${joined('20 de noviembre de 2026')}</w:t>`);
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    // Decision tables (decision, state, text, owner, due) with a date: the due column has room for the longest one.
    const decisions = grids.filter((g) => g.length === 5 && g[4]! > g[0]!);
    expect(decisions.length).toBeGreaterThan(0);
    expect(Math.max(...decisions.map((g) => g[4]!))).toBeGreaterThanOrEqual('22 de noviembre de 2026'.length * TWIPS_PER_CHAR);
    for (const g of decisions) expect(Math.abs(g.reduce((a, b) => a + b, 0) - TEXT_WIDTH)).toBeLessThan(10);
  });

  it('Markdown and HTML keep ordinary spaces', () => {
    const m = model('de');
    for (const text of [renderMarkdown(m), renderHtml(m)]) {
      expect(text).toContain('22. November 2026 (überfällig)');
      expect(text).not.toContain(NBSP);
    }
  });
});
