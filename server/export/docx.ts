/**
 * The dossier as a Word document, built with `docx` on the server (loaded on the first DOCX export).
 * Sections: a title page without page numbers; for the whole dossier, a table of contents on its own page; then the body,
 * numbered "Page X of Y", with each chapter, its sign-offs, the agreement's signature blocks and the comments appendix.
 */
import { exportLabels, fillLabel, type ExportLabels } from '../../shared/i18n/content/exportLabels.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ExportChapter, ExportModel, ExportThread } from '../../shared/export/model.ts';
import { clauseNumbers, formatDate, keepOnOneLine, versionLine } from '../../shared/export/inline.ts';
import {
  ACCENT,
  BlockWriter,
  clean,
  FONT,
  GRID,
  listNumbering,
  MONO,
  TEXT_WIDTH,
  textCell,
  TWIPS_PER_CHAR,
  type Block,
} from './docxBlocks.ts';
import type { Partner } from '../../shared/api.ts';

const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 708, footer: 708 },
};
const MUTED = '5F6B7A';

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: {
      run: { font: FONT, size: 34, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 27, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 300, after: 100 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 23, bold: true, color: '2F4B7C' },
      paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true },
    },
    listParagraph: { paragraph: { spacing: { after: 40 } } },
  },
  paragraphStyles: [
    { id: 'Meta', name: 'Chapter details', basedOn: 'Normal', run: { size: 18, color: MUTED }, paragraph: { spacing: { after: 240 } } },
    {
      id: 'Label',
      name: 'Table label',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, color: ACCENT },
      paragraph: { keepNext: true, spacing: { before: 320, after: 100 } },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { italics: true, color: '404040' },
      paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B4BFCD', space: 10 } } },
    },
    {
      id: 'Code',
      name: 'Code',
      basedOn: 'Normal',
      run: { font: MONO, size: 19 },
      paragraph: { spacing: { line: 240 }, shading: { type: 'clear', fill: 'F1F3F5', color: 'auto' } },
    },
    {
      id: 'Rule',
      name: 'Horizontal rule',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '9AA5B5', space: 1 } } },
    },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      run: { size: 20 },
      paragraph: { spacing: { before: 0, after: 40, line: 252 } },
    },
    { id: 'TableGap', name: 'Space after table', basedOn: 'Normal', run: { size: 14 }, paragraph: { spacing: { after: 0, line: 240 } } },
    { id: 'TableHeading', name: 'Table heading', basedOn: 'TableText', run: { bold: true } },
    {
      id: 'ContentsTitle',
      name: 'Contents title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 34, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: 100, after: 40 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 20 },
      paragraph: { indent: { left: 440 }, spacing: { after: 20 } },
    },
    { id: 'HeaderFooter', name: 'Header text', basedOn: 'Normal', run: { size: 17, color: MUTED }, paragraph: { spacing: { after: 0 } } },
    { id: 'CoverSmall', name: 'Cover text', basedOn: 'Normal', run: { size: 24, color: MUTED }, paragraph: { spacing: { after: 60 } } },
  ],
};

export async function renderDocx(model: ExportModel): Promise<Uint8Array> {
  const L = exportLabels(model.language);
  const writer = new BlockWriter();
  const body: Block[] = model.chapters.flatMap((chapter, i) => chapterBlocks(model, chapter, writer, model.whole && i > 0));
  if (model.comments) body.push(...commentsAppendix(model, model.comments, body.length > 0));

  const sections: ISectionOptions[] = [{ properties: { page: PAGE }, children: titlePage(model) }];
  if (model.whole) {
    sections.push({
      properties: { page: PAGE },
      children: [
        new Paragraph({ style: 'ContentsTitle', children: [new TextRun(L.contents)] }),
        new TableOfContents(L.contents, { hyperlink: true, headingStyleRange: '1-2' }),
      ],
    });
  }
  sections.push({
    properties: { page: { ...PAGE, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            style: 'HeaderFooter',
            alignment: AlignmentType.RIGHT,
            children: [new TextRun(clean(`${model.consortium.name} · ${model.title}`))],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: 'HeaderFooter',
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: pageOfRun(L.pageOf) })],
          }),
        ],
      }),
    },
    children: body,
  });

  const doc = new Document({
    title: clean(`${model.title} – ${model.consortium.programmeTitle || model.consortium.name}`),
    creator: clean(model.consortium.name),
    description: fillLabel(L.exportedFrom, { revision: model.revision, reference: model.version }),
    pageNumbers: estimatePageNumbers,
    styles: stylesIn(model.language),
    numbering: { config: listNumbering(writer.starts) },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function titlePage(model: ExportModel): Paragraph[] {
  const { consortium } = model;
  const line = (text: string, size: number, opts: { bold?: boolean; color?: string; before?: number; after?: number } = {}) =>
    new Paragraph({
      spacing: { before: opts.before ?? 0, after: opts.after ?? 120, line: 240 },
      children: [new TextRun({ text: clean(text), size, bold: opts.bold, color: opts.color })],
    });
  return [
    line(consortium.name, 28, { bold: true, color: MUTED, before: 2600, after: 480 }),
    line(model.title, 60, { bold: true, color: ACCENT, after: 240 }),
    ...(consortium.programmeTitle ? [line(consortium.programmeTitle, 34, { color: '2F4B7C', after: 360 })] : []),
    new Paragraph({ style: 'Rule', spacing: { after: 480 }, children: [] }),
    ...(consortium.partners.length
      ? [line(exportLabels(model.language).partnerInstitutions, 22, { bold: true, color: MUTED, after: 120 })]
      : []),
    ...consortium.partners.map(
      (p) =>
        new Paragraph({
          style: 'CoverSmall',
          children: [
            new TextRun({ text: clean(p.name), color: '202020' }),
            ...(p.country ? [new TextRun(clean(`, ${countryName(p.country, model.language)}`))] : []),
          ],
        }),
    ),
    line(versionLine(model), 24, { before: 1200, after: 60 }),
    line(`${exportLabels(model.language).reference} ${model.version}`, 16, { color: MUTED }),
  ];
}

function chapterBlocks(model: ExportModel, chapter: ExportChapter, writer: BlockWriter, newPage: boolean): Block[] {
  const L = exportLabels(model.language);
  const safeDate = (iso: string) => dateIn(iso, model.language);
  const out: Block[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: newPage || undefined,
      children: [new TextRun(clean(`${chapter.number}. ${chapter.title}`))],
    }),
  ];
  const meta = [
    chapter.statusLabel && `${L.status}: ${chapter.statusLabel}`,
    chapter.lead && `${L.lead}: ${chapter.lead}`,
    chapter.due && `${L.due}: ${safeDate(chapter.due)}`,
  ]
    .filter(Boolean)
    .join('  ·  ');
  if (meta) out.push(new Paragraph({ style: 'Meta', children: [new TextRun(clean(meta))] }));
  writer.clauses = chapter.agreement ? clauseNumbers(chapter.blocks) : undefined;
  const content = writer.blocks(chapter.blocks);
  writer.clauses = undefined;
  out.push(
    ...(content.length ? content : [new Paragraph({ style: 'Meta', children: [new TextRun({ text: L.noContent, italics: true })] })]),
  );
  if (chapter.agreement) out.push(...signatures(model.consortium.partners, L));
  if (chapter.signoffs.length) out.push(...signoffTable(model.consortium.partners, chapter, L, safeDate));
  return out;
}

/** One row per partner: who signs for it, and room for the signature and the date. */
function signatures(partners: Partner[], L: ExportLabels): Block[] {
  if (!partners.length) return [];
  const left = Math.round(TEXT_WIDTH * 0.5);
  const rows = partners.map(
    (p) =>
      new TableRow({
        cantSplit: true,
        children: [
          textCell(
            [
              new TextRun({ text: clean(p.name), bold: true }),
              `${L.signatory}: ${p.signatoryName || '—'}`,
              `${L.role}: ${p.signatoryRole || '—'}`,
            ],
            { width: left },
          ),
          textCell(
            [
              new Paragraph({
                style: 'TableText',
                spacing: { before: 480, after: 0 },
                children: [new TextRun(`${L.signature}: ____________________________`)],
              }),
              new Paragraph({
                style: 'TableText',
                spacing: { before: 360, after: 80 },
                children: [new TextRun(`${L.date}: ________________________________`)],
              }),
            ],
            { width: TEXT_WIDTH - left },
          ),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(L.signatures)] }),
    new Paragraph({ children: [new TextRun(L.signedOnBehalf)] }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [left, TEXT_WIDTH - left], borders: GRID, rows }),
  ];
}

/** Every partner of the consortium, signed or not; sign-offs of former partners come last. */
function signoffTable(partners: Partner[], chapter: ExportChapter, L: ExportLabels, safeDate: (iso: string) => string): Block[] {
  const approvals = chapter.approvals.length > 0;
  const widths = (approvals ? [0.24, 0.18, 0.16, 0.14, 0.28] : [0.33, 0.23, 0.22, 0.22]).map((f) => Math.round(TEXT_WIDTH * f));
  // A date stays on one line: its column grows to the longest one ("25 de noviembre de 2026"), the partner column gives the room.
  const day = (iso: string) => keepOnOneLine(safeDate(iso));
  const dateWidth = Math.max(widths[2]!, ...chapter.signoffs.map((s) => day(s.date).length * TWIPS_PER_CHAR + 200));
  const grow = Math.min(dateWidth - widths[2]!, Math.round(widths[0]! / 3));
  widths[0]! -= grow;
  widths[2]! += grow;
  const header = new TableRow({
    tableHeader: true,
    children: [L.partner, L.signedBy, L.date, L.status, ...(approvals ? [L.approval] : [])].map((t, i) =>
      textCell([t], { header: true, width: widths[i] }),
    ),
  });
  const rows = [
    ...partners.map((p) => ({ id: p.id, partner: p.name, signoff: chapter.signoffs.find((s) => s.partnerId === p.id) })),
    ...chapter.signoffs
      .filter((s) => !partners.some((p) => p.id === s.partnerId))
      .map((s) => ({ id: s.partnerId, partner: s.partnerName, signoff: s })),
  ].map(
    ({ id, partner, signoff: s }) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...[partner, s?.name ?? '', s ? day(s.date) : ''].map((t, i) => textCell(t ? [t] : [], { width: widths[i] })),
          textCell(
            s
              ? [
                  new TextRun({
                    text: s.current ? L.current : capitalise(L.changedSince),
                    color: s.current ? '1E6B35' : 'A4461A',
                    bold: !s.current,
                  }),
                ]
              : [],
            { width: widths[3] },
          ),
          ...(approvals
            ? [
                approvalCell(
                  chapter.approvals.find((a) => a.partnerId === id),
                  widths[4],
                ),
              ]
            : []),
        ],
      }),
  );
  return [
    new Paragraph({ style: 'Label', children: [new TextRun(L.signOff)] }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: GRID, rows: [header, ...rows] }),
  ];
}

function approvalCell(approval: ExportChapter['approvals'][number] | undefined, width: number | undefined) {
  if (!approval) return textCell([], { width });
  return textCell([new TextRun({ text: approval.text, color: approval.current ? undefined : 'A4461A' })], { width });
}

function commentsAppendix(model: ExportModel, threads: ExportThread[], newPage: boolean): Block[] {
  const L = exportLabels(model.language);
  const safeDate = (iso: string) => dateIn(iso, model.language);
  const out: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage || undefined, children: [new TextRun(L.openComments)] }),
  ];
  if (!threads.length) out.push(new Paragraph({ children: [new TextRun({ text: L.noComments, italics: true })] }));
  for (const thread of threads) {
    out.push(new Paragraph({ style: 'Label', children: [new TextRun(clean(thread.chapterTitle))] }));
    if (thread.quote) out.push(new Paragraph({ style: 'Quote', children: [new TextRun(clean(`“${thread.quote}”`))] }));
    for (const m of thread.messages) {
      const who = [m.author, m.partnerName, safeDate(m.date)].filter(Boolean).join(' · ');
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { after: 0 },
          children: [new TextRun({ text: clean(who), bold: true, size: 20, color: MUTED })],
        }),
      );
      out.push(new Paragraph({ children: m.text.split('\n').map((t, i) => new TextRun({ text: clean(t), break: i ? 1 : undefined })) }));
    }
  }
  return out;
}

function dateIn(iso: string, locale: Locale): string {
  const formatted = /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDate(iso, locale) : '';
  return formatted && formatted !== 'Invalid Date' ? formatted : iso;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Page {page} of {pages}" with Word's page fields where the numbers go. */
function pageOfRun(template: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES_IN_SECTION : part));
}

/** The styles with the document language on every run, so Word checks spelling in it. */
function stylesIn(locale: Locale): IStylesOptions {
  const document = STYLES.default!.document!;
  return { ...STYLES, default: { ...STYLES.default, document: { ...document, run: { ...document.run, language: { value: locale } } } } };
}

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
