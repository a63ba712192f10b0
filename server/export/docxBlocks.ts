/**
 * ProseMirror blocks → docx paragraphs and tables, for the DOCX exporter (docx.ts).
 * Every piece of text goes through a TextRun, which escapes it; links come only from inlineRuns,
 * which keeps http(s) and mailto targets and drops the rest.
 */
import { isLanguageTag } from '../../shared/i18n/languageTags.ts';
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { JSONContent } from '@tiptap/core';
import { inlineRuns, keepOnOneLine, NOWRAP_MARK, plainText, type Run } from '../../shared/export/inline.ts';

export const FONT = 'Liberation Sans';
export const MONO = 'Liberation Mono';
/** A4 (11906 twips) less two 2.5 cm margins. */
export const TEXT_WIDTH = 11906 - 2 * 1418;
export const ACCENT = '1F3864';
export const HEADER_FILL = 'E4EAF2';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B5' } as const;
export const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

export type Block = Paragraph | Table;

/** Drops the two characters XML 1.0 cannot carry that docx leaves in (it drops the C0 controls itself). */
export const clean = (s: string): string => s.replace(/[\uFFFE\uFFFF]/g, '');

/** Runs of a block; `lang` (the block's marked language) tells Word which language to check it in. */
export function textRuns(runs: Run[], lang?: unknown): ParagraphChild[] {
  const language = typeof lang === 'string' && isLanguageTag(lang) ? { value: lang } : undefined;
  return runs.map((r) => {
    if (r.break) return new TextRun({ break: 1 });
    const run = new TextRun({
      text: clean(r.nowrap ? keepOnOneLine(r.text) : r.text),
      bold: r.bold || undefined,
      italics: r.italic || undefined,
      strike: r.strike || undefined,
      underline: r.underline ? {} : undefined,
      font: r.code ? MONO : undefined,
      size: r.code ? 20 : undefined,
      shading: r.code ? { type: ShadingType.CLEAR, fill: 'F1F3F5', color: 'auto' } : undefined,
      style: r.href ? 'Hyperlink' : undefined,
      language,
    });
    // new URL(...).href percent-encodes quotes and angle brackets; inlineRuns already checked the protocol.
    return r.href ? new ExternalHyperlink({ link: new URL(r.href).href, children: [run] }) : run;
  });
}

/** A table cell of plain text, for the sign-off and signature tables. */
export function textCell(lines: (string | TextRun | Paragraph)[], opts: { header?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    margins: CELL_MARGINS,
    width: opts.width ? { size: opts.width, type: WidthType.DXA } : undefined,
    shading: opts.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    children: (lines.length ? lines : ['']).map((l) =>
      l instanceof Paragraph
        ? l
        : new Paragraph({
            style: opts.header ? 'TableHeading' : 'TableText',
            children: [typeof l === 'string' ? new TextRun(clean(l)) : l],
          }),
    ),
  });
}

/** Bullets and numbered lists: 9 levels each; `ordered-N` lists start at N. */
export function listNumbering(starts: Iterable<number>): INumberingOptions['config'] {
  const levels = (ordered: boolean, start = 1) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3] : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : ['•', '◦', '▪'][level % 3],
      alignment: AlignmentType.START,
      start: level === 0 ? start : 1,
      style: { paragraph: { indent: { left: 400 * (level + 1), hanging: 320 } } },
    }));
  return [
    { reference: 'bullets', levels: levels(false) },
    { reference: 'ordered', levels: levels(true) },
    ...[...starts].map((n) => ({ reference: `ordered-${n}`, levels: levels(true, n) })),
  ];
}

interface Where {
  /** Paragraph style for body text here: quotes and table cells have their own. */
  style?: string;
  /** Width available, in twips, for tables. */
  width: number;
}

/** Walks one chapter's blocks; one writer per document, so every numbered list gets its own instance. */
export class BlockWriter {
  /** Start numbers other than 1 used by ordered lists, for listNumbering. */
  readonly starts = new Set<number>();
  private instances = 0;
  /** Agreement clause numbers of the chapter being written. */
  clauses: Map<JSONContent, string> | undefined;

  blocks(nodes: JSONContent[], where: Where = { width: TEXT_WIDTH }): Block[] {
    return nodes.flatMap((node) => this.block(node, where));
  }

  private block(node: JSONContent, where: Where): Block[] {
    switch (node.type) {
      case 'paragraph': {
        const runs = inlineRuns(node);
        return runs.some((r) => r.text.trim() || r.break)
          ? [new Paragraph({ style: where.style, children: textRuns(runs, node.attrs?.lang) })]
          : [];
      }
      case 'heading': {
        const runs = inlineRuns(node);
        if (!runs.some((r) => r.text.trim())) return [];
        const clause = this.clauses?.get(node);
        const level = Number(node.attrs?.level ?? 3) >= 4 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
        return [
          new Paragraph({
            heading: level,
            children: [...(clause ? [new TextRun(`${clause} `)] : []), ...textRuns(runs, node.attrs?.lang)],
          }),
        ];
      }
      case 'bulletList':
      case 'orderedList': {
        // List items sit close together; the list's last line gets the space of a paragraph, even before another list.
        const items = this.list(node, 0, where);
        const last = items.findLastIndex((b) => !(b instanceof Paragraph || b instanceof Table));
        return items.map((b, i) =>
          b instanceof Paragraph || b instanceof Table ? b : new Paragraph({ ...b, spacing: { after: i === last ? 120 : 40 } }),
        );
      }
      case 'blockquote':
        return this.blocks(node.content ?? [], { ...where, style: 'Quote' });
      case 'codeBlock': {
        const lines = plainText(node).replace(/\t/g, '    ').split('\n');
        return [new Paragraph({ style: 'Code', children: lines.map((l, i) => new TextRun({ text: clean(l), break: i ? 1 : undefined })) })];
      }
      case 'horizontalRule':
        return [new Paragraph({ style: 'Rule', children: [] })];
      case 'table':
        // Word puts no space after a table; a small empty paragraph keeps the next line off its border.
        return [this.table(node, where.width), new Paragraph({ style: 'TableGap', children: [] })];
      default:
        // Unknown block with text: keep the text rather than lose it.
        return plainText(node).trim() ? [new Paragraph({ style: where.style, children: [new TextRun(clean(plainText(node)))] })] : [];
    }
  }

  private list(
    node: JSONContent,
    level: number,
    where: Where,
    parent?: { reference: string; instance?: number },
  ): (Block | IParagraphOptions)[] {
    let numbering: { reference: string; instance?: number };
    if (node.type === 'orderedList') {
      const start = Math.max(1, Math.floor(Number(node.attrs?.start ?? 1)) || 1);
      if (start > 1) this.starts.add(start);
      // A list nested in a numbered list stays in its parent's list: Word restarts the lower level by itself.
      numbering =
        parent?.reference.startsWith('ordered') && level > 0
          ? parent
          : { reference: start > 1 ? `ordered-${start}` : 'ordered', instance: ++this.instances };
    } else {
      numbering = { reference: 'bullets' };
    }
    const out: (Block | IParagraphOptions)[] = [];
    for (const item of node.content ?? []) {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'bulletList' || child.type === 'orderedList') {
          out.push(...this.list(child, Math.min(level + 1, 8), where, numbering));
        } else if (child.type === 'paragraph' && first) {
          out.push({ style: where.style, numbering: { ...numbering, level }, children: textRuns(inlineRuns(child)) });
        } else if (child.type === 'paragraph') {
          out.push({ style: where.style, indent: { left: 400 * (level + 1) }, children: textRuns(inlineRuns(child)) });
        } else {
          out.push(...this.block(child, where));
        }
        first = false;
      }
    }
    return out;
  }

  private table(node: JSONContent, width: number): Table {
    const rows = node.content ?? [];
    const columns = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c.attrs?.colspan), 0)));
    const widths = columnWidths(rows, columns, width);
    let header = true;
    return new Table({
      width: { size: sum(widths), type: WidthType.DXA },
      columnWidths: widths,
      borders: GRID,
      rows: rows.map((row) => {
        const cells = row.content ?? [];
        // Only the leading rows of header cells repeat; docx writes tblHeader="off" for false, which mammoth reads as a header.
        header = header && cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
        return new TableRow({
          tableHeader: header || undefined,
          children: cells.map((cell, i) => {
            const isHeader = cell.type === 'tableHeader';
            const at = cells.slice(0, i).reduce((n, c) => n + span(c.attrs?.colspan), 0);
            const cellWidth = sum(widths.slice(at, at + span(cell.attrs?.colspan)));
            const children = this.blocks(cell.content ?? [], { style: isHeader ? 'TableHeading' : 'TableText', width: cellWidth - 200 });
            return new TableCell({
              columnSpan: span(cell.attrs?.colspan) > 1 ? span(cell.attrs?.colspan) : undefined,
              rowSpan: span(cell.attrs?.rowspan) > 1 ? span(cell.attrs?.rowspan) : undefined,
              width: { size: cellWidth, type: WidthType.DXA },
              margins: CELL_MARGINS,
              shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
              children: children.length ? children : [new Paragraph({ style: 'TableText', children: [] })],
            });
          }),
        });
      }),
    });
  }
}

const span = (v: unknown): number => Math.min(63, Math.max(1, Math.floor(Number(v ?? 1)) || 1));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Table text is 10 pt; Liberation Sans averages a little over half an em a letter (in twips, with room to spare). */
export const TWIPS_PER_CHAR = 112;

/** The longest text in the node that must stay on one line (NOWRAP_MARK), in characters. */
function longestNowrap(node: JSONContent): number {
  const own = node.type === 'text' && node.marks?.some((m) => m.type === NOWRAP_MARK) ? (node.text ?? '').length : 0;
  return Math.max(own, ...(node.content ?? []).map(longestNowrap));
}

/**
 * Equal columns, except that a column holding text that must stay on one line (a due date) is made
 * wide enough for it, the others sharing what is left: a date such as "22 de noviembre de 2026" is
 * wider than a fifth of the page, and a line that may not break would run over its cell's edge.
 */
function columnWidths(rows: JSONContent[], columns: number, width: number): number[] {
  const equal = Math.floor(width / columns);
  const need = Array<number>(columns).fill(0);
  for (const row of rows) {
    let at = 0;
    for (const cell of row.content ?? []) {
      const n = longestNowrap(cell);
      if (n && span(cell.attrs?.colspan) === 1 && at < columns) need[at] = Math.max(need[at]!, n * TWIPS_PER_CHAR + 2 * CELL_MARGINS.left);
      at += span(cell.attrs?.colspan);
    }
  }
  const wanted = need.map((n) => Math.max(n, equal));
  const growth = sum(wanted) - equal * columns;
  const narrow = need.filter((n) => n <= equal).length;
  if (growth <= 0 || narrow === 0) return Array<number>(columns).fill(equal);
  // The other columns give at most half their width: their text must stay readable too.
  const scale = Math.min(growth, Math.floor((equal * narrow) / 2)) / growth;
  const widened = wanted.map((w) => (w > equal ? Math.round(equal + (w - equal) * scale) : 0));
  const rest = Math.floor((equal * columns - sum(widened)) / narrow);
  return widened.map((w) => w || rest);
}
