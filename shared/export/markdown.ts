import { exportLabels } from '../i18n/content/exportLabels.ts';
import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode, Mark, Schema } from '@tiptap/pm/model';
import { MarkdownSerializer, defaultMarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { dossierSchema, isSafeHref } from '../schema/extensions.ts';
import { clauseNumbers, formatDate, versionLine } from './inline.ts';
import type { ExportChapter, ExportModel } from './model.ts';
import { collectsSignOffs } from '../discussion.ts';

const d = defaultMarkdownSerializer;

/**
 * Everything that reads as syntax is escaped, so text that looks like Markdown or HTML stays text:
 * prosemirror-markdown escapes Markdown, and we also escape `<` and `>`, which it leaves alone.
 */
function escapeText(state: MarkdownSerializerState, text: string): string {
  return state.esc(text).replace(/[<>]/g, (c) => `\\${c}`);
}

function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ');
}

const serializer = new MarkdownSerializer(
  {
    blockquote: d.nodes.blockquote!,
    codeBlock: (state, node) => {
      const fence = node.textContent.includes('```') ? '````' : '```';
      state.write(fence + '\n');
      state.text(node.textContent, false);
      state.ensureNewLine();
      state.write(fence);
      state.closeBlock(node);
    },
    heading: (state, node) => {
      state.write(`${'#'.repeat(Number(node.attrs.level) || 3)} `);
      state.renderInline(node);
      state.closeBlock(node);
    },
    horizontalRule: d.nodes.horizontal_rule!,
    bulletList: d.nodes.bullet_list!,
    orderedList: d.nodes.ordered_list!,
    listItem: d.nodes.list_item!,
    paragraph: d.nodes.paragraph!,
    hardBreak: d.nodes.hard_break!,
    text: (state, node) => state.text(escapeText(state, node.text ?? ''), false),
    table: (state, node) => {
      const rows: string[][] = [];
      node.forEach((row) => {
        const cells: string[] = [];
        row.forEach((cell) => cells.push(escapeCell(cell.textContent)));
        rows.push(cells);
      });
      const width = Math.max(...rows.map((r) => r.length), 1);
      const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      const [head = [], ...body] = rows;
      state.write([line(head), line(Array(width).fill('---')), ...body.map(line)].join('\n'));
      state.closeBlock(node);
    },
    tableRow: () => {},
    tableCell: () => {},
    tableHeader: () => {},
    chapter: (state, node) => state.renderContent(node),
  },
  {
    bold: d.marks.strong!,
    italic: d.marks.em!,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    underline: { open: '', close: '' },
    code: d.marks.code!,
    link: {
      open: (_state, mark: Mark) => (isSafeHref(String(mark.attrs.href)) ? '[' : ''),
      close: (_state, mark: Mark) => {
        const href = String(mark.attrs.href);
        return isSafeHref(href) ? `](<${href.replace(/[<>]/g, encodeURIComponent)}>)` : '';
      },
    },
  },
);

/** The block without marks the editor's schema lacks (the exporter's NOWRAP_MARK is for Word and PDF), which nodeFromJSON refuses. */
function schemaMarksOnly(node: JSONContent, schema: Schema): JSONContent {
  return {
    ...node,
    ...(node.marks ? { marks: node.marks.filter((m) => m.type in schema.marks) } : {}),
    ...(node.content ? { content: node.content.map((c) => schemaMarksOnly(c, schema)) } : {}),
  };
}

function blocksToMarkdown(chapter: ExportChapter): string {
  const schema = dossierSchema();
  const numbers = chapter.agreement ? clauseNumbers(chapter.blocks) : undefined;
  const blocks = chapter.blocks.map((b) => {
    const n = numbers?.get(b);
    return n ? ({ ...b, content: [{ type: 'text', text: `${n} ` }, ...(b.content ?? [])] } as JSONContent) : b;
  });
  if (blocks.length === 0) return '';
  const node: PMNode = schema.nodes.chapter!.create(
    { key: chapter.key },
    blocks.map((b) => schema.nodeFromJSON(schemaMarksOnly(b, schema))),
  );
  return serializer.serialize(node, { tightLists: true });
}

const plain = (text: string) => text.replace(/\\/g, '\\\\').replace(/[*_`[\]<>#|~]/g, (c) => `\\${c}`);

/** A Markdown file of the chapter or the whole dossier, with sign-offs and (optionally) open comments. */
export function renderMarkdown(model: ExportModel): string {
  const L = exportLabels(model.language);
  const date = (iso: string) => formatDate(iso, model.language);
  const out: string[] = [];
  out.push(`# ${plain(model.title)}`, '');
  out.push(`**${plain(model.consortium.name)}**${model.consortium.programmeTitle ? ` · ${plain(model.consortium.programmeTitle)}` : ''}  `);
  out.push(`${L.partners}: ${model.consortium.partners.map((p) => plain(p.name + (p.country ? ` (${p.country})` : ''))).join(', ')}  `);
  out.push(`${versionLine(model)} · ${L.ref} ${model.version}`, '');
  if (model.whole) {
    out.push(`## ${L.contents}`, '');
    for (const c of model.chapters) out.push(`${c.number}. ${plain(c.title)}`);
    out.push('');
  }
  for (const c of model.chapters) {
    out.push(`## ${c.number}. ${plain(c.title)}`, '');
    const facts = [`${L.status}: ${c.statusLabel}`, c.lead && `${L.lead}: ${plain(c.lead)}`, c.due && `${L.due}: ${date(c.due)}`].filter(
      Boolean,
    );
    out.push(`*${facts.join(' · ')}*`, '');
    const body = blocksToMarkdown(c);
    if (body.trim()) out.push(body, '');
    if (c.agreement) {
      out.push(`### ${L.signatures}`, '');
      for (const p of model.consortium.partners) {
        out.push(
          `**${plain(p.name)}**  `,
          `${plain(p.signatoryName || '—')}, ${plain(p.signatoryRole || '—')}  `,
          `${L.signature}: ____________________ ${L.date}: ____________`,
          '',
        );
      }
    }
    if (c.signoffs.length > 0 || collectsSignOffs(c.status)) {
      const approvals = c.approvals.length > 0;
      const head = [L.partner, L.signedBy, L.date, L.status, ...(approvals ? [L.approval] : [])];
      out.push(`### ${L.signOff}`, '', `| ${head.join(' | ')} |`, `|${' --- |'.repeat(head.length)}`);
      for (const p of model.consortium.partners) {
        const s = c.signoffs.find((x) => x.partnerId === p.id);
        const approval = approvals ? ` ${escapeCell(c.approvals.find((a) => a.partnerId === p.id)?.text ?? '')} |` : '';
        out.push(
          `| ${escapeCell(p.name)} | ${s ? escapeCell(s.name) : ''} | ${s ? date(s.date) : ''} | ${s ? (s.current ? L.signed : L.changedSince) : L.notSigned} |${approval}`,
        );
      }
      out.push('');
    }
  }
  if (model.comments) {
    out.push(`## ${L.commentsAppendix}`, '');
    if (model.comments.length === 0) out.push(L.noComments, '');
    for (const t of model.comments) {
      out.push(`### ${plain(t.chapterTitle)}: “${plain(t.quote)}”`, '');
      for (const m of t.messages) out.push(`- **${plain(m.author)}** (${plain(m.partnerName)}, ${date(m.date)}): ${plain(m.text)}`);
      out.push('');
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
