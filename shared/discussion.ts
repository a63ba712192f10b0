/**
 * The `discussion` document: comment threads, chapter workflow and sign-offs. Only the server
 * writes it (after checking who may do what, see server/consortia/discussion.ts); every member
 * reads it live over sync. Values sit under flat keys, one per field, thread or partner, so that
 * concurrent changes to different things never overwrite each other.
 */
import type * as Y from 'yjs';
import type { ChapterKey } from './chapterTypes.ts';

export const CHAPTER_STATUSES = ['not-started', 'drafting', 'in-review', 'agreed', 'approved'] as const;
export type ChapterStatus = (typeof CHAPTER_STATUSES)[number];
export const STATUS_LABEL: Record<ChapterStatus, string> = {
  'not-started': 'Not started',
  drafting: 'Drafting',
  'in-review': 'In review',
  agreed: 'Agreed',
  approved: 'Approved by the institutions',
};
/** What each status means, shown beside the status select and on the overview. */
export const STATUS_GUIDANCE: Record<ChapterStatus, string> = {
  'not-started': 'Nobody has written this chapter yet.',
  drafting: 'The lead partner is writing the text.',
  'in-review': 'The text is ready: every partner reads it and signs it off.',
  agreed: 'The partners in the consortium agree on the text.',
  approved:
    'Each partner’s institutional bodies (for example the faculty board or the examination board) have approved the text. Only the coordinator sets this, once every partner has signed off the current text.',
};

/** Sign-offs are collected from review on, and kept while the chapter is agreed and approved. */
export const collectsSignOffs = (status: ChapterStatus) => status === 'in-review' || status === 'agreed' || status === 'approved';
/** Agreed by the partners, or further: approved by their institutions. */
export const isSettled = (status: ChapterStatus) => status === 'agreed' || status === 'approved';

export interface Person {
  userId: string;
  name: string;
  partnerId: string;
}

/** Y.RelativePosition JSON of the commented range's ends in the dossier's content fragment. */
export interface ThreadMeta {
  id: string;
  chapter: ChapterKey;
  anchor: { from: Record<string, unknown>; to: Record<string, unknown> };
  quote: string;
  createdAt: string;
  createdBy: Person;
}

export interface ThreadStatus {
  resolved: boolean;
  by: Person;
  at: string;
}

export interface Message {
  id: string;
  threadId: string;
  author: Person;
  at: string;
  text: string;
  mentions: string[];
  editedAt: string | null;
  deleted: boolean;
}

export interface SignOff {
  chapter: ChapterKey;
  partnerId: string;
  by: Person;
  at: string;
  /** chapterVersions() of the dossier when it was signed. */
  version: string;
  /** The history version taken at the sign-off, to compare with now ("what changed since you signed"); absent on sign-offs made before history existed. */
  versionId?: string;
  /** Agreement chapter only: what each live reference showed when it was signed (absent on older sign-offs). */
  refs?: Record<string, string>;
}

export interface Thread extends ThreadMeta {
  resolved: boolean;
  resolvedBy: Person | null;
  messages: Message[];
}

export interface ChapterWorkflow {
  lead: string | null;
  status: ChapterStatus;
  due: string | null;
}

/** The maps of the discussion document, by name. */
export const roots = (doc: Y.Doc) => ({
  threads: doc.getMap<ThreadMeta>('threads'),
  threadStatus: doc.getMap<ThreadStatus>('threadStatus'),
  messages: doc.getMap<Message>('messages'),
  workflow: doc.getMap<string | null>('workflow'),
  signoffs: doc.getMap<SignOff>('signoffs'),
  reads: doc.getMap<number>('reads'),
});

export const messageKey = (threadId: string, messageId: string) => `${threadId}/${messageId}`;
export const workflowKey = (chapter: string, field: keyof ChapterWorkflow) => `${chapter}/${field}`;
export const signoffKey = (chapter: string, partnerId: string) => `${chapter}/${partnerId}`;
/** How many messages of a thread a person had seen when they last read it. */
export const readKey = (userId: string, threadId: string) => `${userId}/${threadId}`;

export function readThreads(doc: Y.Doc): Thread[] {
  const r = roots(doc);
  const byThread = new Map<string, Message[]>();
  r.messages.forEach((m) => {
    const list = byThread.get(m.threadId) ?? [];
    list.push(m);
    byThread.set(m.threadId, list);
  });
  const threads: Thread[] = [];
  r.threads.forEach((meta) => {
    const status = r.threadStatus.get(meta.id);
    threads.push({
      ...meta,
      resolved: status?.resolved ?? false,
      resolvedBy: status?.resolved ? status.by : null,
      messages: (byThread.get(meta.id) ?? []).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
    });
  });
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function readWorkflow(doc: Y.Doc, chapter: string): ChapterWorkflow {
  const w = roots(doc).workflow;
  const status = w.get(workflowKey(chapter, 'status'));
  return {
    lead: (w.get(workflowKey(chapter, 'lead')) as string | null | undefined) ?? null,
    status: (CHAPTER_STATUSES as readonly string[]).includes(status ?? '') ? (status as ChapterStatus) : 'not-started',
    due: (w.get(workflowKey(chapter, 'due')) as string | null | undefined) ?? null,
  };
}

export function readSignoffs(doc: Y.Doc, chapter: string): SignOff[] {
  const list: SignOff[] = [];
  roots(doc).signoffs.forEach((s) => {
    if (s.chapter === chapter) list.push(s);
  });
  return list;
}

/** Unread count for a person: messages by others after what they had seen, per thread. */
export function unreadCount(doc: Y.Doc, thread: Thread, userId: string): number {
  const seen = roots(doc).reads.get(readKey(userId, thread.id)) ?? 0;
  return thread.messages.slice(seen).filter((m) => m.author.userId !== userId && !m.deleted).length;
}

/** `@Name` mentions, matched against member names (longest first, case-insensitive). */
export function findMentions(text: string, members: { userId: string; name: string }[]): string[] {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const m of [...members].sort((a, b) => b.name.length - a.name.length)) {
    if (!m.name) continue;
    const needle = `@${m.name.toLowerCase()}`;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      // "@Anna de Vriesx" is not a mention of Anna de Vries.
      if (!/[\p{L}\p{N}]/u.test(lower[at + needle.length] ?? '')) {
        found.add(m.userId);
        break;
      }
    }
  }
  return [...found];
}
