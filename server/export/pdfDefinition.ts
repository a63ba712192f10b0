/**
 * The PDF export as a pdfmake document definition: pure data, kept apart from the pdfmake set-up
 * (pdf.ts) so tests can inspect what a dossier turns into without rendering it.
 * Every text from the model goes in as a plain string (`str`), never as a pdfmake node, and links are
 * only the safe hrefs that inlineRuns kept: a dossier cannot add images, files or scripts to the PDF.
 */
import { exportLabels, fillLabel } from '../../shared/i18n/content/exportLabels.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { JSONContent } from '@tiptap/core';
import type { Content, ContentText, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportChapter, ExportModel } from '../../shared/export/model.ts';
import { collectsSignOffs } from '../../shared/discussion.ts';
import { clauseNumbers, formatDate, inlineRuns, keepOnOneLine, NOWRAP_MARK, plainText, versionLine } from '../../shared/export/inline.ts';
import { fitColumns } from './pdfTables.ts';

const [BLUE, INK, MUTED, RULE, FILL, LINK, STALE] = ['#1b3a6b', '#1f2933', '#6b7280', '#cfd6e0', '#eaf0f7', '#1d5bbf', '#b45309'];
const MARGIN = { left: 60, top: 60, right: 60, bottom: 70 };
/** A4 width minus the side margins. */
const CONTENT_WIDTH = 595.28 - MARGIN.left - MARGIN.right;

/** Model values come from shared documents: make sure each is plain text before it reaches pdfmake. */
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function date(iso: unknown, locale: Locale): string {
  const s = str(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const formatted = formatDate(s, locale);
  return formatted === 'Invalid Date' ? s : formatted;
}

function countryName(code: string, locale: Locale): string {
  try {
    return (code && new Intl.DisplayNames([locale], { type: 'region' }).of(code)) || code;
  } catch {
    return code;
  }
}

const GRID_RULE = 0.5;
const gridLayout = (padding = 6): CustomTableLayout => ({
  hLineWidth: () => GRID_RULE,
  vLineWidth: () => GRID_RULE,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  fillColor: (row) => (row === 0 ? FILL : null),
  paddingLeft: () => padding,
  paddingRight: () => padding,
  paddingTop: () => 5,
  paddingBottom: () => 4,
});

/** One cell with a left rule (blockquote) or a grey fill (code block). */
const boxLayout = (kind: 'quote' | 'code'): CustomTableLayout => ({
  hLineWidth: () => 0,
  vLineWidth: (i) => (kind === 'quote' && i === 0 ? 2.5 : 0),
  vLineColor: () => '#9fb3cf',
  fillColor: () => (kind === 'code' ? '#f3f5f8' : null),
  paddingLeft: () => (kind === 'quote' ? 12 : 10),
  paddingRight: () => 10,
  paddingTop: () => (kind === 'quote' ? 2 : 8),
  paddingBottom: () => (kind === 'quote' ? 2 : 8),
});

function runs(node: JSONContent, prefix = ''): ContentText[] {
  const out: ContentText[] = prefix ? [{ text: prefix }] : [];
  for (const run of inlineRuns(node)) {
    if (run.break) {
      out.push({ text: '\n' });
      continue;
    }
    const t: ContentText = { text: run.nowrap ? keepOnOneLine(str(run.text)) : str(run.text) };
    if (run.bold) t.bold = true;
    if (run.italic) t.italics = true;
    const decoration: ('lineThrough' | 'underline')[] = [];
    if (run.strike) decoration.push('lineThrough');
    if (run.underline || run.href) decoration.push('underline');
    if (decoration.length) t.decoration = decoration.length === 1 ? decoration[0] : decoration;
    if (run.code) t.style = 'code';
    if (run.href) Object.assign(t, { link: run.href, color: LINK });
    out.push(t);
  }
  return out;
}

/** clauses: agreement clause numbers; tight: inside a list, table cell or quote. */
type Ctx = { clauses?: Map<JSONContent, string>; tight?: boolean };

/** A rough line count: pdfmake drops an unbreakable block taller than a page, so only blocks that surely fit are kept together. */
const textLines = (text: string, perLine = 80) => text.length / perLine + text.split('\n').length - 1;
function lines(node: JSONContent): number {
  if (node.type === 'text') return textLines(str(node.text));
  return (node.content ?? []).reduce(
    (n, c) => n + lines(c),
    node.type === 'paragraph' || node.type === 'heading' || node.type === 'hardBreak' ? 1 : 0,
  );
}
const KEEP_LINES = 15;
const KEEP_WITH_HEADING = new Set(['heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote']);

/** Blocks in order; at the top level a heading stays with the start of what follows (pdfmake has no keep-with-next). */
function blocks(nodes: JSONContent[] | undefined, ctx: Ctx): Content[] {
  const items = (nodes ?? []).flatMap((node) => ((content) => (content === null ? [] : [{ node, content }]))(block(node, ctx)));
  const out: Content[] = [];
  for (let i = 0; i < items.length; i++) {
    const group = [items[i]!.content];
    let budget = KEEP_LINES - 2 * lines(items[i]!.node);
    while (!ctx.tight && items[i]!.node.type === 'heading' && items[i + 1] && KEEP_WITH_HEADING.has(str(items[i + 1]!.node.type))) {
      budget -= (items[i + 1]!.node.type === 'heading' ? 2 : 1) * lines(items[i + 1]!.node);
      if (budget < 0) break;
      group.push(items[++i]!.content);
    }
    out.push(group.length > 1 ? { stack: group, unbreakable: true } : group[0]!);
  }
  return out;
}

function stackOf(items: Content[]): Content {
  return items.length === 1 ? items[0]! : { stack: items };
}

function block(node: JSONContent, ctx: Ctx): Content | null {
  switch (node.type) {
    case 'paragraph': {
      const text = runs(node);
      if (!text.length) return ctx.tight ? { text: ' ' } : null;
      return { text, style: ctx.tight ? 'pTight' : 'p' };
    }
    case 'heading': {
      const level = node.attrs?.level === 4 ? 3 : 2;
      const number = ctx.clauses?.get(node);
      return { text: runs(node, number ? `${number} ` : ''), style: `h${level}` };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => stackOf(blocks(item.content, { ...ctx, tight: true })));
      if (!items.length) return null;
      const spacing = ctx.tight ? { margin: [0, 1, 0, 1] as [number, number, number, number] } : { style: 'list' };
      if (node.type === 'bulletList') return { ul: items, ...spacing };
      const start = Number(node.attrs?.start);
      return { ol: items, ...spacing, ...(Number.isInteger(start) && start > 1 ? { start } : {}) };
    }
    case 'table':
      return table(node, ctx);
    case 'blockquote': {
      const inner = blocks(node.content, { ...ctx, tight: true });
      if (!inner.length) return null;
      return { table: { widths: ['*'], body: [[{ stack: inner, style: 'quote' }]] }, layout: boxLayout('quote'), margin: [0, 2, 0, 10] };
    }
    case 'codeBlock': {
      const code = plainText(node).replace(/\n$/, '');
      return {
        table: { widths: ['*'], body: [[{ text: code || ' ', style: 'codeBlock', preserveLeadingSpaces: true }]] },
        layout: boxLayout('code'),
        margin: [0, 2, 0, 10],
      };
    }
    case 'horizontalRule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: RULE }],
        margin: [0, 6, 0, 14],
      };
    default: {
      const text = plainText(node).trim();
      return text ? { text, style: ctx.tight ? 'pTight' : 'p' } : null;
    }
  }
}

/** A cell's text as it is drawn: text that must stay on one line counts as one word (fitColumns). */
const cellText = (n: JSONContent): string =>
  n.type === 'text'
    ? n.marks?.some((m) => m.type === NOWRAP_MARK)
      ? keepOnOneLine(str(n.text))
      : str(n.text)
    : (n.content ?? []).map(cellText).join(' ');

/** A ProseMirror table as a rectangular pdfmake body: spanned cells get the placeholders pdfmake expects. */
function table(node: JSONContent, ctx: Ctx): Content | null {
  const grid: TableCell[][] = [];
  /** Each column's text, from the cells that span no other column: what its width is reckoned from. */
  const texts: string[][] = [];
  const rows = node.content ?? [];
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row.content ?? []) {
      while (line[c] !== undefined) c++;
      const colSpan = Math.max(1, Math.min(Number(cell.attrs?.colspan) || 1, 50));
      const rowSpan = Math.max(1, Math.min(Number(cell.attrs?.rowspan) || 1, rows.length - r));
      const header = cell.type === 'tableHeader' || r === 0;
      const body = blocks(cell.content, { ...ctx, tight: true });
      line[c] = {
        stack: body.length ? body : [{ text: ' ' }],
        style: header ? ['cell', 'th'] : 'cell',
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) if (dr || dc) (grid[r + dr] ??= [])[c + dc] = '';
      if (colSpan === 1) (texts[c] ??= []).push(cellText(cell));
      c += colSpan;
    }
  });
  const columns = Math.max(0, ...grid.map((line) => line.length));
  if (!columns) return null;
  const body = grid.map((line) => Array.from({ length: columns }, (_, i) => line[i] ?? ''));
  // pdfmake drops an unbreakable (or repeated header) row taller than a page: only rows that are surely short are kept whole.
  const short = (row: JSONContent) => lines(row) * columns <= 30;
  const headerRows = rows.length > 1 && short(rows[0]!) ? 1 : 0;
  const { widths, fontSize, padding } = fitColumns(
    Array.from({ length: columns }, (_, i) => texts[i] ?? []),
    CONTENT_WIDTH,
    GRID_RULE,
  );
  return {
    table: { headerRows, dontBreakRows: rows.every(short), keepWithHeaderRows: headerRows, widths, body },
    layout: gridLayout(padding),
    fontSize,
    margin: [0, 4, 0, 12],
  };
}

function signoffTable(chapter: ExportChapter, model: ExportModel): Content {
  const L = exportLabels(model.language);
  const partners = model.consortium.partners.map((p) => ({ id: p.id, name: str(p.name) }));
  for (const s of chapter.signoffs)
    if (!partners.some((p) => p.id === s.partnerId)) partners.push({ id: s.partnerId, name: str(s.partnerName) });
  const approvals = chapter.approvals.length > 0;
  const head = [L.partner, L.signedBy, L.date, L.status, ...(approvals ? [L.approval] : [])].map((t) => ({ text: t, style: 'th' }));
  const rows: TableCell[][] = partners.map((p) => {
    const s = chapter.signoffs.find((x) => x.partnerId === p.id);
    const a = chapter.approvals.find((x) => x.partnerId === p.id);
    const approval: TableCell[] = approvals ? [a ? (a.current ? str(a.text) : { text: str(a.text), color: STALE }) : ''] : [];
    if (!s) return [p.name, '', '', '', ...approval];
    return [
      p.name,
      str(s.name),
      keepOnOneLine(date(s.date, model.language)),
      s.current ? { text: L.signed } : { text: L.changedSince, color: STALE, bold: true },
      ...approval,
    ];
  });
  return {
    stack: [
      { text: L.signOff, style: 'h3' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', '*', 'auto', 'auto', ...(approvals ? ['*' as const] : [])],
          body: [head, ...rows],
        },
        layout: gridLayout(),
        style: 'small',
      },
    ],
    unbreakable: rows.reduce((n, row) => n + 1 + Math.max(...row.map((c) => textLines(typeof c === 'string' ? c : '', 25))), 0) <= 25,
    margin: [0, 10, 0, 0],
  };
}

function signatures(model: ExportModel): Content[] {
  const L = exportLabels(model.language);
  const line = (label: string, value: string): ContentText => ({
    text: [{ text: `${label}: `, color: MUTED }, { text: value }],
    margin: [0, 0, 0, 2],
  });
  const partners = model.consortium.partners.map((p): Content => ({
    stack: [
      { text: str(p.name), bold: true, color: BLUE, margin: [0, 0, 0, 4] },
      line(L.name, str(p.signatoryName) || '____________________'),
      line(L.role, str(p.signatoryRole) || '____________________'),
      { text: `${L.signature}: ____________________________`, margin: [0, 16, 0, 8] },
      { text: `${L.date}: ________________` },
    ],
    unbreakable: true,
    margin: [0, 10, 0, 8],
  }));
  const intro: Content[] = [
    { text: L.signatures, style: 'h2' },
    { text: L.signedOnBehalf, style: 'p' },
  ];
  return [{ stack: [...intro, ...partners.slice(0, 1)], unbreakable: true }, ...partners.slice(1)];
}

function chapterContent(chapter: ExportChapter, model: ExportModel, first: boolean): Content[] {
  const L = exportLabels(model.language);
  const meta = [
    `${L.status}: ${str(chapter.statusLabel)}`,
    `${L.lead}: ${str(chapter.lead) || '—'}`,
    `${L.due}: ${chapter.due ? date(chapter.due, model.language) : '—'}`,
  ].join('  ·  ');
  const body = blocks(chapter.blocks, { clauses: chapter.agreement ? clauseNumbers(chapter.blocks) : undefined });
  const out: Content[] = [
    {
      text: `${chapter.number}. ${str(chapter.title)}`,
      style: 'h1',
      tocItem: true,
      outline: true,
      ...(first ? {} : { pageBreak: 'before' as const }),
    },
    { text: meta, style: 'meta' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: RULE }], margin: [0, 0, 0, 16] },
    ...(body.length ? body : [{ text: L.noContent, style: 'empty' }]),
  ];
  if (chapter.agreement) out.push(...signatures(model));
  if (chapter.signoffs.length || collectsSignOffs(chapter.status)) out.push(signoffTable(chapter, model));
  return out;
}

function commentsAppendix(threads: NonNullable<ExportModel['comments']>, locale: Locale): Content[] {
  const L = exportLabels(locale);
  return [
    { text: L.commentsAppendix, style: 'h1', tocItem: true, outline: true, pageBreak: 'before', margin: [0, 0, 0, 14] },
    ...(threads.length ? [] : [{ text: L.noComments, style: 'empty' }]),
    ...threads.map((t): Content => ({
      stack: [
        {
          text: [
            { text: str(t.chapterTitle), bold: true, color: BLUE },
            { text: t.quote ? `  ·  on “${str(t.quote)}”` : '', color: MUTED, italics: true },
          ],
          margin: [0, 0, 0, 4],
        },
        ...t.messages.map((m): Content => ({
          text: [
            { text: `${str(m.author)}${m.partnerName ? ` (${str(m.partnerName)})` : ''}, ${date(m.date, locale)}: `, bold: true },
            { text: str(m.text) },
          ],
          margin: [10, 0, 0, 3],
        })),
      ],
      style: 'small',
      unbreakable: t.messages.reduce((n, m) => n + 1 + textLines(str(m.text)), textLines(str(t.quote))) <= 20,
      margin: [0, 0, 0, 12],
    })),
  ];
}

function titlePage(model: ExportModel): Content {
  const L = exportLabels(model.language);
  const { consortium } = model;
  const single = !model.whole && model.chapters[0];
  return {
    stack: [
      { text: str(consortium.name), style: 'kicker', margin: [0, 110, 0, 20] },
      { text: str(model.title), style: 'docTitle' },
      ...(consortium.programmeTitle ? [{ text: str(consortium.programmeTitle), style: 'docSubtitle' }] : []),
      ...(single
        ? [
            {
              text: fillLabel(L.chapterOfDossier, { number: single.number }),
              color: MUTED,
              margin: [0, 6, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 80, y2: 0, lineWidth: 3, lineColor: BLUE }], margin: [0, 26, 0, 30] },
      { text: L.partnerInstitutions.toLocaleUpperCase(model.language), style: 'label' },
      ...consortium.partners.map((p): Content => ({
        text: [str(p.name), { text: p.country ? `   ${countryName(str(p.country), model.language)}` : '', color: MUTED }],
        margin: [0, 0, 0, 5],
      })),
      { text: L.version.split(' ')[0]!.toLocaleUpperCase(model.language), style: 'label', margin: [0, 30, 0, 6] },
      { text: versionLine(model) },
      { text: `${L.reference} ${str(model.version)}`, color: MUTED, fontSize: 8, margin: [0, 4, 0, 0] },
    ],
    pageBreak: 'after',
  };
}

export function pdfDefinition(model: ExportModel): TDocumentDefinitions {
  const L = exportLabels(model.language);
  const consortium = str(model.consortium.name);
  const content: Content[] = [titlePage(model)];
  const toc = {
    title: { text: L.contents, style: 'h1', margin: [0, 0, 0, 16] as [number, number, number, number] },
    textStyle: 'tocText',
    numberStyle: 'tocNumber',
    textMargin: [0, 3, 0, 3] as [number, number, number, number],
  };
  if (model.whole) content.push({ toc, pageBreak: 'after' });
  model.chapters.forEach((chapter, i) => content.push(...chapterContent(chapter, model, i === 0)));
  if (model.comments) content.push(...commentsAppendix(model.comments, model.language));

  return {
    info: {
      title: `${str(model.title)} — ${consortium}`,
      author: consortium,
      subject: str(model.consortium.programmeTitle),
      creator: 'Jointly',
      producer: 'Jointly',
    },
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    header: (page) =>
      page === 1
        ? null
        : {
            columns: [consortium, { text: str(model.title), alignment: 'right' }],
            style: 'running',
            margin: [MARGIN.left, 28, MARGIN.right, 0],
          },
    footer: (page, pages) =>
      page === 1 ? null : { text: fillLabel(L.pageOf, { page, pages }), style: 'running', alignment: 'center', margin: [0, 30, 0, 0] },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3, color: INK },
    styles: {
      running: { fontSize: 8, color: MUTED },
      kicker: { fontSize: 11, bold: true, color: MUTED },
      docTitle: { fontSize: 30, bold: true, color: BLUE, lineHeight: 1.1 },
      docSubtitle: { fontSize: 15, color: INK, margin: [0, 10, 0, 0] },
      label: { fontSize: 8, bold: true, color: MUTED, margin: [0, 0, 0, 6] },
      h1: { fontSize: 19, bold: true, color: BLUE, lineHeight: 1.15, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13.5, bold: true, color: BLUE, lineHeight: 1.2, margin: [0, 12, 0, 5] },
      h3: { fontSize: 11.5, bold: true, color: BLUE, lineHeight: 1.2, margin: [0, 10, 0, 4] },
      meta: { fontSize: 9, color: MUTED, margin: [0, 0, 0, 10] },
      p: { margin: [0, 0, 0, 8] },
      pTight: { margin: [0, 0, 0, 2] },
      list: { margin: [4, 0, 0, 8] },
      th: { bold: true, color: BLUE },
      small: { fontSize: 9.5, lineHeight: 1.15 },
      cell: { lineHeight: 1.15 },
      quote: { italics: true, color: '#4b5563' },
      code: { fontSize: 9.5, background: '#eef1f5', color: '#374151' },
      codeBlock: { fontSize: 9.5, lineHeight: 1.25, color: '#374151' },
      empty: { italics: true, color: MUTED },
      tocText: { fontSize: 11, color: INK },
      tocNumber: { fontSize: 11, color: MUTED },
    },
    content,
  };
}
