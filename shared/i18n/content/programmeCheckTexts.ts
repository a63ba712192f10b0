// The English words of the checks and the shape of a sentence not yet put into words, apart from
// the lookups (programmeChecks.ts), so that the translations and the programme's field model can
// name these types without importing the tables that import them.
/**
 * The words of the programme checks and the Annex I readiness report, by key. A finding carries a
 * key and values rather than a finished sentence, so the checks panel can show it in the reader's
 * language while the API keeps its English `message` for scripts.
 */
export const CHECK_TEXTS_EN = {
  'unit.titled': '“{title}”',
  'unit.coded': 'Unit {code}',
  'unit.untitled': 'An untitled unit',
  'field.invalid.facts': 'Programme facts: {error}',
  'field.invalid.unit': '{unit}: {error}',
  'fieldError.notNumber': '{label} must be a number ({range}); "{raw}" is not.',
  'fieldError.notWhole': '{label} must be a whole number {range}.',
  'fieldError.outOfRange': '{label} must be {range}; {n} is outside that.',
  'fieldError.rangeMin': '{min} or more',
  'fieldError.rangeBetween': 'from {min} to {max}',
  'fieldError.choice': '{label} must be one of: {list}.',
  'fieldError.tooLong': '{label} is longer than {max} characters; shorten it.',
  'ects.total': 'Compulsory units give {compulsory} ECTS = {planned}, but the programme totals {total} ECTS: {how}.',
  'ects.total.electives':
    'Compulsory units give {compulsory} ECTS plus {electives} elective = {planned}, but the programme totals {total} ECTS: {how}.',
  'ects.total.tooLow': 'add or enlarge units, or lower the programme total',
  'ects.total.tooHigh': 'shrink or drop units, make some elective, or raise the programme total',
  'ects.electives':
    'Learners must take {min} elective ECTS but the electives offered carry only {offered}: add elective units or lower the minimum.',
  'unit.hours-per-ects':
    '{unit} plans {hours} hours for {ects} ECTS ({per} h per ECTS): for {ects} ECTS plan {low}–{high} hours, or change the ECTS.',
  'unit.eqf-above-programme':
    '{unit} is at EQF {unitEqf}, above the programme’s EQF {level}: lower the unit’s level or raise the programme’s.',
  'unit.no-outcomes': '{unit} has no learning outcomes: add what a learner can do after it.',
  'unit.no-assessment': '{unit} has no assessment type: choose how learners are assessed.',
  'unit.unknown-partner':
    '{unit} is delivered by “{partner}”, which is not a partner of the consortium: pick a partner or add it on the Partners page.',
  'unit.no-partner': '{unit} has no delivering partner: choose who teaches it.',
  'unit.unknown-outcome-link': '{unit} links to programme outcome {outcome}, which does not exist: remove the link or add the outcome.',
  'outcome.not-covered': 'Programme outcome {outcome} (“{text}”) is not served by any unit: link a unit outcome to it or drop it.',
  'outcome.not-assessed': 'Programme outcome {outcome} is served only by units without an assessment: give one of them an assessment type.',
  'annex.missing': 'Annex I element missing: {name}. To fix it, {fix}{where}.',
  'annex.missingOptional': 'Optional Annex I element missing: {name}. To fix it, {fix}{where}.',
  'annex.addFactsFirst': ' (first add the programme facts block in the Qualification chapter)',
  'annex.name.learner-identification': 'identification of the learner',
  'annex.name.title': 'title of the micro-credential',
  'annex.name.issuer-country': 'country or countries of the issuer',
  'annex.name.awarding-body': 'awarding body or bodies',
  'annex.name.issue-date': 'date of issuing',
  'annex.name.learning-outcomes': 'learning outcomes',
  'annex.name.workload': 'notional workload in ECTS',
  'annex.name.level': 'level (EQF)',
  'annex.name.assessment': 'type of assessment',
  'annex.name.participation': 'form of participation',
  'annex.name.quality-assurance': 'type of quality assurance',
  'annex.name.prerequisites': 'prerequisites to enrol',
  'annex.name.id-verification': 'supervision and identity verification at assessment',
  'annex.name.grade': 'grade achieved',
  'annex.name.stackability': 'integration and stackability options',
  'annex.name.further-information': 'further information',
  'annex.fix.learner-identification': 'say which learner data the certificate carries (e.g. full name, date of birth, student number)',
  'annex.fix.title': 'enter the programme title',
  'annex.fix.issuer-country': 'choose awarding bodies whose country is recorded on the Partners page',
  'annex.fix.awarding-body': 'choose the partner(s) that award the credential',
  'annex.fix.issue-date': 'say when certificates are issued and which date they carry',
  'annex.fix.learning-outcomes': 'add the programme learning outcomes',
  'annex.fix.workload': 'enter the total ECTS',
  'annex.fix.level': 'choose the programme’s EQF level',
  'annex.fix.assessment': 'give the units an assessment type',
  'annex.fix.participation': 'choose online, blended or on site',
  'annex.fix.quality-assurance': 'describe the quality assurance behind the credential',
  'annex.fix.prerequisites': 'state the entry requirements, or “none”',
  'annex.fix.id-verification': 'choose the identity verification of every unit',
  'annex.fix.grade': 'describe the grading scheme',
  'annex.fix.stackability': 'say whether it stands alone or stacks into another credential',
  'annex.fix.further-information': 'add a link or note for further information',
  'annex.unitFix.title': 'enter the unit’s title',
  'annex.unitFix.learning-outcomes': 'add the unit’s learning outcomes',
  'annex.unitFix.workload': 'enter the unit’s ECTS',
  'annex.unitFix.level': 'choose the unit’s EQF level',
  'annex.unitFix.assessment': 'choose how the unit is assessed',
  'annex.unitFix.participation': 'choose online, blended or on site',
  'annex.unitFix.prerequisites': 'state the unit’s entry requirements, or “none”',
  'annex.unitFix.id-verification': 'choose how identity is checked at the assessment',
} as const;

export type CheckTextKey = keyof typeof CHECK_TEXTS_EN;

/**
 * A sentence not yet put into words: its key and the values for its `{placeholders}`, which may be
 * texts themselves, or the name of a programme field. Plain data, so it travels in API answers.
 */
export type LocalText = { key: CheckTextKey; values?: Record<string, string | number | LocalText> } | { field: string };
