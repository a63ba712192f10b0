import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './messages/en.ts';

/** Values an ICU message can take: text, numbers, dates (formatted by the message), booleans for `select`. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** A message in the interface language, as plain text; what useT() returns, passed to helpers outside components. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** `t('area.key', { count })`: the message in the interface language, as plain text. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values) as string, [intl]);
}
