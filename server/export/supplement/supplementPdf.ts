/**
 * The credential supplement as PDF (pdfmake with the bundled fonts, as the dossier's PDF: pdf.ts):
 * the same content as the Word version (supplementContent.ts).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportModel } from '../../../shared/export/model.ts';
import { pdfMake } from '../pdf.ts';
import { supplementLabels } from './labels.ts';
import { supplementContent, type SupplementRow, type SupplementSection } from './supplementContent.ts';

const ACCENT = '#1F3864';

/**
 * A fresh pdfmake node for a row's value. pdfmake rewrites the nodes it lays out in place (a list's
 * strings become text objects whose measured lines are used up as they are drawn), and the content
 * shares some values between sections (the awarding bodies repeat in every unit), so handing it the
 * shared array drew the list once and left every later copy empty.
 */
const valueNode = (value: SupplementRow['value']): Content =>
  Array.isArray(value) ? { ul: value.map((text) => ({ text })) } : { text: value };

function section(s: SupplementSection): Content[] {
  return [
    { text: s.heading, style: 'h2' },
    {
      table: {
        widths: ['32%', '*'],
        dontBreakRows: true,
        body: s.rows.map((r) => [{ text: r.label, bold: true, fillColor: '#E4EAF2' }, valueNode(r.value)]),
      },
      layout: { hLineColor: () => '#B8C2CC', vLineColor: () => '#B8C2CC' },
    },
  ];
}

export function supplementDefinition(model: ExportModel): TDocumentDefinitions {
  const L = supplementLabels(model.language);
  const c = supplementContent(model);
  return {
    info: { title: `${c.title}: ${c.subtitle}`, creator: 'Jointly' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
      h2: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
      muted: { color: '#5F6B7A' },
    },
    footer: (page, pages) => ({ text: `${L.page} ${page} ${L.of} ${pages}`, alignment: 'right', margin: [0, 20, 56, 0], fontSize: 8 }),
    content: [
      { text: c.title, style: 'h1' },
      { text: c.subtitle, bold: true, fontSize: 13, margin: [0, 0, 0, 6] },
      { text: c.intro, style: 'muted', margin: [0, 0, 0, 4] },
      { text: c.generated, style: 'muted', fontSize: 8 },
      ...c.sections.flatMap(section),
    ],
  };
}

export async function renderSupplementPdf(model: ExportModel): Promise<Uint8Array> {
  const buffer = await pdfMake().createPdf(supplementDefinition(model)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
