import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import { buildExportModel } from '../../shared/export/model.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { appendUnits } from '../../server/programme/programmeService.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { tempDir } from '../utils/tempDir.ts';

const DEMO_DOSSIER = await demoDossierUpdate();

/** The demo dossier plus one unit whose title is hostile HTML/Markdown/formula text. */
function model(chapter: 'curriculum' | 'qualification') {
  const dossier = new Y.Doc();
  Y.applyUpdate(dossier, DEMO_DOSSIER);
  appendUnits(dossier, [{ title: '<img src=x onerror=alert(1)> *x* =SUM(A1)', ects: '1', partners: '["mar"]' }]);
  return buildExportModel({
    dossier,
    discussion: new Y.Doc(),
    chapter,
    consortium: { id: 'demo', name: 'Demo', programmeTitle: '', partners: DEMO_PARTNERS },
  });
}

describe('exports of the programme', () => {
  it('carry the programme report, and render the unit table with totals in Markdown and HTML, inert', () => {
    const m = model('curriculum');
    expect(m.programme.units).toHaveLength(7);
    const md = renderMarkdown(m);
    expect(md).toMatch(/\| ADL-102 \| Statistics for policy analysis \| Universitat del Mar \| 4 \| 90 \| 6 \|/);
    expect(md).toContain('Total (7 units)');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*x\\*');
    const html = renderHtml(m);
    expect(html).toContain('<td><p>Statistics for policy analysis</p></td>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('render the programme facts in the qualification chapter', () => {
    const md = renderMarkdown(model('qualification'));
    expect(md).toContain('### Programme facts');
    expect(md).toContain('| EQF level | 6 |');
    expect(md).toContain('PO2: Analyse data with sound statistical methods');
  });

  it('render both in DOCX and PDF', async () => {
    const docx = await renderDocx(model('curriculum'));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(value).toContain('Statistics for policy analysis');
    expect(value).toContain('Total (7 units)');
    const pdf = await renderPdf(model('qualification'));
    const dir = tempDir('pdf');
    const file = join(dir.path, 'q.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    dir.remove();
    expect(text).toContain('Programme facts');
    expect(text).toContain('Applied Data Literacy for Public-Sector');
  }, 60_000);
});
