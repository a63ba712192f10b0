/**
 * The readiness report's shape and its small helpers, apart from the code that builds it, so the
 * browser's readiness page imports no exporter (shared/export/readiness.ts builds it on the server).
 */
import type { CheckTextKey } from '../i18n/content/programmeChecks.ts';
import type { ElmGap } from './elm/elmDocument.ts';
import type { ReadinessMessageId } from '../i18n/content/readinessMessages.ts';

export type ReadinessStatus = 'ready' | 'missing';

/** Where to fix something: a block of the dossier (by id), a chapter, or the Partners page. */
export interface FixLink {
  page: 'dossier' | 'partners';
  block?: string;
  chapter?: 'qualification' | 'curriculum';
}

export interface ReadinessItem {
  key: string;
  name: string;
  mandatory: boolean;
  status: ReadinessStatus;
  /** True when a unit shows the programme's verdict (the unit block has no such field). */
  fromProgramme: boolean;
  /** How to fix it, when missing, in English; `fixKey` gives it in another language (`checkText`). */
  fix: string;
  fixKey: CheckTextKey;
  link: FixLink;
}

export interface ReadinessSection {
  /** 'programme' or the unit's block id. */
  id: string;
  label: string;
  /** The programme has no title yet: `label` is the English "The programme"; a page shows its own `readiness.programme` (`elmGapLabel`). */
  untitled?: true;
  items: ReadinessItem[];
}

export interface ReadinessReport {
  programme: ReadinessSection;
  units: ReadinessSection[];
  /** What the Europass (ELM) description lacks. */
  elmGaps: (ElmGap & { link: FixLink })[];
  mandatoryMissing: number;
}

/** The address of a fix link inside the app. */
export function fixHref(consortiumId: string, link: FixLink): string {
  if (link.page === 'partners') return `/c/${encodeURIComponent(consortiumId)}/partners`;
  const hash = link.block ? `#block-${encodeURIComponent(link.block)}` : `#chapter-${link.chapter ?? 'qualification'}`;
  return `/c/${encodeURIComponent(consortiumId)}/dossier${hash}`;
}

export const statusTone = (item: Pick<ReadinessItem, 'status' | 'mandatory'>) =>
  item.status === 'ready' ? 'green' : item.mandatory ? 'red' : 'amber';

/** The word beside a light (readiness messages): what a reader needs, whatever colours they see. */
export const statusWordId = (item: Pick<ReadinessItem, 'status' | 'mandatory'>): ReadinessMessageId =>
  item.status === 'ready' ? 'readiness.status.ready' : item.mandatory ? 'readiness.status.missing' : 'readiness.status.optional';

/** The words of a fix link (readiness messages). */
export const linkWordId = (item: Pick<ReadinessItem, 'link'>): ReadinessMessageId =>
  item.link.page === 'partners'
    ? 'readiness.link.partners'
    : item.link.chapter === 'curriculum'
      ? 'readiness.link.curriculum'
      : item.link.block
        ? 'readiness.link.block'
        : 'readiness.link.qualification';
