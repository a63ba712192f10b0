import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { exportFileName } from '../../shared/export/model.ts';
import { fixtureModel, HOSTILE } from '../utils/exportFixture.ts';

describe('Markdown export', () => {
  const md = renderMarkdown(fixtureModel('vision', true));

  it('has the title block, the chapter and its structure in order', () => {
    const order = [
      '# Shared vision',
      '**Digital Skills Alliance**',
      'Universitat del Mar (ES)',
      `Version ${fixtureModel('vision', true).revision} · 28 November 2026 · ref `,
      '## 8. Shared vision',
      '*Status: In review · Lead: Universitat del Mar*',
      '### Purpose and learners served',
      '**working professionals**',
      '*green skills*',
      '* Flexible online study',
      '1. First principle',
      '| Unit | ECTS |',
      '| Data literacy | 5 |',
      '### Guiding principles',
      '### Sign-off',
    ];
    let at = -1;
    for (const piece of order) {
      const next = md.indexOf(piece, at + 1);
      expect(next, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('keeps safe links and drops unsafe ones', () => {
    expect(md).toContain('[the EADTU site](<https://eadtu.eu/>)');
    expect(md).not.toMatch(/(?<!\\)\]\(<?javascript:/);
    expect(md).toContain('this unsafe link.');
  });

  it('escapes text that looks like Markdown or HTML', () => {
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\*not bold\\*');
    expect(md).toContain('\\[x\\](javascript:alert(1))');
    expect(md).not.toContain('<script>');
  });

  it('lists every partner in the sign-off table, with stale ones marked', () => {
    expect(md).toContain('| University of Northbridge | Anna de Vries | 20 November 2026 | signed |');
    expect(md).toContain('| Universitat del Mar | Jordi Puig | 21 November 2026 | text changed since |');
    expect(md).toContain('| Baltic Technical University |  |  | not signed |');
  });

  it('adds open comments as an appendix only when asked, escaped', () => {
    expect(md).toContain('## Appendix: open comments');
    expect(md).toContain('Which skills exactly? \\<b\\>bold?\\</b\\>');
    expect(renderMarkdown(fixtureModel('vision'))).not.toContain('Appendix');
  });

  it('numbers agreement clauses and adds a signature block per partner', () => {
    const agreement = renderMarkdown(fixtureModel('agreement'));
    expect(agreement).toContain('### 1. Parties and purpose');
    expect(agreement).toContain('#### 1.1 Definitions');
    expect(agreement).toContain('### 2. Governance');
    expect(agreement).toContain('Prof. Pieter Jansen, Rector');
    expect(agreement).toContain('Dra. Laura Vidal, Vice-Rector for Education');
    expect(agreement.match(/Signature: _+/g)).toHaveLength(3);
  });

  it('exports the whole dossier with contents and every chapter in order', () => {
    const whole = renderMarkdown(fixtureModel());
    expect(whole).toContain('## Contents');
    const headings = [...whole.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(headings).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });
});

describe('HTML export', () => {
  const html = renderHtml(fixtureModel('vision', true));

  it('is a standalone document without scripts or outside resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link |<img |src=/i);
  });

  it('renders structure: headings, marks, lists, table, link', () => {
    expect(html).toContain('<h2>8. Shared vision</h2>');
    expect(html).toContain('<h3>Purpose and learners served</h3>');
    expect(html).toContain('<strong>working professionals</strong>');
    expect(html).toContain('<em>green skills</em>');
    expect(html).toMatch(/<ul><li><p>Flexible online study<\/p><\/li><li><p>Stackable units<\/p><\/li><\/ul>/);
    expect(html).toMatch(/<ol><li><p>First principle<\/p><\/li>/);
    expect(html).toContain('<thead><tr><th><p>Unit</p></th><th><p>ECTS</p></th></tr></thead>');
    expect(html).toContain('<td><p>Data literacy</p></td>');
    expect(html).toContain('<a href="https://eadtu.eu/" rel="noopener noreferrer">the EADTU site</a>');
    expect(html).toContain('Łódź, Győr, Čech, Ελληνικά');
  });

  it('keeps hostile text inert', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('Which skills exactly? &lt;b&gt;bold?&lt;/b&gt;');
    expect(HOSTILE).toContain('<script>');
  });

  it('has the sign-off table and, for the agreement, signature blocks', () => {
    expect(html).toMatch(
      /<tr><td>Universitat del Mar<\/td><td>Jordi Puig<\/td><td>21 November 2026<\/td><td>text changed since<\/td><\/tr>/,
    );
    const agreement = renderHtml(fixtureModel('agreement'));
    expect(agreement).toContain('<span class="clause">1.1</span> Definitions');
    expect(agreement.match(/class="signature"/g)).toHaveLength(3);
  });
});

describe('file names', () => {
  it('say what is inside', () => {
    expect(exportFileName(fixtureModel('vision'), 'docx')).toBe('demo-shared-vision-2026-11-28.docx');
    expect(exportFileName(fixtureModel(), 'pdf')).toBe('demo-programme-dossier-2026-11-28.pdf');
  });
});
