import type { SaveStatus } from '../collab/session.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import { useT, type Translate } from '../i18n/useT.ts';

/** The states a pill flips between while someone types: it keeps the width of the longest, so the top bar does not shift. */
const STEADY = new Set<SaveStatus['kind']>(['connecting', 'saving', 'saved']);

const TEXT: Record<SaveStatus['kind'], MessageId> = {
  connecting: 'save.connecting',
  saving: 'save.saving',
  unconfirmed: 'save.unconfirmed',
  saved: 'save.saved',
  offline: 'save.offline',
  'read-only': 'save.readOnly',
  refused: 'save.refused',
};

/** The one place that tells a person whether their work is safe. */
export function StatusPill({ status }: { status: SaveStatus }) {
  const t = useT();
  let text = t(TEXT[status.kind]);
  let detail = '';
  if (status.kind === 'offline') {
    text = t(status.unsaved ? 'save.offlineKept' : 'save.offlineReconnecting');
    detail = t(status.unsaved ? 'save.offlineKept.detail' : 'save.offlineReconnecting.detail');
  }
  if (status.kind === 'unconfirmed') detail = t('save.unconfirmed.detail');
  if (status.kind === 'refused') detail = status.message;
  if (status.kind === 'read-only') {
    detail = t(status.canComment ? 'save.readOnlyComment.detail' : 'save.readOnly.detail');
    if (status.canComment) text = t('save.readOnlyComment');
  }
  return (
    <div className={`status-pill status-${status.kind}`} role="status" aria-live="polite" title={detail || text} data-testid="save-status">
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text" data-reserve={STEADY.has(status.kind) ? steadyTexts(t) : undefined}>
        {text}
      </span>
      {status.kind === 'refused' && <span className="status-detail">{status.message}</span>}
    </div>
  );
}

/** One line per steady text: the invisible block they make is as wide as the widest, whatever the language. */
function steadyTexts(t: Translate): string {
  return [...STEADY].map((kind) => t(TEXT[kind])).join('\n');
}
