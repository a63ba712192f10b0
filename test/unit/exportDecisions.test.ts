import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import mammoth from 'mammoth';
import { demoDecisionsUpdate } from '../../server/consortia/demoDecisions.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { pdfDefinition } from '../../server/export/pdfDefinition.ts';
import { decisionFieldKey, decisionsMap } from '../../shared/decisions.ts';
import { buildExportModel } from '../../shared/export/model.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { fixtureDocs } from '../utils/exportFixture.ts';
import { PARTNERS } from '../utils/e2e.ts';

/** The whole dossier with the demo's decisions (made on 2026-11-28, exported the same day) and one decision text holding HTML. */
function model() {
  const { dossier, discussion } = fixtureDocs();
  Y.applyUpdate(discussion, demoDecisionsUpdate('2026-11-28'));
  decisionsMap(discussion).set(decisionFieldKey('vision-1', 'text'), 'Signed by <b>rectors</b>');
  decisionsMap(discussion).set(decisionFieldKey('agreement-1', 'state'), 'agreed');
  return buildExportModel({
    dossier,
    discussion,
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    now: new Date('2026-11-28T12:00:00Z'),
  });
}

describe('decisions in exports', () => {
  it('carries every decision in the model and shows the worked-on ones as a table in each chapter, but not among the agreement’s clauses', () => {
    const m = model();
    const concept = m.chapters.find((c) => c.key === 'concept')!;
    expect(concept.decisions).toHaveLength(7);
    expect(concept.decisions[0]).toMatchObject({ state: 'agreed', stateLabel: 'Agreed', owner: 'University of Northbridge' });
    const business = m.chapters.find((c) => c.key === 'business')!;
    expect(business.decisions.find((d) => d.key === 'business-2')).toMatchObject({ due: '2026-11-22', overdue: true });
    const agreement = m.chapters.find((c) => c.key === 'agreement')!;
    expect(JSON.stringify(agreement.blocks)).not.toContain('Decisions');
    expect(agreement.decisions[0]!.state).toBe('agreed');
    expect(m.chapters.find((c) => c.key === 'objectives')!.blocks.some((b) => JSON.stringify(b).includes('"Decisions"'))).toBe(false);
  });

  // Loading the DOCX library and rendering the whole dossier can take seconds on a busy machine: not a speed check.
  it('renders state, text, owner and due in Markdown, HTML (escaped), PDF and DOCX', { timeout: 60_000 }, async () => {
    const m = model();
    const md = renderMarkdown(m);
    expect(md).toContain(
      '| Set the joint fee for individual and employer enrolments | Open |  | Universitat del Mar | 22 November 2026 (overdue) |',
    );
    expect(md).toContain('| Agree the total ECTS and EQF level of the programme | Agreed | 20 ECTS at EQF level 6');

    const html = renderHtml(m);
    expect(html).toMatch(/<th[^>]*>(<p>)?What was decided/);
    expect(html).toContain('22 November 2026 (overdue)');
    expect(html).not.toContain('<b>rectors</b>');
    expect(html).toContain('Signed by &lt;b&gt;rectors&lt;/b&gt;');

    // Word and PDF keep the date on one line (no-break spaces); the note after it may wrap.
    const pdf = JSON.stringify(pdfDefinition(m));
    expect(pdf).toContain('One joint certificate signed by the three rectors');
    expect(pdf).toContain(JSON.stringify([{ text: '22\u00a0November\u00a02026' }, { text: ' (overdue)' }]));

    const { value: docx } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(m)) });
    expect(docx).toContain('Four existing courses are reused');
    expect(docx).toContain('Universitat del Mar');
    expect(docx).toContain('22\u00a0November\u00a02026 (overdue)');
  });
});
