/**
 * Decisions: each chapter's checklist items, and decisions people add to a chapter themselves, with
 * a state, what was decided, an owner partner, a due date and an optional comment thread. They live
 * in the discussion document (written only by the server, server/consortia/decisions.ts) in the
 * `decisions` map under flat keys `<decision>/<field>`, one entry per field, so two people changing
 * different fields of one decision at the same moment both keep their change.
 */
import type * as Y from 'yjs';
import { CHAPTERS } from './chapters.ts';
import { CHAPTER_CHECKLISTS } from './chapterChecklists.ts';
import { CHAPTER_KEYS, type ChapterKey } from './chapterTypes.ts';

export const DECISION_STATES = ['open', 'proposed', 'agreed', 'deferred'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];
export const DECISION_STATE_LABEL: Record<DecisionState, string> = {
  open: 'Open',
  proposed: 'Proposed',
  agreed: 'Agreed',
  deferred: 'Deferred',
};

export interface Decision {
  /** Stable: `<chapter>-<n>` for the chapter's n-th checklist item, `<chapter>-own-<id>` for one people added. */
  key: string;
  chapter: ChapterKey;
  /** What has to be decided (the checklist item, or the title its author gave it). */
  title: string;
  /** Added by people, not from the chapter's checklist. */
  own: boolean;
  state: DecisionState;
  /** What was decided (or is proposed). */
  text: string;
  /** The partner id that owns the decision (accounts may notify its members before `due`). */
  owner: string | null;
  /** YYYY-MM-DD. */
  due: string | null;
  /** Id of a comment thread where it is discussed. */
  thread: string | null;
}

/** The fields a command may change; `title` only on decisions people added. */
export type DecisionField = 'state' | 'text' | 'owner' | 'due' | 'thread' | 'title';
/** Fields stored per decision: the changeable ones, plus a created decision's chapter and time. */
type StoredField = DecisionField | 'chapter' | 'created';

export const decisionsMap = (doc: Y.Doc) => doc.getMap<string | null>('decisions');
export const decisionFieldKey = (decision: string, field: StoredField) => `${decision}/${field}`;
export const checklistDecisionKey = (chapter: string, index: number) => `${chapter}-${index + 1}`;
export const ownDecisionKey = (chapter: string, id: string) => `${chapter}-own-${id}`;

const isState = (v: unknown): v is DecisionState => (DECISION_STATES as readonly string[]).includes(v as string);

function fill(map: Y.Map<string | null>, base: Pick<Decision, 'key' | 'chapter' | 'title' | 'own'>): Decision {
  const get = (field: StoredField) => map.get(decisionFieldKey(base.key, field)) ?? null;
  const state = get('state');
  return {
    ...base,
    title: base.own ? (get('title') ?? base.title) : base.title,
    state: isState(state) ? state : 'open',
    text: get('text') ?? '',
    owner: get('owner') || null,
    due: get('due') || null,
    thread: get('thread') || null,
  };
}

/** Every decision of the dossier: per chapter in order, its checklist items first, then the ones people added (oldest first). */
export function readDecisions(doc: Y.Doc, chapter?: string): Decision[] {
  const map = decisionsMap(doc);
  const own = new Map<string, { key: string; chapter: ChapterKey; created: string }[]>();
  map.forEach((value, key) => {
    if (!key.endsWith('/chapter') || !(CHAPTER_KEYS as readonly string[]).includes(value ?? '')) return;
    const decision = key.slice(0, -'/chapter'.length);
    const list = own.get(value!) ?? [];
    list.push({ key: decision, chapter: value as ChapterKey, created: map.get(decisionFieldKey(decision, 'created')) ?? '' });
    own.set(value!, list);
  });
  const out: Decision[] = [];
  for (const def of CHAPTERS) {
    if (chapter && def.key !== chapter) continue;
    CHAPTER_CHECKLISTS[def.key].forEach((title, i) =>
      out.push(fill(map, { key: checklistDecisionKey(def.key, i), chapter: def.key, title, own: false })),
    );
    const added = (own.get(def.key) ?? []).sort((a, b) => a.created.localeCompare(b.created) || a.key.localeCompare(b.key));
    for (const d of added) out.push(fill(map, { key: d.key, chapter: d.chapter, title: '', own: true }));
  }
  return out;
}

export function findDecision(doc: Y.Doc, key: string): Decision | undefined {
  const chapter = CHAPTER_KEYS.find((c) => key.startsWith(`${c}-`));
  return chapter ? readDecisions(doc, chapter).find((d) => d.key === key) : undefined;
}

/** Still to be taken: open or proposed (agreed and deferred ones are settled for now). */
export const isPending = (d: Decision) => d.state === 'open' || d.state === 'proposed';
/** Pending and its due date (YYYY-MM-DD) is before `today`. */
export const isOverdue = (d: Decision, today: string) => isPending(d) && d.due !== null && d.due < today;

export interface DecisionCount {
  open: number;
  overdue: number;
}

/** Open and overdue decisions per chapter and per owner partner (`''` for decisions without an owner), for the overview. */
export function countDecisions(
  decisions: Decision[],
  today: string,
): { byChapter: Map<string, DecisionCount>; byPartner: Map<string, DecisionCount> } {
  const byChapter = new Map<string, DecisionCount>();
  const byPartner = new Map<string, DecisionCount>();
  const add = (map: Map<string, DecisionCount>, key: string, overdue: boolean) => {
    const c = map.get(key) ?? { open: 0, overdue: 0 };
    c.open++;
    if (overdue) c.overdue++;
    map.set(key, c);
  };
  for (const d of decisions) {
    if (!isPending(d)) continue;
    const overdue = isOverdue(d, today);
    add(byChapter, d.chapter, overdue);
    add(byPartner, d.owner ?? '', overdue);
  }
  return { byChapter, byPartner };
}

/** Today as YYYY-MM-DD in the local calendar (a due date is a day, not a moment). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
