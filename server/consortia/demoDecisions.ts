import * as Y from 'yjs';
import { decisionFieldKey, decisionsMap, localToday } from '../../shared/decisions.ts';

/** A day `offset` days from `today` (YYYY-MM-DD), in the calendar. */
function dayFrom(today: string, offset: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return localToday(new Date(y!, m! - 1, d! + offset));
}

/**
 * The demo consortium's decisions, so a newcomer sees what they are for: a few taken (agreed, with
 * what was decided and who owns them), some open with due dates, and one overdue. Dates count from
 * the day the demo is created, so "overdue" stays true whenever it is first opened.
 */
export function demoDecisionsUpdate(today = localToday()): Uint8Array {
  const doc = new Y.Doc();
  const decisions: Record<string, { state: string; text?: string; owner: string; due?: number }> = {
    'concept-1': {
      state: 'agreed',
      text: 'We use the definition of the 2022 Council Recommendation: learning outcomes of a small volume of learning, assessed against transparent criteria, owned by the learner and quality assured.',
      owner: 'northbridge',
    },
    'concept-3': { state: 'agreed', text: '20 ECTS at EQF level 6 (bachelor level), taken in one year part-time.', owner: 'northbridge' },
    'curriculum-2': {
      state: 'agreed',
      text: 'Four existing courses are reused as they are; Data ethics (Mar) and the capstone project (Baltic) are built new.',
      owner: 'mar',
    },
    'qualification-3': {
      state: 'proposed',
      text: 'One joint certificate signed by the three rectors, with a qualification supplement.',
      owner: 'northbridge',
      due: 21,
    },
    'examination-2': { state: 'open', owner: 'baltic', due: 35 },
    'business-2': { state: 'open', owner: 'mar', due: -6 },
  };
  const map = decisionsMap(doc);
  doc.transact(() => {
    for (const [key, d] of Object.entries(decisions)) {
      map.set(decisionFieldKey(key, 'state'), d.state);
      map.set(decisionFieldKey(key, 'owner'), d.owner);
      if (d.text) map.set(decisionFieldKey(key, 'text'), d.text);
      if (d.due !== undefined) map.set(decisionFieldKey(key, 'due'), dayFrom(today, d.due));
    }
  });
  return Y.encodeStateAsUpdate(doc);
}
