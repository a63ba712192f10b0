import { CHAPTER_KEYS, type ChapterDefinition, type ChapterKey } from './chapterTypes.ts';

/**
 * The 19 chapters of the dossier, in the order of the EADTU guidelines for a joint
 * micro-credential programme (Henderikx, Ubachs & Antonaci, 2022). Product copy: titles,
 * summaries and starter prompts; the guidance and decision checklists are in `chapterGuidance.ts`
 * (the browser loads them when someone opens a chapter's guidance, not with the page).
 */
export const CHAPTERS: readonly ChapterDefinition[] = [
  {
    key: 'concept',
    number: 1,
    title: 'The micro-credential concept',
    summary: 'Settles what the consortium means by a micro-credential programme, and its type, size and level.',
    prompts: ['Working definition', 'Programme type, size and level', 'Target audience', 'Glossary'],
  },
  {
    key: 'overview',
    number: 2,
    title: 'Design roadmap',
    summary: 'Settles the order of the design steps, who owns each one and how decisions reach approval.',
    prompts: ['Roadmap and milestones', 'Owners and deadlines', 'Dependencies', 'Approval gates'],
  },
  {
    key: 'alignment',
    number: 3,
    title: 'European and national alignment',
    summary: 'Settles how the programme fits EU policy, the Bologna tools and the rules of each partner country.',
    prompts: ['EU policy references', 'National rules per country', 'Institutional strategies'],
  },
  {
    key: 'objectives',
    number: 4,
    title: 'Macro-objectives',
    summary: 'Settles what the consortium wants the programme to achieve and how success will be measured.',
    prompts: ['Strategic rationale', 'Objectives and targets', 'Link to institutional strategies'],
  },
  {
    key: 'partnership',
    number: 5,
    title: 'The partnership',
    summary: 'Settles who the partners are, what role each plays and what each contributes.',
    prompts: ['Partners and roles', 'External stakeholders', 'Contributions per partner', 'Joining and leaving'],
  },
  {
    key: 'team',
    number: 6,
    title: 'Programme team',
    summary: 'Settles how the joint programme team is composed, led and run, and what it is responsible for.',
    prompts: ['Programme leader', 'Members and roles', 'Decision-making and meetings', 'Committee tasks'],
  },
  {
    key: 'support',
    number: 7,
    title: 'Institutional support',
    summary: 'Settles which support services at each partner are involved and what each must deliver.',
    prompts: ['Support services per partner', 'Approval routes', 'Alliance-level support'],
  },
  {
    key: 'vision',
    number: 8,
    title: 'Shared vision',
    summary: 'Settles the purpose, learners, graduate profile and distinctive value that all partners subscribe to.',
    prompts: ['Purpose and learners served', 'What makes the programme joint', 'Guiding principles'],
  },
  {
    key: 'curriculum',
    number: 9,
    title: 'Joint curriculum',
    summary: 'Settles the learning outcomes, structure, courses, study load and delivery of the joint curriculum.',
    prompts: ['Learning outcomes', 'Structure and courses', 'Delivery and study load', 'Flexibility, inclusion and mobility'],
  },
  {
    key: 'qualification',
    number: 10,
    title: 'The qualification',
    summary: 'Settles what award learners receive, who issues it and what information it carries.',
    prompts: ['Type of qualification', 'Awarding and certification', 'Mandatory credential elements', 'Recognition'],
  },
  {
    key: 'ecosystem',
    number: 11,
    title: 'Educational and technological ecosystem',
    summary: 'Settles the platforms, tools, data flows and learner services the programme runs on.',
    prompts: ['Learning platform and tools', 'Data and interoperability', 'Learner services'],
  },
  {
    key: 'language',
    number: 12,
    title: 'Language policy',
    summary: 'Settles the languages of instruction, assessment, certification and support.',
    prompts: ['Language of instruction', 'Language requirements', 'Translation and localisation'],
  },
  {
    key: 'admission',
    number: 13,
    title: 'Admission framework',
    summary: 'Settles who can enter the programme, how applicants are selected and where they enrol.',
    prompts: ['Admission requirements', 'Application and selection', 'Recognition of prior learning', 'Registration and enrolment'],
  },
  {
    key: 'examination',
    number: 14,
    title: 'Examination regulations',
    summary: 'Settles how learners are assessed, graded and awarded credits across the partnership.',
    prompts: ['Assessment methods', 'Grading and credits', 'Resits, appeals and integrity'],
  },
  {
    key: 'quality',
    number: 15,
    title: 'Joint quality assurance',
    summary: 'Settles how quality is monitored, evaluated and improved across all partners.',
    prompts: ['Internal QA per partner', 'Programme-wide indicators', 'Review cycle and accreditation'],
  },
  {
    key: 'business',
    number: 16,
    title: 'Business plan',
    summary: 'Settles how the programme is funded, what learners pay and how income and costs are shared.',
    prompts: ['Funding sources', 'Fees and scholarships', 'Costs and break-even', 'Sharing income and costs'],
  },
  {
    key: 'recruitment',
    number: 17,
    title: 'Student recruitment plan',
    summary: 'Settles whom the programme targets, through which channels and with what information.',
    prompts: ['Target segments', 'Programme website', 'Campaigns and channels', 'Recruitment targets'],
  },
  {
    key: 'sustainability',
    number: 18,
    title: 'Sustainability framework',
    summary: 'Settles how the programme stays relevant, funded and well run beyond its first cohorts.',
    prompts: ['Long-term milestones', 'Evaluation and improvement', 'Continuity and teach-out'],
  },
  {
    key: 'agreement',
    number: 19,
    title: 'Consortium agreement',
    summary: 'Settles the binding terms under which the partners jointly run the programme.',
    prompts: ['Parties and purpose', 'Governance', 'Finances and fees', 'Intellectual property', 'Duration, withdrawal and disputes'],
  },
];

/** Chapters indexed by key. */
export const CHAPTER_BY_KEY: ReadonlyMap<ChapterKey, ChapterDefinition> = new Map(
  CHAPTERS.map((chapter) => [chapter.key, chapter] as const),
);

/** Look up a chapter by an untrusted key; undefined if the key is not a chapter key. */
export function chapterByKey(key: string): ChapterDefinition | undefined {
  return (CHAPTER_KEYS as readonly string[]).includes(key) ? CHAPTER_BY_KEY.get(key as ChapterKey) : undefined;
}
