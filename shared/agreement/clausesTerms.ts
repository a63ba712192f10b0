import type { ClauseType } from './clauseTypes.ts';

/** Model wording of the clauses on data, money, risk and the agreement's own life (our own text). */
export const TERMS_CLAUSES: ClauseType[] = [
  {
    id: 'data-protection',
    title: 'Student data and data protection',
    mandatory: true,
    dependsOn: ['ecosystem'],
    variants: [
      {
        id: 'joint-controllers',
        label: 'Joint controllers',
        summary: 'The Parties decide together why and how learner data are processed (Art. 26 GDPR).',
        paragraphs: [
          'The Parties jointly determine the purposes and means of processing the personal data of applicants and learners of the Programme and are joint controllers within the meaning of Article 26 of the General Data Protection Regulation (GDPR).',
          'Their respective responsibilities, in particular for informing learners and answering their requests, are set out in the joint-controller arrangement in Annex 4, whose essence is made available to learners. Learners may exercise their rights with any Party.',
        ],
      },
      {
        id: 'controller-processor',
        label: 'Controller and processor',
        summary: 'The registering Party decides; the others process data on its behalf (Art. 28 GDPR).',
        paragraphs: [
          'The Party that registers a learner is the controller of that learner’s personal data. The other Parties process those data only on its documented instructions and for the Programme, as processors within the meaning of Article 28 of the GDPR.',
          'The data-processing agreement in Annex 4 sets out the subject matter, duration, nature and purpose of the processing, the types of data and the security measures each processor applies.',
        ],
      },
      {
        id: 'independent-controllers',
        label: 'Independent controllers',
        summary: 'Each Party decides on its own processing; data are shared under a sharing agreement.',
        paragraphs: [
          'Each Party is an independent controller of the personal data it processes for the Programme and is solely responsible for its compliance with the GDPR.',
          'Where a Party shares learner data with another Party, it does so only as far as needed for admission, teaching, assessment and awarding, under the data-sharing agreement in Annex 4.',
        ],
      },
    ],
  },
  {
    id: 'intellectual-property',
    title: 'Intellectual property and licensing',
    mandatory: true,
    dependsOn: ['curriculum'],
    variants: [
      {
        id: 'creator-owns',
        label: 'Creator keeps ownership',
        summary: 'Materials stay with the Party that made them; the others get a licence.',
        paragraphs: [
          'Course materials remain the property of the Party that created them. Each Party grants the other Parties a free, non-exclusive licence to use, adapt and translate its materials for the Programme for the duration of this agreement and any teach-out period.',
          'Materials created jointly are owned jointly in proportion to each Party’s contribution, and each Party may use them for its own teaching after this agreement ends.',
        ],
      },
      {
        id: 'open-licence',
        label: 'Open educational resources',
        summary: 'Materials are published under an open licence.',
        paragraphs: [
          'Course materials created for the Programme are published as open educational resources under the Creative Commons Attribution 4.0 licence (CC BY 4.0), unless they contain third-party content that does not allow it. Each Party remains the author of record of the materials it created.',
        ],
      },
    ],
  },
  {
    id: 'finances',
    title: 'Finances and fee split',
    mandatory: true,
    dependsOn: ['business'],
    variants: [
      {
        id: 'standard',
        label: 'Joint fee, shared income',
        summary: 'One fee; income shared as agreed in the business plan.',
        paragraphs: [
          'Learners pay one joint fee for the Programme, set each year by the Programme Board in line with the business plan. The Parties share the income and the joint costs as follows: {feeSplit}.',
          'Each Party bears its own costs of teaching the units assigned to it. The coordinating Party keeps the Programme’s accounts and presents them to the Programme Board once a year.',
        ],
      },
      {
        id: 'own-costs',
        label: 'Each Party bears its own costs',
        summary: 'No money changes hands between the Parties.',
        paragraphs: [
          'Each Party bears its own costs and keeps the fees of the learners it registers. No payments are made between the Parties under this agreement unless the Programme Board decides otherwise in writing.',
        ],
      },
    ],
  },
  {
    id: 'liability',
    title: 'Liability',
    mandatory: false,
    dependsOn: [],
    variants: [
      {
        id: 'standard',
        label: 'Own acts, no indirect loss',
        summary: 'Each Party answers for its own acts; indirect loss is excluded.',
        paragraphs: [
          'Each Party is liable for its own acts and omissions in carrying out this agreement. No Party is liable to another for indirect or consequential loss, including loss of income, except in case of intent or gross negligence.',
          'No Party is in breach of this agreement where it is prevented from performing by circumstances beyond its reasonable control, provided it informs the others promptly and limits the consequences as far as it can.',
        ],
      },
    ],
  },
  {
    id: 'confidentiality',
    title: 'Confidentiality',
    mandatory: false,
    dependsOn: [],
    variants: [
      {
        id: 'standard',
        label: 'Mutual confidentiality',
        summary: 'Information marked confidential stays between the Parties.',
        paragraphs: [
          'Each Party keeps confidential any information another Party marks as confidential, uses it only for the Programme and discloses it only to staff who need it. This duty continues for three years after this agreement ends and does not apply to information that is public or that a Party must disclose by law.',
        ],
      },
    ],
  },
  {
    id: 'publicity',
    title: 'Publicity and use of names',
    mandatory: false,
    dependsOn: ['recruitment'],
    variants: [
      {
        id: 'standard',
        label: 'Joint promotion',
        summary: 'The Programme is promoted jointly; names and logos only as agreed.',
        paragraphs: [
          'The Parties promote the Programme jointly under its own name. A Party may use another Party’s name or logo only in materials about the Programme and in the form that Party has approved.',
        ],
      },
    ],
  },
  {
    id: 'withdrawal',
    title: 'Withdrawal and teach-out',
    mandatory: true,
    dependsOn: ['sustainability'],
    variants: [
      {
        id: 'standard',
        label: 'Notice and teach-out',
        summary: 'Twelve months’ notice; enrolled learners can finish.',
        paragraphs: [
          'A Party may withdraw from this agreement by written notice to all other Parties at least twelve months before the start of an academic year. The withdrawal takes effect at the start of that academic year.',
          'A withdrawing Party continues to teach and assess its units for learners already enrolled until they have had a fair opportunity to complete the Programme, or makes equivalent arrangements with the remaining Parties at its own cost. Outstanding financial obligations are settled within three months of the withdrawal taking effect.',
        ],
      },
    ],
  },
  {
    id: 'disputes',
    title: 'Disputes and escalation',
    mandatory: true,
    dependsOn: [],
    variants: [
      {
        id: 'escalation',
        label: 'Escalation, then mediation',
        summary: 'Board, then heads of institution, then mediation, then the courts.',
        paragraphs: [
          'The Parties try first to settle any dispute about this agreement in the Programme Board. If the dispute is not settled within sixty days, it is referred to the heads of the Parties concerned.',
          'If they do not settle it within a further sixty days, the Parties concerned will try mediation by a mediator they appoint together. Only if mediation fails may a Party take the dispute to the competent court.',
        ],
      },
      {
        id: 'arbitration',
        label: 'Escalation, then arbitration',
        summary: 'Ends in binding arbitration instead of the courts.',
        paragraphs: [
          'The Parties try first to settle any dispute about this agreement in the Programme Board and then between the heads of the Parties concerned. A dispute not settled within ninety days is finally settled by arbitration by a single arbitrator appointed jointly, in English, at the seat of the coordinating Party.',
        ],
      },
    ],
  },
  {
    id: 'governing-law',
    title: 'Governing law',
    mandatory: false,
    dependsOn: [],
    variants: [
      {
        id: 'coordinator',
        label: 'Law of the coordinator’s country',
        summary: 'One law for the whole agreement.',
        paragraphs: [
          'This agreement is governed by the law of the country of the coordinating Party, without prejudice to the mandatory law that applies to each Party as a public institution.',
        ],
      },
    ],
  },
  {
    id: 'duration',
    title: 'Duration, renewal and amendment',
    mandatory: true,
    dependsOn: [],
    variants: [
      {
        id: 'standard',
        label: 'Four years, renewable',
        summary: 'A fixed term with renewal and written amendments.',
        paragraphs: [
          'This agreement enters into force on the date of the last signature and runs for four academic years. It is renewed for further periods of four years unless a Party gives notice under the withdrawal clause.',
          'This agreement may be amended only in writing, signed by all Parties. The annexes may be updated by decision of the Programme Board, recorded in its minutes.',
        ],
      },
    ],
  },
  {
    id: 'signatures',
    title: 'Signatures',
    mandatory: true,
    dependsOn: [],
    variants: [
      {
        id: 'standard',
        label: 'Signed by each Party',
        summary: 'One signature per Party, in counterparts.',
        paragraphs: [
          'This agreement is signed in as many counterparts as there are Parties, each of which is an original; electronic signatures are valid. Signed for the Parties by: {signatories}.',
        ],
      },
    ],
  },
];
