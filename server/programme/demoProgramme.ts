import * as Y from 'yjs';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { FACTS_NODE } from '../../shared/programme/blocks.ts';
import { emptyAttrs, FACTS_FIELDS, UNIT_FIELDS, type FactsAttrs, type UnitAttrs } from '../../shared/programme/fields.ts';
import { dossierSeedUpdate } from '../consortia/seed.ts';
import { appendUnits } from './programmeService.ts';
import { writeDemoAgreement } from '../agreement/demoAgreement.ts';

/**
 * The demo consortium's sample programme: 20 ECTS at EQF 6, six units from three partners, with
 * one deliberate finding (a unit planned at 22.5 hours per ECTS) so a newcomer sees a check at work.
 */
const outcomes = (...list: [string, string][]) => JSON.stringify(list.map(([id, text]) => ({ id, text })));
const serves = (...list: [string, ...string[]][]) => JSON.stringify(list.map(([text, ...ids]) => ({ text, serves: ids })));

const FACTS: FactsAttrs = {
  ...emptyAttrs(FACTS_FIELDS),
  id: 'facts-demo',
  title: 'Applied Data Literacy for Public-Sector Professionals',
  otherTitles: 'nl: Toegepaste datageletterdheid; es: Alfabetización de datos aplicada; lt: Taikomasis duomenų raštingumas',
  programmeType: 'Short learning programme (joint micro-credential)',
  totalEcts: '20',
  minElectiveEcts: '4',
  eqf: '6',
  nqf: 'NL 6; ES MECES 2; LT 6',
  iscedField: '0688 Inter-disciplinary programmes involving ICT',
  awardingBodies: '["northbridge","mar","baltic"]',
  participation: 'online',
  languages: 'English',
  assessmentLanguages: 'English',
  qualityAssurance:
    'Programme-level QA by the University of Northbridge as lead institution, within its accredited internal QA system; each partner keeps QA of the units it teaches.',
  prerequisites: 'Bachelor degree, or equivalent work experience assessed through recognition of prior learning',
  gradingScheme: 'Pass/fail per unit, with the ECTS grading table in the supplement',
  stackability: 'stackable',
  stackableInto: 'Elective space in the partners’ master programmes in public administration and data science',
  learnerIdentification: 'Full name, date of birth and student number at the registering partner',
  issuing: 'A joint digital credential issued by the lead within four weeks of the final exam board, dated on the board’s decision',
  furtherInfo: 'https://example.org/applied-data-literacy',
  outcomes: outcomes(
    ['PO1', 'Locate, assess and prepare public-sector data sets for analysis'],
    ['PO2', 'Analyse data with sound statistical methods and state the limits of the results'],
    ['PO3', 'Present findings to non-specialists through clear visualisations'],
    ['PO4', 'Apply data-protection law and research ethics to data projects'],
  ),
};

const unit = (over: Partial<UnitAttrs>): UnitAttrs =>
  ({
    ...emptyAttrs(UNIT_FIELDS),
    ects: '4',
    eqf: '6',
    mode: 'online',
    language: 'English',
    kind: 'compulsory',
    origin: 'existing',
    idVerification: 'supervised-with-id',
    ...over,
  }) as UnitAttrs;

const UNITS: UnitAttrs[] = [
  unit({
    id: 'unit-demo-101',
    code: 'ADL-101',
    title: 'Data foundations for public services',
    partners: '["northbridge"]',
    hours: '100',
    assessment: 'assignment',
    period: 'Sep–Oct',
    outcomes: serves(['Find and judge the quality of open and internal data sources', 'PO1']),
  }),
  unit({
    id: 'unit-demo-102',
    code: 'ADL-102',
    title: 'Statistics for policy analysis',
    partners: '["mar"]',
    hours: '90',
    assessment: 'written-exam',
    period: 'Oct–Nov',
    outcomes: serves(['Choose and run descriptive and inferential analyses', 'PO2']),
  }),
  unit({
    id: 'unit-demo-103',
    code: 'ADL-103',
    title: 'Data visualisation and storytelling',
    partners: '["baltic"]',
    hours: '110',
    assessment: 'portfolio',
    origin: 'new',
    period: 'Nov–Dec',
    outcomes: serves(['Design charts and dashboards for a lay audience', 'PO3']),
  }),
  unit({
    id: 'unit-demo-104',
    code: 'ADL-104',
    title: 'Data protection and ethics',
    partners: '["northbridge","mar"]',
    hours: '100',
    assessment: 'project',
    origin: 'new',
    period: 'Jan–Feb',
    outcomes: serves(['Run a data-protection impact assessment', 'PO4'], ['Document data lineage for audit', 'PO1']),
  }),
  unit({
    id: 'unit-demo-201',
    code: 'ADL-201',
    title: 'Open government data lab',
    partners: '["baltic"]',
    hours: '110',
    kind: 'elective',
    assessment: 'project',
    period: 'Mar–Apr',
    outcomes: serves(['Publish a reusable open data set with a short report', 'PO1', 'PO3']),
  }),
  unit({
    id: 'unit-demo-202',
    code: 'ADL-202',
    title: 'Machine learning basics for policy',
    partners: '["mar"]',
    hours: '110',
    kind: 'elective',
    assessment: 'assignment',
    period: 'Mar–Apr',
    outcomes: serves(['Train and evaluate a simple classifier on policy data', 'PO2']),
  }),
];

const DEMO_CLIENT_ID = 2;
let cached: Promise<Uint8Array> | undefined;

/** The seeded dossier plus the sample programme, built with a fixed client id so the bytes are the same on every start. */
export function demoDossierUpdate(): Promise<Uint8Array> {
  cached ??= buildDemoDossier();
  return cached;
}

async function buildDemoDossier(): Promise<Uint8Array> {
  const doc = new Y.Doc();
  doc.clientID = DEMO_CLIENT_ID;
  Y.applyUpdate(doc, await dossierSeedUpdate());
  doc.transact(() => {
    const qualification = doc
      .getXmlFragment(DOSSIER_FRAGMENT)
      .toArray()
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute('key') === 'qualification')!;
    const facts = new Y.XmlElement(FACTS_NODE);
    for (const [k, v] of Object.entries(FACTS)) facts.setAttribute(k, v);
    qualification.insert(0, [facts]);
    appendUnits(doc, UNITS);
    writeDemoAgreement(doc);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
