import type { SaveStatus } from '../collab/session.ts';

const TEXT: Record<SaveStatus['kind'], string> = {
  connecting: 'Connecting…',
  saving: 'Saving…',
  unconfirmed: 'Not confirmed yet – kept on this device',
  saved: 'All changes saved',
  offline: 'Offline',
  'read-only': 'Read-only',
  refused: 'Disconnected',
};

/** The one place that tells a person whether their work is safe. */
export function StatusPill({ status }: { status: SaveStatus }) {
  let text = TEXT[status.kind];
  let detail = '';
  if (status.kind === 'offline') {
    text = status.unsaved ? 'Offline – kept on this device' : 'Offline – reconnecting';
    detail = status.unsaved
      ? 'Your edits are stored in this browser and will be sent when the connection is back.'
      : 'The connection was lost; Jointly keeps trying to reconnect.';
  }
  if (status.kind === 'unconfirmed')
    detail =
      'The server has not confirmed your latest edits yet. They are stored in this browser and will be sent when the connection is back.';
  if (status.kind === 'refused') detail = status.message;
  if (status.kind === 'read-only') {
    detail = status.canComment
      ? 'Your role lets you comment, sign off for your institution and export, but not change the text.'
      : 'Your role lets you read and export this document, not change it.';
    if (status.canComment) text = 'Read-only · you can comment';
  }
  return (
    <div className={`status-pill status-${status.kind}`} role="status" aria-live="polite" title={detail || text} data-testid="save-status">
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text">{text}</span>
      {status.kind === 'refused' && <span className="status-detail">{status.message}</span>}
    </div>
  );
}
