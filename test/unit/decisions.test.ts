import { CHAPTER_CHECKLISTS } from '../../shared/chapterChecklists.ts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CHAPTERS } from '../../shared/chapters.ts';
import {
  countDecisions,
  decisionFieldKey,
  decisionsMap,
  findDecision,
  isOverdue,
  ownDecisionKey,
  readDecisions,
  type Decision,
} from '../../shared/decisions.ts';
import { CreateDecision, UpdateDecision } from '../../shared/decisionCommands.ts';
import { demoDecisionsUpdate } from '../../server/consortia/demoDecisions.ts';
import { decisionBlocks, exportDecisions } from '../../shared/export/decisionBlocks.ts';
import { plainText } from '../../shared/export/inline.ts';

const set = (doc: Y.Doc, key: string, field: Parameters<typeof decisionFieldKey>[1], value: string | null) =>
  decisionsMap(doc).set(decisionFieldKey(key, field), value);

describe('decision model', () => {
  it('makes every checklist item a decision with a stable key, open and unowned until someone changes it', () => {
    const all = readDecisions(new Y.Doc());
    expect(all).toHaveLength(CHAPTERS.reduce((n, c) => n + CHAPTER_CHECKLISTS[c.key].length, 0));
    const concept = readDecisions(new Y.Doc(), 'concept');
    expect(concept.map((d) => d.key)).toEqual(CHAPTER_CHECKLISTS[CHAPTERS[0]!.key].map((_, i) => `concept-${i + 1}`));
    expect(concept[0]).toEqual({
      key: 'concept-1',
      chapter: 'concept',
      title: CHAPTER_CHECKLISTS[CHAPTERS[0]!.key][0],
      own: false,
      state: 'open',
      text: '',
      owner: null,
      due: null,
      thread: null,
    });
  });

  it('reads stored fields, ignores an unknown state, and lists decisions people added after the checklist, oldest first', () => {
    const doc = new Y.Doc();
    set(doc, 'concept-2', 'state', 'agreed');
    set(doc, 'concept-2', 'text', 'A short learning programme');
    set(doc, 'concept-2', 'owner', 'mar');
    set(doc, 'concept-3', 'state', 'finished?');
    for (const [id, created, title] of [
      ['b', '2026-12-02T10:00:00Z', 'Second'],
      ['a', '2026-12-01T10:00:00Z', 'First'],
    ] as const) {
      set(doc, ownDecisionKey('concept', id), 'chapter', 'concept');
      set(doc, ownDecisionKey('concept', id), 'created', created);
      set(doc, ownDecisionKey('concept', id), 'title', title);
    }
    const concept = readDecisions(doc, 'concept');
    expect(concept[1]).toMatchObject({ state: 'agreed', text: 'A short learning programme', owner: 'mar' });
    expect(concept[2]!.state).toBe('open');
    expect(concept.slice(-2).map((d) => [d.key, d.title, d.own])).toEqual([
      ['concept-own-a', 'First', true],
      ['concept-own-b', 'Second', true],
    ]);
    expect(findDecision(doc, 'concept-own-b')?.title).toBe('Second');
    expect(findDecision(doc, 'concept-99')).toBeUndefined();
    expect(findDecision(doc, 'nowhere-1')).toBeUndefined();
  });

  it('keeps both of two concurrent changes to different fields of one decision', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    set(a, 'curriculum-1', 'owner', 'baltic');
    set(b, 'curriculum-1', 'state', 'agreed');
    set(b, 'curriculum-1', 'text', 'Six outcomes');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b])
      expect(findDecision(doc, 'curriculum-1')).toMatchObject({ owner: 'baltic', state: 'agreed', text: 'Six outcomes' });
  });
});

describe('decision commands', () => {
  const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('accepts a full change and turns an empty owner into none', () => {
    const ok = UpdateDecision.parse({
      state: 'agreed',
      text: '  Twenty ECTS ',
      owner: '',
      due: '2027-03-15',
      thread: '0b0c4a6e-7d63-4d0e-9c1e-2f4a55d4e0a1',
    });
    expect(ok).toEqual({
      state: 'agreed',
      text: 'Twenty ECTS',
      owner: null,
      due: '2027-03-15',
      thread: '0b0c4a6e-7d63-4d0e-9c1e-2f4a55d4e0a1',
    });
    expect(UpdateDecision.parse({ due: null, thread: null })).toEqual({ due: null, thread: null });
  });

  it('refuses bad values field by field', () => {
    const r = UpdateDecision.safeParse({ state: 'done', due: '2027-02-31', thread: 'not-an-id', text: 'x'.repeat(4001) });
    expect(
      issues(r)
        .map(([path]) => path)
        .sort(),
    ).toEqual(['due', 'state', 'text', 'thread']);
    expect(issues(r).find(([p]) => p === 'due')?.[1]).toBe('This is not a real date.');
    expect(issues(UpdateDecision.safeParse({ due: '15/03/2027' }))[0]?.[1]).toMatch(/YYYY-MM-DD/);
    expect(UpdateDecision.safeParse({ colour: 'red' }).success).toBe(false);
    expect(issues(CreateDecision.safeParse({ chapter: 'concept', title: '   ' }))).toEqual([['title', 'Say what has to be decided.']]);
    expect(CreateDecision.safeParse({ chapter: 'nowhere', title: 'x' }).success).toBe(false);
  });
});

describe('overview counts', () => {
  const d = (over: Partial<Decision>): Decision => ({
    key: 'concept-1',
    chapter: 'concept',
    title: 't',
    own: false,
    state: 'open',
    text: '',
    owner: null,
    due: null,
    thread: null,
    ...over,
  });

  it('counts open and proposed decisions per chapter and per owner, and overdue ones past their due day', () => {
    const today = '2026-12-02';
    const list = [
      d({ owner: 'mar', due: '2026-12-01' }),
      d({ state: 'proposed', owner: 'mar', due: '2026-12-02' }),
      d({ chapter: 'business', owner: 'baltic' }),
      d({ chapter: 'business' }),
      d({ state: 'agreed', owner: 'mar', due: '2026-01-01' }),
      d({ state: 'deferred', chapter: 'business', due: '2026-01-01' }),
    ];
    expect(isOverdue(list[0]!, today)).toBe(true);
    expect(isOverdue(list[1]!, today)).toBe(false); // due today is not late yet
    const { byChapter, byPartner } = countDecisions(list, today);
    expect(Object.fromEntries(byChapter)).toEqual({ concept: { open: 2, overdue: 1 }, business: { open: 2, overdue: 0 } });
    expect(Object.fromEntries(byPartner)).toEqual({
      mar: { open: 2, overdue: 1 },
      baltic: { open: 1, overdue: 0 },
      '': { open: 1, overdue: 0 },
    });
  });
});

describe('demo decisions and exports', () => {
  it('shows decisions taken, open ones with due dates and exactly one overdue', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, demoDecisionsUpdate('2026-12-02'));
    const all = readDecisions(doc);
    const agreed = all.filter((x) => x.state === 'agreed');
    expect(agreed.length).toBeGreaterThanOrEqual(3);
    for (const a of agreed) expect(a.text && a.owner).toBeTruthy();
    expect(all.filter((x) => x.state !== 'agreed' && x.due && x.due >= '2026-12-02').length).toBeGreaterThanOrEqual(2);
    expect(all.filter((x) => isOverdue(x, '2026-12-02')).map((x) => [x.key, x.due])).toEqual([['business-2', '2026-11-26']]);
  });

  it('exports the decisions people worked on as a table with state, text, owner and due', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, demoDecisionsUpdate('2026-12-02'));
    const name = (id: string) => ({ mar: 'Universitat del Mar' })[id] ?? id;
    const business = exportDecisions(readDecisions(doc, 'business'), name, '2026-12-02');
    const blocks = decisionBlocks(business);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'table']);
    const rows = (blocks[1]!.content ?? []).map((r) => (r.content ?? []).map(plainText));
    expect(rows).toEqual([
      ['Decision', 'State', 'What was decided', 'Owner', 'Due'],
      ['Set the joint fee for individual and employer enrolments', 'Open', '', 'Universitat del Mar', '26 November 2026 (overdue)'],
    ]);
    expect(decisionBlocks(exportDecisions(readDecisions(new Y.Doc(), 'concept'), name, '2026-12-02'))).toEqual([]);
  });
});
