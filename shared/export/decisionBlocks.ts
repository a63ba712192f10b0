/**
 * A chapter's decisions become an ordinary heading and table in the export model, so every renderer
 * (Markdown, HTML, DOCX, PDF) shows them with its own escaping, like the programme blocks.
 */
import type { JSONContent } from '@tiptap/core';
import { isOverdue, type Decision } from '../decisions.ts';
import { EXPORT_LABELS } from '../i18n/content/exportLabels.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate, nowrapText } from './inline.ts';

export interface ExportDecision {
  key: string;
  title: string;
  state: Decision['state'];
  stateLabel: string;
  text: string;
  /** The owner partner's name. */
  owner: string | null;
  due: string | null;
  overdue: boolean;
}

export function exportDecisions(
  decisions: Decision[],
  partnerName: (id: string) => string,
  today: string,
  locale: Locale = 'en',
): ExportDecision[] {
  return decisions.map((d) => ({
    key: d.key,
    title: d.title,
    state: d.state,
    stateLabel: EXPORT_LABELS[locale].decisionStates[d.state],
    text: d.text,
    owner: d.owner ? partnerName(d.owner) : null,
    due: d.due,
    overdue: isOverdue(d, today),
  }));
}

/** A cell of plain text, or of the given text nodes. */
const cell = (t: string | JSONContent[], header = false): JSONContent => ({
  type: header ? 'tableHeader' : 'tableCell',
  content: [{ type: 'paragraph', content: typeof t !== 'string' ? t : t ? [{ type: 'text', text: t }] : [] }],
});

/** Someone has worked on it: it is no longer open, or has a text, an owner or a due date. */
export const isTouched = (d: ExportDecision) => d.state !== 'open' || d.text !== '' || d.owner !== null || d.due !== null;

/**
 * "Decisions" and a table of the ones people worked on: decision, state, what was decided, owner,
 * due (marked when overdue). Checklist items nobody touched are left out, or a fresh dossier's
 * export would carry 19 tables of empty "Open" rows.
 */
export function decisionBlocks(all: ExportDecision[], locale: Locale = 'en'): JSONContent[] {
  const L = EXPORT_LABELS[locale];
  const decisions = all.filter(isTouched);
  if (!decisions.length) return [];
  const head = [L.decision, L.state, L.decided, L.owner, L.due];
  const rows = decisions.map((d): (string | JSONContent[])[] => [
    d.title,
    d.stateLabel,
    d.text,
    d.owner ?? '',
    // The date stays on one line in Word and PDF; the overdue note may wrap below it.
    d.due ? [nowrapText(formatDate(d.due, locale)), ...(d.overdue ? [{ type: 'text', text: ` (${L.overdue})` }] : [])] : '',
  ]);
  return [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: L.decisions }] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: head.map((h) => cell(h, true)) },
        ...rows.map((r) => ({ type: 'tableRow', content: r.map((c) => cell(c)) })),
      ],
    },
  ];
}
