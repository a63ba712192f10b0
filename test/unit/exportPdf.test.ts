/**
 * PDF export: renders the fixture dossier with pdfmake and reads the PDF back with poppler's
 * `pdftotext -layout`, so the checks are on what a reader sees: order, text, tables, page numbers.
 * Without pdftotext the text checks skip locally (with a warning) and fail on CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { JSONContent } from '@tiptap/core';
import { renderPdf } from '../../server/export/pdf.ts';
import { pdfDefinition } from '../../server/export/pdfDefinition.ts';
import { inlineRuns } from '../../shared/export/inline.ts';
import type { ExportModel } from '../../shared/export/model.ts';
import { CHAPTERS } from '../../shared/chapters.ts';
import { fixtureModel, HOSTILE } from '../utils/exportFixture.ts';
import { tempDir } from '../utils/tempDir.ts';

const ON_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

function toolAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HAVE_PDFTOTEXT = toolAvailable();
if (!HAVE_PDFTOTEXT && !ON_CI)
  console.warn(
    'exportPdf.test: pdftotext (poppler-utils) is not installed; skipping the PDF text checks. On CI (CI=true) they fail instead.',
  );

/** Each piece must occur after the previous one. */
function expectInOrder(text: string, pieces: (string | RegExp)[]): void {
  let at = -1;
  for (const piece of pieces) {
    let next: number;
    if (typeof piece === 'string') next = text.indexOf(piece, at + 1);
    else {
      const m = new RegExp(piece.source, piece.flags.replace('g', '') + 'g');
      m.lastIndex = at + 1;
      next = m.exec(text)?.index ?? -1;
    }
    expect(next, `${String(piece)} after position ${at}`).toBeGreaterThan(at);
    at = next;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Every object in a pdfmake definition, depth first. */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

describe.skipIf(!HAVE_PDFTOTEXT && !ON_CI)('PDF export, read back with pdftotext', () => {
  let dir: ReturnType<typeof tempDir> | undefined;
  const pdfs = new Map<string, { bytes: Uint8Array; pages: string[]; text: string }>();

  async function render(name: string, model: ExportModel) {
    const bytes = await renderPdf(model);
    const file = join(dir!.path, `${name}.pdf`);
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').slice(0, -1);
    pdfs.set(name, { bytes, pages, text });
  }
  const get = (name: string) => pdfs.get(name)!;

  beforeAll(async () => {
    if (!HAVE_PDFTOTEXT)
      throw new Error(
        'pdftotext not found: the PDF export tests need poppler-utils (apt-get install poppler-utils). CI must not skip them.',
      );
    dir = tempDir('pdf');
    await render('vision', fixtureModel('vision'));
    await render('agreement', fixtureModel('agreement'));
    await render('whole', fixtureModel());
    await render('comments', fixtureModel('vision', true));
  });
  afterAll(() => dir?.remove());

  it('starts with a title page, then the chapter with its content in order', () => {
    const { pages, text } = get('vision');
    expect(pages).toHaveLength(2);
    expectInOrder(pages[0]!, [
      'Digital Skills Alliance',
      'Shared vision',
      'Applied Data Literacy',
      'PARTNER INSTITUTIONS',
      /University of Northbridge\s+Netherlands/,
      /Universitat del Mar\s+Spain/,
      /Baltic Technical University\s+Lithuania/,
      'VERSION',
      /Version \d+ · 28 November 2026/,
      /Reference [0-9a-z]{8}/,
    ]);
    expect(pages[0]).not.toContain('Page 1');
    expectInOrder(pages[1]!, [
      'Digital Skills Alliance',
      '8. Shared vision',
      'Status: In review',
      'Lead: Universitat del Mar',
      'Due: —',
      'Purpose and learners served',
      'working professionals',
      'green skills',
      'Flexible online study',
      'Stackable units',
      '1. First principle',
      '2. Second principle',
      /Unit\s+ECTS/,
      /Data literacy\s+5\b/,
      /Sustainability\s+6\b/,
      'the EADTU site',
      'this unsafe link.',
      'Guiding principles',
      '<script>alert(1)</script>',
      'Sign-off',
      'Page 2 of 2',
    ]);
    expect(squash(text)).toContain(HOSTILE);
    expect(text).not.toContain('Contents');
  });

  it('keeps non-Latin text intact (embedded Roboto, not the standard fonts)', () => {
    expect(get('vision').text).toContain('Łódź, Győr, Čech, Ελληνικά');
  });

  it('lists every partner in the sign-off table and marks a sign-off of older text', () => {
    const { text } = get('vision');
    const table = text.slice(text.indexOf('Sign-off'));
    expectInOrder(table, [
      /Partner\s+Signed by\s+Date\s+Status/,
      /University of Northbridge\s+Anna de Vries\s+20 November 2026\s+signed/,
      /Universitat del Mar\s+Jordi Puig\s+21 November 2026\s+text changed since/,
      /Baltic Technical University[ \t]*\n/,
    ]);
  });

  it('numbers the agreement clauses and ends it with a signature block per partner', () => {
    const { pages, text } = get('agreement');
    expectInOrder(pages[1]!, [
      '19. Consortium agreement',
      '1. Parties and purpose',
      'run the programme jointly',
      '1.1 Definitions',
      '2. Governance',
      'Signatures',
      'University of Northbridge',
      'Name: Prof. Pieter Jansen',
      'Role: Rector',
      'Signature: ____',
      'Date: ____',
      'Universitat del Mar',
      'Name: Dra. Laura Vidal',
      'Role: Vice-Rector for Education',
      'Signature: ____',
      'Date: ____',
      'Baltic Technical University',
      'Name: Prof. Tomas Petrauskas',
      'Role: Rector',
      'Signature: ____',
      'Date: ____',
    ]);
    // Not started and never signed off: no sign-off table.
    expect(text).not.toContain('Sign-off');
  });

  it('gives the whole dossier a contents page whose page numbers point at the chapters', () => {
    const { pages } = get('whole');
    expect(pages[0]).toContain('Programme dossier');
    expect(pages[1]).toContain('Contents');
    const headings: RegExp[] = [];
    for (const chapter of CHAPTERS) {
      const line = `${chapter.number}. ${chapter.title}`;
      const entry = new RegExp(`^\\s*${escape(line)}\\s+(\\d+)\\s*$`, 'm').exec(pages[1]!);
      expect(entry, `contents entry for "${line}"`).not.toBeNull();
      const page = Number(entry![1]);
      const onPage = pages[page - 1] ?? '';
      expect(new RegExp(`^\\s*${escape(line)}\\s*$`, 'm').test(onPage), `"${line}" on page ${page}`).toBe(true);
      headings.push(new RegExp(`^\\s*${escape(line)}\\s*$`, 'm'));
    }
    expectInOrder(pages.slice(2).join('\f'), headings);
    expect(pages.length).toBeGreaterThanOrEqual(2 + CHAPTERS.length);
  });

  it('puts a running header and "Page X of Y" on every page but the title page', () => {
    for (const name of ['vision', 'agreement', 'whole', 'comments']) {
      const { pages } = get(name);
      expect(pages[0], name).not.toMatch(/Page \d+ of/);
      pages.slice(1).forEach((page, i) => {
        expect(page.trimStart().startsWith('Digital Skills Alliance'), `${name} page ${i + 2} header`).toBe(true);
        expect(page, `${name} page ${i + 2} footer`).toContain(`Page ${i + 2} of ${pages.length}`);
      });
    }
  });

  it('adds the open comments as an appendix when asked for', () => {
    const { text } = get('comments');
    expectInOrder(text, [
      '8. Shared vision',
      'Sign-off',
      'Appendix: open comments',
      'Shared vision',
      'on “green skills”',
      'Quinn QA (Baltic Technical University), 22 November 2026:',
      'Which skills exactly? <b>bold?</b>',
    ]);
    expect(get('vision').text).not.toContain('Open comments');
  });

  it('links only to the safe URL: no javascript: URI in the PDF', () => {
    const raw = Buffer.from(get('vision').bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    // Link annotations are PDF objects outside the compressed content streams, so they are searchable.
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['https://eadtu.eu/']));
    expect(raw).not.toMatch(/\/URI \(javascript/i);
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch)\b/);
  });

  it('renders the other block types: marks, nested lists, quote, code, rule and spanned table cells', async () => {
    const t = (text: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text, ...(marks ? { marks } : {}) });
    const p = (...c: JSONContent[]): JSONContent => ({ type: 'paragraph', content: c });
    const li = (...c: JSONContent[]): JSONContent => ({ type: 'listItem', content: c });
    const cell = (type: string, text: string, attrs?: Record<string, unknown>): JSONContent => ({
      type,
      ...(attrs ? { attrs } : {}),
      content: [p(t(text))],
    });
    const model = fixtureModel('vision');
    model.chapters[0]!.blocks = [
      p(
        t('struck', [{ type: 'strike' }]),
        t(' and '),
        t('underlined', [{ type: 'underline' }]),
        t(' and '),
        t('some code', [{ type: 'code' }]),
        { type: 'hardBreak' },
        t('after the break'),
      ),
      {
        type: 'bulletList',
        content: [
          li(p(t('Outer item')), {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [li(p(t('Inner three'))), li(p(t('Inner four')), { type: 'bulletList', content: [li(p(t('Deepest')))] })],
          }),
          li(p(t('Outer two'))),
        ],
      },
      { type: 'blockquote', content: [p(t('A quoted sentence.'))] },
      { type: 'codeBlock', content: [t('function f() {\n  return 1;\n}')] },
      { type: 'horizontalRule' },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Both columns', { colspan: 2 }), cell('tableHeader', 'Third')] },
          { type: 'tableRow', content: [cell('tableCell', 'Two rows', { rowspan: 2 }), cell('tableCell', 'b1'), cell('tableCell', 'c1')] },
          { type: 'tableRow', content: [cell('tableCell', 'b2'), cell('tableCell', 'c2'), cell('tableCell', 'overflowing cell')] },
        ],
      },
      p(t('The end.')),
    ];
    // Every table's widths match its rows (a mismatch fails late in pdfkit with "unsupported number: NaN").
    for (const node of nodes(pdfDefinition(model).content)) {
      const table = node.table as { widths?: unknown[]; body: unknown[][] } | undefined;
      if (!table?.body) continue;
      for (const row of table.body) expect(row).toHaveLength(table.widths!.length);
    }
    await render('rich', model);
    const { text } = get('rich');
    expectInOrder(text, [
      'struck and underlined and some code',
      'after the break',
      'Outer item',
      '3. Inner three',
      '4. Inner four',
      'Deepest',
      'Outer two',
      'A quoted sentence.',
      'function f() {',
      '  return 1;',
      /Both columns\s+Third/,
      /Two rows\s+b1\s+c1/,
      /b2\s+c2\s+overflowing cell/,
      'The end.',
    ]);
  });

  it('loses no text from blocks taller than a page (pdfmake drops unbreakable blocks that do not fit)', async () => {
    const t = (text: string): JSONContent => ({ type: 'text', text });
    const p = (...c: JSONContent[]): JSONContent => ({ type: 'paragraph', content: c });
    const h = (text: string): JSONContent => ({ type: 'heading', attrs: { level: 3 }, content: [t(text)] });
    const tallCell = p(...Array.from({ length: 120 }, (_, i) => [t(`Cell line ${i}`), { type: 'hardBreak' }]).flat());
    const model = fixtureModel('vision', true);
    model.chapters[0]!.blocks = [
      h('Long section'),
      p(t(`${'Long paragraph words. '.repeat(400)}End of the long paragraph.`)),
      ...Array.from({ length: 60 }, (_, i) => h(`Heading ${i}`)),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [tallCell] },
              { type: 'tableCell', content: [p(t('Beside'))] },
            ],
          },
        ],
      },
      p(t('After the table.')),
    ];
    model.comments![0]!.messages = Array.from({ length: 80 }, (_, i) => ({ ...model.comments![0]!.messages[0]!, text: `Message ${i}` }));
    await render('tall', model);
    const { text } = get('tall');
    expectInOrder(text, [
      'Long section',
      'End of the long paragraph.',
      'Heading 0',
      'Heading 59',
      'Cell line 0',
      'Cell line 119',
      'After the table.',
      'Message 0',
      'Message 79',
    ]);
  });

  it('renders the whole dossier quickly', async () => {
    const model = fixtureModel();
    const runs = 3;
    const start = performance.now();
    for (let i = 0; i < runs; i++) await renderPdf(model);
    const ms = (performance.now() - start) / runs;
    console.log(
      `whole-dossier PDF: ${Math.round(ms)} ms per export, ${get('whole').pages.length} pages, ${get('whole').bytes.length} bytes`,
    );
    expect(ms).toBeLessThan(5000);
  });
});

describe('PDF export safety', () => {
  it('drops the unsafe link before the definition is built, and the definition links only to it', () => {
    const model = fixtureModel('vision');
    const paragraph = model.chapters[0]!.blocks.find((b) => JSON.stringify(b).includes('unsafe link'))!;
    expect(JSON.stringify(paragraph)).toContain('javascript:alert(1)');
    expect(
      inlineRuns(paragraph)
        .filter((r) => r.href)
        .map((r) => r.href),
    ).toEqual(['https://eadtu.eu/']);
    const links = [...nodes(pdfDefinition(model).content)].flatMap((n) => ('link' in n ? [n.link] : []));
    expect(new Set(links)).toEqual(new Set(['https://eadtu.eu/']));
  });

  it('turns values of the wrong type from shared documents into text, never into pdfmake nodes', async () => {
    const model = fixtureModel('vision', true);
    const evil = { image: '/etc/passwd', text: 'evil' } as unknown as string;
    model.chapters[0]!.signoffs[0]!.name = evil;
    model.comments![0]!.messages[0]!.text = evil;
    const definition = pdfDefinition(model);
    for (const node of nodes(definition.content)) expect(node).not.toHaveProperty('image');
    const bytes = await renderPdf(model);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });

  it('lets pdfmake read no file but the Roboto fonts and fetch no URL', async () => {
    await renderPdf(fixtureModel('agreement')); // sets up the shared pdfmake instance
    await expect(pdfmake.createPdf({ content: [{ image: '/etc/passwd' }] }).getBuffer()).rejects.toThrow(/Access to local file denied/);
    await expect(pdfmake.createPdf({ images: { x: 'https://127.0.0.1:9/x.png' }, content: [{ image: 'x' }] }).getBuffer()).rejects.toThrow(
      /Access to URL denied/,
    );
    await expect(pdfmake.createPdf({ content: [{ text: 'x', font: 'Helvetica' }] }).getBuffer()).rejects.toThrow(
      /Font 'Helvetica'.*not defined/,
    );
  });
});
