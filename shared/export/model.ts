/**
 * What every exporter renders: built from the Yjs documents (never the DOM), so the server can
 * export a dossier nobody has open, and the browser could do the same from its own copy.
 * Guidance is not part of the dossier content, so it can never be exported.
 */
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { CHAPTERS } from '../chapters.ts';
import type { ChapterKey } from '../chapterTypes.ts';
import { chapterVersions, hashString } from '../chapterVersion.ts';
import { readSignoffs, readThreads, readWorkflow, type ChapterStatus } from '../discussion.ts';
import { checklistTitle, chapterTitle, type ChapterHelp } from '../i18n/chapterText.ts';
import { statusLabel } from '../i18n/content/terms.ts';
import { exportLabels } from '../i18n/content/exportLabels.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { DOSSIER_FRAGMENT } from '../names.ts';
import { dossierSchema } from '../schema/extensions.ts';
import { SEED_CLIENT_ID } from '../template.ts';
import type { Partner } from '../api.ts';
import { slugify } from '../api.ts';

import { FORMAT_FILE_TITLE, FORMAT_INFO, type ExportFormat } from './formats.ts';
import { expandProgrammeBlocks } from './programmeBlocks.ts';
import { expandClauses } from './agreementBlocks.ts';
import { resolveRefs } from '../agreement/references.ts';
import { readApprovals } from '../execution.ts';
import { formatDate } from './inline.ts';
import { decisionBlocks, exportDecisions, type ExportDecision } from './decisionBlocks.ts';
import { localToday, readDecisions } from '../decisions.ts';
import { blocksFromJson, programmeReport, type ProgrammeReport } from '../programme/blocks.ts';
export { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from './formats.ts';

export interface ExportSignOff {
  partnerId: string;
  partnerName: string;
  name: string;
  date: string;
  /** False when the chapter changed after this sign-off. */
  current: boolean;
}

export interface ExportApproval {
  partnerId: string;
  /** "Senate, 10 February 2026, S-2026-014", in the export's language, with a note when the text changed since. */
  text: string;
  /** False when the chapter changed after the sign-off this approval follows. */
  current: boolean;
}

export interface ExportChapter {
  key: ChapterKey;
  number: number;
  title: string;
  status: ChapterStatus;
  statusLabel: string;
  lead: string | null;
  due: string | null;
  /** The chapter's blocks as ProseMirror JSON (paragraph, heading, lists, table, blockquote, codeBlock, horizontalRule). */
  blocks: JSONContent[];
  signoffs: ExportSignOff[];
  /** Each partner's institutional approval (its senate, board…), shown as a column of the sign-off table. */
  approvals: ExportApproval[];
  /** The chapter's decisions (also shown as a table at the end of `blocks`, except in the agreement, whose headings are its clauses). */
  decisions: ExportDecision[];
  /** The consortium agreement: numbered clauses and a signature block per partner. */
  agreement: boolean;
}

export interface ExportThread {
  chapterTitle: string;
  quote: string;
  resolved: boolean;
  messages: { author: string; partnerName: string; date: string; text: string }[];
}

export interface ExportModel {
  consortium: { id: string; name: string; programmeTitle: string; partners: Partner[] };
  /** The consortium's document language: every fixed label of the export is in it (never the dossier's own text). */
  language: Locale;
  /** "Shared vision", or "Programme dossier" for the whole dossier. */
  title: string;
  whole: boolean;
  generatedAt: string;
  /** Short fingerprint of the exported text, to tell two exports of different text apart (shown small, as "ref"). */
  version: string;
  /** The dossier's revision: how many changes people have made to it (see revisionOf); what the cover calls "Version". */
  revision: number;
  chapters: ExportChapter[];
  /** Open threads, when asked for as an appendix. */
  comments: ExportThread[] | null;
  /** The programme as data with its checks (the chapters show it as tables). */
  programme: ProgrammeReport;
}

export interface ExportRequest {
  dossier: Y.Doc;
  discussion: Y.Doc;
  consortium: ExportModel['consortium'];
  chapter?: ChapterKey;
  includeComments?: boolean;
  now?: Date;
  /** Fixed labels, chapter titles, statuses and clause headings in this language; English when left out. */
  language?: Locale;
  /** The checklist in `language` (loaded by the caller: guidance is a chunk per language); English titles without it. */
  help?: ChapterHelp;
}

/**
 * A version number a reader understands, read from the stored document itself: every character,
 * block or mark someone added and every one they removed counts one (Yjs numbers each client's
 * insertions consecutively and keeps deletions in a delete set), the server's seed does not. It
 * only grows, and two exports of the same text carry the same number.
 */
export function revisionOf(doc: Y.Doc): number {
  let count = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) if (client !== SEED_CLIENT_ID) count += clock;
  for (const ranges of Y.createDeleteSetFromStructStore(doc.store).clients.values()) for (const range of ranges) count += range.len;
  return count;
}

/** The dossier's content as ProseMirror JSON, read from a copy: a read with the schema may edit the doc it reads. */
export function dossierJson(doc: Y.Doc): JSONContent {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const root = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(DOSSIER_FRAGMENT), dossierSchema());
  copy.destroy();
  return root.toJSON() as JSONContent;
}

export function buildExportModel(req: ExportRequest): ExportModel {
  const json = dossierJson(req.dossier);
  const versions = chapterVersions(req.dossier);
  const partnerName = (id: string | null) => req.consortium.partners.find((p) => p.id === id)?.name ?? id ?? '';
  const wanted = CHAPTERS.filter((c) => !req.chapter || c.key === req.chapter);
  const partnerRefs = req.consortium.partners.map((p) => ({ id: p.id, name: p.name, country: p.country }));
  const blocksByKey = new Map<string, JSONContent[]>();
  const programmeBlocks = blocksFromJson(json);
  const refs = resolveRefs({ partners: req.consortium.partners, blocks: programmeBlocks, decisions: readDecisions(req.discussion) });
  const language = req.language ?? DEFAULT_LOCALE;
  for (const node of json.content ?? [])
    if (node.type === 'chapter')
      blocksByKey.set(
        String(node.attrs?.key),
        expandProgrammeBlocks(expandClauses(node.content ?? [], refs, language), partnerRefs, language),
      );

  const today = localToday(req.now);
  const chapters: ExportChapter[] = wanted.map((def) => {
    const workflow = readWorkflow(req.discussion, def.key);
    const decisions = exportDecisions(
      readDecisions(req.discussion, def.key).map((d, i) => (d.own ? d : { ...d, title: checklistTitle(req.help, def.key, i) })),
      (id) => partnerName(id),
      today,
      language,
    );
    const blocks = blocksByKey.get(def.key) ?? [];
    return {
      key: def.key,
      number: def.number,
      title: chapterTitle(def.key, language),
      status: workflow.status,
      statusLabel: statusLabel(workflow.status, language),
      lead: workflow.lead ? partnerName(workflow.lead) : null,
      due: workflow.due,
      blocks: def.key === 'agreement' ? blocks : [...blocks, ...decisionBlocks(decisions, language)],
      decisions,
      signoffs: readSignoffs(req.discussion, def.key)
        .map((s) => ({
          partnerId: s.partnerId,
          partnerName: partnerName(s.partnerId),
          name: s.by.name,
          date: s.at.slice(0, 10),
          current: versions.get(def.key) === s.version,
        }))
        .sort((a, b) => a.partnerName.localeCompare(b.partnerName)),
      approvals: exportApprovals(req.discussion, def.key, versions.get(def.key), language),
      agreement: def.key === 'agreement',
    };
  });

  const keys = new Set(wanted.map((c) => c.key as string));
  const comments = req.includeComments
    ? readThreads(req.discussion)
        .filter((t) => !t.resolved && keys.has(t.chapter))
        .map((t) => ({
          chapterTitle: CHAPTERS.some((c) => c.key === t.chapter) ? chapterTitle(t.chapter as ChapterKey, language) : t.chapter,
          quote: t.quote,
          resolved: t.resolved,
          messages: t.messages
            .filter((m) => !m.deleted)
            .map((m) => ({ author: m.author.name, partnerName: partnerName(m.author.partnerId), date: m.at.slice(0, 10), text: m.text })),
        }))
    : null;

  return {
    consortium: req.consortium,
    language,
    title: req.chapter ? (wanted[0] ? chapterTitle(wanted[0].key, language) : req.chapter) : exportLabels(language).dossierTitle,
    whole: !req.chapter,
    generatedAt: (req.now ?? new Date()).toISOString(),
    version: hashString(wanted.map((c) => versions.get(c.key) ?? '').join('|')).slice(0, 8),
    revision: revisionOf(req.dossier),
    chapters,
    comments,
    programme: programmeReport(programmeBlocks, partnerRefs),
  };
}

function exportApprovals(discussion: Y.Doc, chapter: string, version: string | undefined, language: Locale): ExportApproval[] {
  const L = exportLabels(language);
  return readApprovals(discussion, chapter).map((a) => {
    const current = a.version === version;
    // The date is what a person typed: only a real calendar date is reformatted.
    const formatted = /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? formatDate(a.date, language) : a.date;
    const day = formatted === 'Invalid Date' ? a.date : formatted;
    const parts = [a.body, day, a.reference].filter(Boolean).join(', ');
    return { partnerId: a.partnerId, text: current ? parts : `${parts} (${L.changedSince})`, current };
  });
}

/** `<consortium>-shared-vision-2026-11-28.docx`, `<consortium>-europass-elm-2026-11-28.jsonld` */
export function exportFileName(model: ExportModel, format: ExportFormat): string {
  const title = FORMAT_FILE_TITLE[format] ?? slugify(model.title);
  return `${model.consortium.id}-${title}-${model.generatedAt.slice(0, 10)}.${FORMAT_INFO[format].ext}`;
}
