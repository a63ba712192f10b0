import type { ClauseType } from './clauseTypes.ts';

/** Model wording of the clauses about who the parties are and what they run together (our own text). */
export const PROGRAMME_CLAUSES: ClauseType[] = [
  {
    id: 'parties',
    title: 'Parties',
    mandatory: true,
    dependsOn: ['partnership'],
    variants: [
      {
        id: 'standard',
        label: 'Full partners',
        summary: 'Every partner joins on equal terms.',
        paragraphs: [
          'This agreement is made between the following institutions (each a “Party”, together the “Parties”): {partners}.',
          'Each Party is represented by the person named above, who confirms that they are authorised to sign on its behalf.',
        ],
      },
      {
        id: 'associate',
        label: 'Full and associate partners',
        summary: 'Some institutions contribute without awarding the credential.',
        paragraphs: [
          'This agreement is made between the following institutions: {partners}.',
          'The Parties named as awarding bodies ({awardingBodies}) are full partners. Any other Party is an associate partner: it contributes teaching or services as set out in this agreement, but does not award the credential and has no vote on matters reserved to full partners.',
        ],
      },
    ],
  },
  {
    id: 'purpose',
    title: 'Purpose and programme',
    mandatory: true,
    dependsOn: ['objectives', 'curriculum', 'qualification'],
    variants: [
      {
        id: 'standard',
        label: 'Joint programme',
        summary: 'Describes the programme in broad lines; details stay in the annexes.',
        paragraphs: [
          'The Parties jointly design, deliver and award the micro-credential programme “{programmeTitle}” (the “Programme”).',
          'The Programme carries a total workload of {ects} and is placed at {eqf}. Its learning outcomes, structure and units are described in the programme dossier, which forms Annex 1 to this agreement and may be updated by the Programme Board without amending this agreement.',
        ],
      },
    ],
  },
  {
    id: 'legal-framework',
    title: 'Legal framework',
    mandatory: false,
    dependsOn: ['alignment'],
    variants: [
      {
        id: 'standard',
        label: 'Each Party’s own rules',
        summary: 'National law and each institution’s regulations apply to its own share.',
        paragraphs: [
          'Each Party carries out its obligations in accordance with the law of its country and its own institutional regulations. Where those rules differ, the rules of the Party that registers a learner apply to that learner’s enrolment, and the rules of the Party that teaches a unit apply to that unit’s assessment, unless this agreement provides otherwise.',
        ],
      },
    ],
  },
  {
    id: 'governance',
    title: 'Governance and committees',
    mandatory: true,
    dependsOn: ['team'],
    variants: [
      {
        id: 'board',
        label: 'Programme Board',
        summary: 'One board with a member from each Party and a learner representative.',
        paragraphs: [
          'The Parties establish a Programme Board, composed of one academic representative of each Party and one learner representative, chaired by the coordinating Party.',
          'The Programme Board decides on the content, delivery and quality of the Programme. It aims for consensus; failing that, it decides by a two-thirds majority of the Parties’ representatives. Changes to this agreement, to fees and to the admission of new Parties require unanimity.',
          'The Programme Board meets at least twice a year, in person or online. Minutes are shared with all Parties within three weeks.',
        ],
      },
      {
        id: 'board-executive',
        label: 'Board and executive team',
        summary: 'A board for strategy and a small team for day-to-day running.',
        paragraphs: [
          'The Parties establish a Programme Board, composed of one senior representative of each Party, which sets the Programme’s strategy, budget and policies and decides unanimously on changes to this agreement.',
          'An Executive Team, led by the coordinating Party and including a programme manager from each Party, runs the Programme from day to day and reports to the Programme Board at each of its meetings.',
        ],
      },
    ],
  },
  {
    id: 'roles',
    title: 'Roles and responsibilities',
    mandatory: false,
    dependsOn: ['team', 'curriculum'],
    variants: [
      {
        id: 'standard',
        label: 'By units taught',
        summary: 'Each Party is responsible for the units it teaches.',
        paragraphs: [
          'Each Party is responsible for the teaching, assessment and learner support of the units assigned to it in Annex 1. The teaching share of each Party is: {teachingShare}.',
          'Each Party makes available the staff, facilities and digital services needed for its units and informs the Programme Board without delay of anything that may prevent it from meeting these commitments.',
        ],
      },
    ],
  },
  {
    id: 'admission',
    title: 'Admission',
    mandatory: true,
    dependsOn: ['admission'],
    variants: [
      {
        id: 'joint',
        label: 'Joint admission',
        summary: 'One joint application and selection procedure.',
        paragraphs: [
          'Admission to the Programme follows one joint procedure run by the Programme Board. The admission requirements are: {admission}.',
          'Learners are registered at one Party, which keeps their records and issues their documents on behalf of all Parties; each Party recognises that registration.',
        ],
      },
      {
        id: 'each',
        label: 'Admission by each Party',
        summary: 'Each Party admits its own learners under common requirements.',
        paragraphs: [
          'Each Party admits learners to the Programme under its own procedures, applying the common admission requirements: {admission}. A learner admitted by one Party is accepted by all Parties.',
        ],
      },
    ],
  },
  {
    id: 'examinations',
    title: 'Examinations and awarding',
    mandatory: true,
    dependsOn: ['examination', 'qualification'],
    variants: [
      {
        id: 'joint-award',
        label: 'Joint award',
        summary: 'One credential awarded jointly by the awarding bodies.',
        paragraphs: [
          'Units are assessed by the Party that teaches them, under the joint examination regulations in Annex 2. The grading scheme is: {grading}. Each Party recognises the credits awarded by the others without further assessment.',
          'A learner who completes the Programme receives one joint credential awarded by {awardingBodies}, with a supplement describing the learning outcomes, workload and level.',
        ],
      },
      {
        id: 'multiple-award',
        label: 'Multiple awards',
        summary: 'Each awarding body issues its own credential.',
        paragraphs: [
          'Units are assessed by the Party that teaches them, under the joint examination regulations in Annex 2. The grading scheme is: {grading}.',
          'A learner who completes the Programme receives a credential from each of {awardingBodies}; each credential states that it was earned in a joint programme and refers to the others.',
        ],
      },
    ],
  },
  {
    id: 'language',
    title: 'Language',
    mandatory: true,
    dependsOn: ['language'],
    variants: [
      {
        id: 'standard',
        label: 'Language of instruction',
        summary: 'States the languages of teaching and assessment.',
        paragraphs: [
          'The Programme is taught and assessed in: {languages}. Credentials and supplements are issued in English and, where a Party’s law requires, also in that Party’s official language.',
        ],
      },
    ],
  },
  {
    id: 'quality',
    title: 'Quality assurance',
    mandatory: true,
    dependsOn: ['quality'],
    variants: [
      {
        id: 'standard',
        label: 'Joint QA plan',
        summary: 'One integrated plan on top of each Party’s own QA.',
        paragraphs: [
          'Each Party assures the quality of the units it teaches within its own internal quality assurance system. The Parties follow the joint quality assurance plan in Annex 3, review the Programme every year on the basis of learner feedback and results, and share the reports with all Parties.',
          'Each Party informs the others without delay of any finding of an external quality review that concerns the Programme.',
        ],
      },
    ],
  },
];
