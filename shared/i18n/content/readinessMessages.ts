/**
 * The words of the Annex I readiness report: the readiness page (merged into the interface's
 * catalogues) and the report's HTML export (in the document language) read the same sentences.
 * ICU message syntax, as everywhere in the interface.
 */
export const READINESS_MESSAGES_EN = {
  'readiness.title': 'Annex I readiness',
  'readiness.lead':
    'The 11 mandatory and 5 optional elements that the EU Council Recommendation on micro-credentials asks every micro-credential to describe, for the programme and for each unit.',
  'readiness.download': 'Download this report',
  'readiness.error': 'We could not load the report: {error}',
  'readiness.loading': 'Loading the report…',
  'readiness.complete': 'The programme describes all 11 mandatory elements.',
  'readiness.missing':
    '{count, plural, one {# of the 11 mandatory elements is still missing for the programme.} other {# of the 11 mandatory elements are still missing for the programme.}}',
  'readiness.programme': 'The programme',
  'readiness.unit': 'Unit: {label}',
  'readiness.elmGaps': 'What the Europass description still needs',
  'readiness.elmComplete': 'Nothing: the Europass (ELM) export carries every value it needs.',
  'readiness.fixIt': 'Fix it',
  'readiness.col.element': 'Element',
  'readiness.col.status': 'Status',
  'readiness.col.fix': 'Where to fix it',
  'readiness.optional': '(optional)',
  'readiness.fromProgramme': '(from the programme)',
  'readiness.seeAbove': 'See the programme above',
  'readiness.status.ready': 'Ready',
  'readiness.status.missing': 'Missing',
  'readiness.status.optional': 'Not given (optional)',
  'readiness.link.partners': 'Partners page',
  'readiness.link.curriculum': 'Curriculum chapter',
  'readiness.link.block': 'open the block',
  'readiness.link.qualification': 'Qualification chapter',
  'readiness.generated': 'Made on {date}.',
} as const;

export type ReadinessMessageId = keyof typeof READINESS_MESSAGES_EN;
