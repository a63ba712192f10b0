import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { CHAPTERS } from '../../shared/chapters.ts';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { roots, signoffKey, workflowKey } from '../../shared/discussion.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { buildExportModel, type ExportModel } from '../../shared/export/model.ts';
import type { Partner } from '../../shared/api.ts';

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const h = (level: 3 | 4, t: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const li = (t: string): JSONContent => ({ type: 'listItem', content: [p(text(t))] });
const cell = (type: 'tableHeader' | 'tableCell', t: string): JSONContent => ({ type, content: [p(text(t))] });

/** Text that must come out inert in every format. */
export const HOSTILE = '<script>alert(1)</script> *not bold* # not a heading =SUM(A1:A9) [x](javascript:alert(1))';

export const PARTNERS: Partner[] = [
  {
    id: 'northbridge',
    name: 'University of Northbridge',
    country: 'NL',
    type: 'degree-awarding',
    contactName: 'Anna de Vries',
    contactEmail: '',
    signatoryName: 'Prof. Pieter Jansen',
    signatoryRole: 'Rector',
  },
  {
    id: 'mar',
    name: 'Universitat del Mar',
    country: 'ES',
    type: 'degree-awarding',
    contactName: 'Jordi Puig',
    contactEmail: '',
    signatoryName: 'Dra. Laura Vidal',
    signatoryRole: 'Vice-Rector for Education',
  },
  {
    id: 'baltic',
    name: 'Baltic Technical University',
    country: 'LT',
    type: 'degree-awarding',
    contactName: 'Rūta Kazlauskienė',
    contactEmail: '',
    signatoryName: 'Prof. Tomas Petrauskas',
    signatoryRole: 'Rector',
  },
];

/** Chapter content used by the export tests: headings, marks, lists, a table, links (one unsafe), non-Latin text and hostile text. */
export const CONTENT: Partial<Record<string, JSONContent[]>> = {
  vision: [
    h(3, 'Purpose and learners served'),
    p(
      text('We train '),
      text('working professionals', [{ type: 'bold' }]),
      text(' in '),
      text('green skills', [{ type: 'italic' }]),
      text(' across Europe: Łódź, Győr, Čech, Ελληνικά.'),
    ),
    { type: 'bulletList', content: [li('Flexible online study'), li('Stackable units')] },
    { type: 'orderedList', attrs: { start: 1 }, content: [li('First principle'), li('Second principle')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Unit'), cell('tableHeader', 'ECTS')] },
        { type: 'tableRow', content: [cell('tableCell', 'Data literacy'), cell('tableCell', '5')] },
        { type: 'tableRow', content: [cell('tableCell', 'Sustainability'), cell('tableCell', '6')] },
      ],
    },
    p(
      text('See '),
      text('the EADTU site', [{ type: 'link', attrs: { href: 'https://eadtu.eu/' } }]),
      text(' and '),
      text('this unsafe link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text('.'),
    ),
    h(3, 'Guiding principles'),
    p(text(HOSTILE)),
  ],
  agreement: [
    h(3, 'Parties and purpose'),
    p(text('The parties agree to run the programme jointly.')),
    h(4, 'Definitions'),
    p(text('Terms have the meaning given in the annex.')),
    h(3, 'Governance'),
    p(text('A steering committee meets twice a year.')),
  ],
};

export function fixtureDocs(): { dossier: Y.Doc; discussion: Y.Doc } {
  const dossier = new Y.Doc();
  const json: JSONContent = {
    type: 'doc',
    content: CHAPTERS.map((c) => ({ type: 'chapter', attrs: { key: c.key }, content: CONTENT[c.key] ?? [p()] })),
  };
  prosemirrorJSONToYXmlFragment(dossierSchema(), json, dossier.getXmlFragment(DOSSIER_FRAGMENT));
  const discussion = new Y.Doc();
  const r = roots(discussion);
  const versions = chapterVersions(dossier);
  r.workflow.set(workflowKey('vision', 'status'), 'in-review');
  r.workflow.set(workflowKey('vision', 'lead'), 'mar');
  r.signoffs.set(signoffKey('vision', 'northbridge'), {
    chapter: 'vision',
    partnerId: 'northbridge',
    by: { userId: 'u1', name: 'Anna de Vries', partnerId: 'northbridge' },
    at: '2026-11-20T10:00:00.000Z',
    version: versions.get('vision')!,
  });
  r.signoffs.set(signoffKey('vision', 'mar'), {
    chapter: 'vision',
    partnerId: 'mar',
    by: { userId: 'u2', name: 'Jordi Puig', partnerId: 'mar' },
    at: '2026-11-21T10:00:00.000Z',
    version: 'older-text',
  });
  const threadId = '00000000-0000-4000-8000-000000000001';
  r.threads.set(threadId, {
    id: threadId,
    chapter: 'vision',
    anchor: { from: {}, to: {} },
    quote: 'green skills',
    createdAt: '2026-11-22T09:00:00.000Z',
    createdBy: { userId: 'u3', name: 'Quinn QA', partnerId: 'baltic' },
  });
  r.messages.set(`${threadId}/m1`, {
    id: 'm1',
    threadId,
    author: { userId: 'u3', name: 'Quinn QA', partnerId: 'baltic' },
    at: '2026-11-22T09:00:00.000Z',
    text: 'Which skills exactly? <b>bold?</b>',
    mentions: [],
    editedAt: null,
    deleted: false,
  });
  return { dossier, discussion };
}

export function fixtureModel(chapter?: 'vision' | 'agreement', includeComments = false): ExportModel {
  const { dossier, discussion } = fixtureDocs();
  return buildExportModel({
    dossier,
    discussion,
    consortium: { id: 'demo', name: 'Digital Skills Alliance', programmeTitle: 'Applied Data Literacy', partners: PARTNERS },
    chapter,
    includeComments,
    now: new Date('2026-11-28T12:00:00Z'),
  });
}
