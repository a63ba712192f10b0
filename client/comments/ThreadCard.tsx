import { useState } from 'react';
import type { Thread } from '../../shared/discussion.ts';
import { Avatar } from '../components/Avatar.tsx';
import { discussionApi } from './discussionApi.ts';
import { SEND_SHORTCUT, sendOnCtrlEnter } from './submitShortcut.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { intlLocale } from '../components/dates.ts';

export interface ThreadCardProps {
  consortiumId: string;
  thread: Thread;
  me: string;
  canComment: boolean;
  active: boolean;
  detached: boolean;
  unread: number;
  colorOf: (partnerId: string) => string;
  partnerName: (partnerId: string) => string;
  onSelect: () => void;
  onError: (message: string) => void;
}

// Day, month and time without the year: a conversation is read while it is recent.
const time = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(intlLocale(locale), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** One conversation: the quoted text, its messages, a reply box and resolve/reopen. */
export function ThreadCard(props: ThreadCardProps) {
  const { consortiumId, thread, me, canComment, active, detached, unread } = props;
  const t = useT();
  const { locale } = useLocale();
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      props.onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`thread${active ? ' active' : ''}${thread.resolved ? ' resolved' : ''}`}
      data-testid={`thread-${thread.id}`}
      data-thread-card={thread.id}
      tabIndex={-1}
      onClick={props.onSelect}
    >
      <header className="thread-head">
        <blockquote className="thread-quote" title={thread.quote}>
          {thread.quote || '…'}
        </blockquote>
        {detached && (
          <span className="badge badge-warn" title={t('thread.detachedHint')}>
            {t('thread.detached')}
          </span>
        )}
        {thread.resolved && <span className="badge badge-ok">{t('thread.resolved')}</span>}
        {unread > 0 && (
          <span className="badge badge-accent" data-testid="unread">
            {t('thread.unread', { count: unread })}
          </span>
        )}
      </header>
      <ol className="messages">
        {thread.messages.map((m) => (
          <li key={m.id} className="message" data-testid="message">
            <div className="message-meta">
              <Avatar name={m.author.name} color={props.colorOf(m.author.partnerId)} size={26} />
              <span className="message-who">
                <span className="message-author">{m.author.name}</span>
                <span className="message-partner" title={props.partnerName(m.author.partnerId)}>
                  {props.partnerName(m.author.partnerId)}
                </span>
              </span>
              <time dateTime={m.at}>{time(m.at, locale)}</time>
            </div>
            {editing?.id === m.id ? (
              <form
                className="message-edit"
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(async () => {
                    await discussionApi.edit(consortiumId, thread.id, m.id, editing.text);
                    setEditing(null);
                  });
                }}
              >
                <textarea
                  aria-label={t('thread.editMessage')}
                  value={editing.text}
                  onChange={(e) => setEditing({ id: m.id, text: e.target.value })}
                  onKeyDown={sendOnCtrlEnter}
                  aria-keyshortcuts={SEND_SHORTCUT}
                  rows={3}
                />
                <div className="row-actions">
                  <button type="submit" className="btn btn-primary btn-small" disabled={busy || !editing.text.trim()}>
                    {t('thread.save')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <p className={`message-text${m.deleted ? ' deleted' : ''}`}>
                {m.deleted ? t('thread.messageDeleted') : m.text}
                {m.editedAt && !m.deleted && <span className="edited"> {t('thread.edited')}</span>}
              </p>
            )}
            {m.author.userId === me && !m.deleted && editing?.id !== m.id && canComment && (
              <div className="message-actions">
                <button type="button" className="link-btn" onClick={() => setEditing({ id: m.id, text: m.text })}>
                  {t('thread.edit')}
                </button>
                <button
                  type="button"
                  className="link-btn"
                  onClick={() => void run(() => discussionApi.remove(consortiumId, thread.id, m.id))}
                >
                  {t('thread.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {canComment && (
        <div className="thread-foot">
          {!thread.resolved && (
            <form
              className="reply"
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  await discussionApi.reply(consortiumId, thread.id, reply);
                  setReply('');
                });
              }}
            >
              <textarea
                aria-label={t('thread.reply')}
                placeholder={t('thread.replyPlaceholder')}
                value={reply}
                onChange={(e) => setReply(e.target.value)}
                onKeyDown={sendOnCtrlEnter}
                aria-keyshortcuts={SEND_SHORTCUT}
                rows={2}
              />
              <button type="submit" className="btn btn-primary btn-small" disabled={busy || !reply.trim()}>
                {t('thread.reply')}
              </button>
            </form>
          )}
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={(e) => {
              e.stopPropagation();
              void run(() => discussionApi.resolve(consortiumId, thread.id, !thread.resolved));
            }}
          >
            {thread.resolved ? t('thread.reopen') : t('thread.resolve')}
          </button>
        </div>
      )}
    </article>
  );
}
