/**
 * The credential supplement as a Word document: a title, then for the programme and each unit a
 * two-column table of label and value. Labels come from labels.ts.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportModel } from '../../../shared/export/model.ts';
import { ACCENT, clean, FONT, GRID, HEADER_FILL, TEXT_WIDTH } from '../docxBlocks.ts';
import { supplementLabels } from './labels.ts';
import { supplementContent, type SupplementSection } from './supplementContent.ts';

const LABEL_WIDTH = Math.round(TEXT_WIDTH * 0.32);
const MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

const cell = (lines: string[], label: boolean) =>
  new TableCell({
    margins: MARGINS,
    width: { size: label ? LABEL_WIDTH : TEXT_WIDTH - LABEL_WIDTH, type: WidthType.DXA },
    shading: label ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    children: lines.map((l) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: clean(l), bold: label })] })),
  });

function sectionBlocks(s: SupplementSection): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clean(s.heading))] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
      borders: GRID,
      rows: s.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [cell([r.label], true), cell(Array.isArray(r.value) ? r.value.map((v) => `• ${v}`) : [r.value], false)],
          }),
      ),
    }),
  ];
}

export async function renderSupplementDocx(model: ExportModel): Promise<Uint8Array> {
  const L = supplementLabels(model.language);
  const c = supplementContent(model);
  const doc = new Document({
    creator: 'Jointly',
    title: `${c.title}: ${c.subtitle}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 100 } } },
        heading1: { run: { font: FONT, size: 34, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120 } } },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1418 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${L.page} `, PageNumber.CURRENT, ` ${L.of} `, PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(c.title))] }),
          new Paragraph({ children: [new TextRun({ text: clean(c.subtitle), bold: true, size: 26 })] }),
          new Paragraph({ children: [new TextRun({ text: clean(c.intro), color: '5F6B7A' })] }),
          new Paragraph({ children: [new TextRun({ text: clean(c.generated), color: '5F6B7A', size: 18 })] }),
          ...c.sections.flatMap(sectionBlocks),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
