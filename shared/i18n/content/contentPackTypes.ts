import type { ChapterKey } from '../../chapterTypes.ts';
import type { ChapterStatus } from '../../discussion.ts';
import type { PartnerIdentifierType, PartnerType } from '../../partnerKinds.ts';
import type {
  AssessmentType,
  FactsField,
  IdVerification,
  ParticipationMode,
  Stackability,
  UnitField,
  UnitKind,
  UnitOrigin,
} from '../../programme/fields.ts';
import type { Role } from '../../roles.ts';
import type { Locale } from '../locales.ts';
import type { ChapterHeading } from './chapterTitles.ts';
import type { ApiErrorCode } from './errorCodes.ts';
import type { CheckTextKey } from './programmeCheckTexts.ts';
import type { ReadinessMessageId } from './readinessMessages.ts';

export type OtherLocale = Exclude<Locale, 'en'>;

/**
 * One language's share of the words outside the message catalogue: chapter headings, labels of
 * statuses, roles and programme fields, check and error sentences. English is the source and sits
 * next to each lookup; each other language is a module of its own, so that a browser downloads only
 * the language its reader uses (with the catalogue), while the server registers all of them at start.
 */
export interface ContentPack {
  chapters: Record<ChapterKey, ChapterHeading>;
  statusLabels: Record<ChapterStatus, string>;
  statusHints: Record<ChapterStatus, string>;
  roleLabels: Record<Role, string>;
  roleHints: Record<Role, string>;
  partnerTypes: Record<PartnerType, string>;
  identifiers: Record<PartnerIdentifierType, string>;
  fieldLabels: Record<FactsField | UnitField, string>;
  modes: Record<ParticipationMode, string>;
  assessments: Record<AssessmentType, string>;
  idChecks: Record<IdVerification, string>;
  kinds: Record<UnitKind, string>;
  origins: Record<UnitOrigin, string>;
  stacking: Record<Stackability, string>;
  checks: Record<CheckTextKey, string>;
  readiness: Record<ReadinessMessageId, string>;
  errors: Record<ApiErrorCode, string>;
  /** Sync close sentences by close code; `other` (with `{code}`) where no sentence fits. */
  closeSentences: Record<number | 'other', string>;
}

/** The tables of a pack that map a value to its label (all but the chapter headings). */
export type LabelTable = { [T in keyof ContentPack]: ContentPack[T] extends Record<string, string> ? T : never }[keyof ContentPack];
