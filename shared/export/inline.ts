import type { JSONContent } from '@tiptap/core';
import { isSafeHref } from '../schema/extensions.ts';
import { exportLabels, fillLabel, formatDateIn } from '../i18n/content/exportLabels.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { clauseNumbering } from '../agreement/numbering.ts';

/** A piece of text with its formatting; links only when their target is http(s) or mailto. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  href?: string;
  /** A line break inside the paragraph (hardBreak). */
  break?: boolean;
  /** Text that must not wrap (see NOWRAP_MARK). */
  nowrap?: boolean;
}

/**
 * A mark the exporter puts on text that must stay on one line, such as a date in a narrow table
 * column ("25. Dezember 2026" wrapped into three lines). DOCX and PDF join its words with no-break
 * spaces (keepOnOneLine) and give its column room for it; HTML and Markdown leave it as it is. It is
 * not a mark of the editor's schema: no one can type it, and the Markdown writer drops it.
 */
export const NOWRAP_MARK = 'nowrap';

/** A text node that must stay on one line. */
export const nowrapText = (text: string): JSONContent => ({ type: 'text', text, marks: [{ type: NOWRAP_MARK }] });

/** Its spaces become no-break spaces, which Word and pdfmake do not break a line at. */
export const keepOnOneLine = (text: string): string => text.replace(/ /g, '\u00a0');

export function inlineRuns(node: JSONContent): Run[] {
  const runs: Run[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      runs.push({ text: '', break: true });
      continue;
    }
    if (child.type !== 'text' || !child.text) continue;
    const run: Run = { text: child.text };
    for (const mark of child.marks ?? []) {
      if (mark.type === 'bold') run.bold = true;
      else if (mark.type === 'italic') run.italic = true;
      else if (mark.type === 'strike') run.strike = true;
      else if (mark.type === 'underline') run.underline = true;
      else if (mark.type === 'code') run.code = true;
      else if (mark.type === NOWRAP_MARK) run.nowrap = true;
      else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href)) run.href = mark.attrs.href;
    }
    runs.push(run);
  }
  return runs;
}

export function plainText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join(node.type === 'tableRow' ? '\t' : '');
}

/** Clause numbers for the agreement's blocks (clauses become level-3 headings in the export model): the rule in clauseNumbering. */
export function clauseNumbers(blocks: JSONContent[]): Map<JSONContent, string> {
  const numbers = new Map<JSONContent, string>();
  const list = clauseNumbering(blocks.map((b) => ({ type: b.type ?? '', level: b.attrs?.level as number | undefined })));
  blocks.forEach((block, i) => {
    if (list[i]) numbers.set(block, list[i]);
  });
  return numbers;
}

export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatDateIn(iso, locale);
}

/** "Version 12 · 2 December 2026": the cover line of every format (the revision is explained in model.ts). */
export function versionLine(model: { revision: number; generatedAt: string; language?: Locale }): string {
  const locale = model.language ?? DEFAULT_LOCALE;
  return fillLabel(exportLabels(locale).version, { revision: model.revision, date: formatDate(model.generatedAt, locale) });
}
