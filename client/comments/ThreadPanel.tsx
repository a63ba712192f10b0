import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';
import { memo, useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { chapterByKey } from '../../shared/chapters.ts';
import type { Thread } from '../../shared/discussion.ts';
import { anchorFor, resolveAnchor } from './anchors.ts';
import { SEND_SHORTCUT, sendOnCtrlEnter } from './submitShortcut.ts';
import { discussionApi } from './discussionApi.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { unreadIn, type DiscussionView } from './useDiscussion.ts';

export interface PendingComment {
  chapter: string;
  from: number;
  to: number;
  quote: string;
}

export interface ThreadPanelProps {
  consortiumId: string;
  me: string;
  canComment: boolean;
  chapter: string;
  editor: Editor | undefined;
  view: DiscussionView;
  activeThread: string | null;
  pending: PendingComment | null;
  onPendingDone: () => void;
  onSelectThread: (id: string | null) => void;
  colorOf: (partnerId: string) => string;
  partnerName: (partnerId: string) => string;
}

/** The conversation beside the chapter in view: its threads (open first), and a composer for a new one. */
export const ThreadPanel = memo(function ThreadPanel(props: ThreadPanelProps) {
  const { consortiumId, me, canComment, chapter, editor, view, activeThread, pending } = props;
  const { locale } = useLocale();
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  // Folded or open, where the panel is a sheet (phones); a comment being written opens it.
  const [sheetOpen, setSheetOpen] = useState(false);
  const writing = pending?.chapter === chapter;
  useEffect(() => {
    if (writing) setSheetOpen(true);
  }, [writing]);
  // A thread is being created: a second press of the button (or of Ctrl+Enter) must not create it twice.
  const [sending, setSending] = useState(false);

  const threads = useMemo(() => view.threads.filter((t) => t.chapter === chapter), [view.threads, chapter]);
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  const textVersion = useTextVersion(editor);
  // Which of this chapter's threads lost their text: re-resolved when the text or the threads change.
  const detachedIds = useMemo(
    () => new Set(editor ? threads.filter((t) => resolveAnchor(editor.state, t.anchor) === null).map((t) => t.id) : []),
    [editor, threads, textVersion], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const detached = (t: Thread) => detachedIds.has(t.id);

  // Reading a thread clears its unread mark for this person.
  useEffect(() => {
    const thread = view.threads.find((t) => t.id === activeThread);
    if (thread && unreadIn(thread, view, me) > 0) void discussionApi.markRead(consortiumId, thread.id).catch(() => {});
  }, [activeThread, view, me, consortiumId]);

  useEffect(() => setText(''), [pending]);

  // The conversation just started takes the keyboard's focus once it is in the panel: the composer it
  // was written in is gone, and focus fell back to the page's top.
  const [focusThread, setFocusThread] = useState<string | null>(null);
  useEffect(() => {
    if (!focusThread) return;
    const card = document.querySelector<HTMLElement>(`[data-thread-card="${CSS.escape(focusThread)}"]`);
    if (!card) return;
    card.focus();
    setFocusThread(null);
  }, [focusThread, view]);

  const submit = async () => {
    if (!pending || !editor) return;
    const anchor = anchorFor(editor.state, pending.from, pending.to);
    if (!anchor) return setError(t('comments.notReady'));
    setSending(true);
    try {
      const { threadId } = await discussionApi.createThread(consortiumId, { chapter: pending.chapter, anchor, quote: pending.quote, text });
      props.onPendingDone();
      props.onSelectThread(threadId);
      setFocusThread(threadId);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  const card = (t: Thread) => (
    <ThreadCard
      key={t.id}
      consortiumId={consortiumId}
      thread={t}
      me={me}
      canComment={canComment}
      active={t.id === activeThread}
      detached={detached(t)}
      unread={unreadIn(t, view, me)}
      colorOf={props.colorOf}
      partnerName={props.partnerName}
      onSelect={() => props.onSelectThread(t.id)}
      onError={setError}
    />
  );

  return (
    <aside className={`thread-panel${sheetOpen ? ' sheet-open' : ''}`} aria-label={t('comments.panel')} data-testid="thread-panel">
      <div className="panel-heading">
        <span>{t('comments.panel')}</span>
        <span className="panel-sub">{chapterByKey(chapter) ? chapterTitle(chapterByKey(chapter)!.key, locale) : ''}</span>
        {/* On a phone the panel is a sheet over the bottom of the text, folded to this line until asked for. */}
        <button type="button" className="btn btn-small sheet-toggle" aria-expanded={sheetOpen} onClick={() => setSheetOpen(!sheetOpen)}>
          {sheetOpen ? t('comments.sheet.hide') : t('comments.sheet.show', { count: open.length })}
        </button>
      </div>
      {error && (
        <div className="panel-error" role="alert">
          {error}{' '}
          <button type="button" className="link-btn" onClick={() => setError('')}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {pending && pending.chapter === chapter && (
        <form className="composer" onSubmit={(e) => (e.preventDefault(), void submit())}>
          <blockquote className="thread-quote">{pending.quote}</blockquote>
          <textarea
            autoFocus
            aria-label={t('comments.add')}
            placeholder={t('comments.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={sendOnCtrlEnter}
            aria-keyshortcuts={SEND_SHORTCUT}
            rows={3}
          />
          <div className="row-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={sending || !text.trim()}>
              {t('comments.add')}
            </button>
            <button type="button" className="btn btn-small" onClick={props.onPendingDone}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {open.length === 0 && !pending && <p className="panel-empty">{canComment ? t('comments.emptyStart') : t('comments.empty')}</p>}
      {open.map(card)}
      {resolved.length > 0 && (
        <button type="button" className="link-btn resolved-toggle" onClick={() => setShowResolved(!showResolved)}>
          {showResolved ? t('comments.hideResolved', { count: resolved.length }) : t('comments.showResolved', { count: resolved.length })}
        </button>
      )}
      {showResolved && resolved.map(card)}
    </aside>
  );
});

/** Bumped a moment after the editor's text changes: typing does not re-render the panel at every key. */
function useTextVersion(editor: Editor | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 250);
    };
    editor.on('transaction', changed);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', changed);
    };
  }, [editor]);
  return version;
}
