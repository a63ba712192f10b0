import type { LocalText } from '../i18n/content/programmeChecks.ts';
import type { ProgrammeFacts, Unit } from './fields.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a block (by id) and, when it is about one value, the field. */
export interface CheckTarget {
  block: string | null;
  field?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Says what is wrong and how to fix it, in English (the API's and the scripts' wording). */
  message: string;
  /** The same sentence as key and values, for `checkText(text, locale)` in the reader's language. */
  text: LocalText;
  target: CheckTarget;
}

export interface PartnerRef {
  id: string;
  name: string;
  country: string;
}

/** What the rules read: the typed blocks, the raw attributes (for unreadable values) and the consortium's partners. */
export interface ProgrammeView {
  facts: ProgrammeFacts | null;
  factsAttrs: Record<string, unknown> | null;
  units: Unit[];
  unitAttrs: Record<string, unknown>[];
  partners: PartnerRef[];
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line for the rules list in docs and the panel's legend. */
  description: string;
  run(view: ProgrammeView): Finding[];
}
