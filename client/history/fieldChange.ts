import { CLAUSE_NODE } from '../../shared/agreement/clauseTypes.ts';
import { FIELD_LABELS_EN, programmeFieldLabel, type ProgrammeFieldName } from '../../shared/i18n/content/programmeFields.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { FACTS_NODE, UNIT_NODE } from '../../shared/programme/blockNodes.ts';
import type { ChapterCompare } from '../../shared/history.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import type { Translate } from '../i18n/useT.ts';

const BLOCK_NAMES: Record<string, MessageId> = {
  [UNIT_NODE]: 'history.block.unit',
  [FACTS_NODE]: 'history.block.facts',
  [CLAUSE_NODE]: 'history.block.clause',
};

const OTHER_FIELDS: Record<string, MessageId> = {
  clauseType: 'history.field.clauseType',
  variant: 'history.field.variant',
  lang: 'history.field.lang',
};

/**
 * "Unit 3: ECTS, hours changed", in the reader's language: the compare reports node and attribute
 * names, which are the code's words, not the reader's.
 */
export function describeFieldChange(change: ChapterCompare['fields'][number], t: Translate, locale: Locale): string {
  const field = (name: string) =>
    Object.hasOwn(FIELD_LABELS_EN, name)
      ? programmeFieldLabel(name as ProgrammeFieldName, locale)
      : OTHER_FIELDS[name]
        ? t(OTHER_FIELDS[name])
        : name;
  const type = BLOCK_NAMES[change.type] ? t(BLOCK_NAMES[change.type]!) : change.type;
  return t('history.fieldsChanged', { type, number: change.block + 1, fields: change.fields.map(field).join(', ') });
}
