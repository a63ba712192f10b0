import { OptionalPart } from '../components/OptionalPart.tsx';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import { DocumentName } from '../../shared/names.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { canComment as roleCanComment, canWrite as roleCanWrite } from '../../shared/roles.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { ChapterStatus } from '../../shared/discussion.ts';
import type { Consortium, Identity } from '../api.ts';
import type { CollabSession } from '../collab/session.ts';
import { takeSession } from '../collab/earlySessions.ts';
import { whenDrawn } from '../editor/whenDrawn.ts';
import { useAwarenessUsers } from '../collab/useAwarenessUsers.ts';
import { partnerColor } from '../colors.ts';
import { DossierEditor } from '../editor/DossierEditor.tsx';
import { AGREEMENT_CHAPTER } from '../../shared/execution.ts';
import { ChapterJump } from '../components/ChapterJump.tsx';
import { Sidebar } from '../components/Sidebar.tsx';
import { TopBar } from '../components/TopBar.tsx';
import { CONNECTING, LiveStatusPill } from '../components/LiveStatusPill.tsx';
import { Notice } from '../components/Notice.tsx';
import type { PendingComment } from '../comments/ThreadPanel.tsx';
import { unreadIn, useChapterVersions, useDiscussion } from '../comments/useDiscussion.ts';
import { useCommentWiring } from '../comments/useCommentWiring.ts';
import '../comments/comments.css';
import { ProgrammeContext } from '../programme/ProgrammeContext.ts';
import { useProgrammeOutcomes } from '../programme/useProgrammeOutcomes.ts';
import { AgreementContext, useAgreementRefs } from '../agreement/AgreementContext.ts';
import { SkipLink } from '../components/SkipLink.tsx';
import { PresenceAnnouncer } from '../collab/PresenceAnnouncer.tsx';
import { useT } from '../i18n/useT.ts';
import { focusChapter } from '../editor/focusChapter.ts';
import { useCommentShortcut } from '../comments/useCommentShortcut.ts';

// Everything not needed to read and type comes in chunks of its own, requested once the dossier is
// on screen and editable and the browser is idle (`extrasWanted`), so that it neither delays nor competes with the text: the
// conversation panel, the chapters' workflow bars (sign-offs, export), the programme panel (checks,
// curriculum table, CSV import) and the history.
const ThreadPanel = lazy(() => import('../comments/ThreadPanel.tsx').then((m) => ({ default: m.ThreadPanel })));
const ChapterMetaPortals = lazy(() => import('../comments/ChapterMetaPortals.tsx').then((m) => ({ default: m.ChapterMetaPortals })));
const ProgrammePanel = lazy(() => import('../programme/ProgrammePanel.tsx').then((m) => ({ default: m.ProgrammePanel })));
const AgreementPanel = lazy(() => import('../agreement/AgreementPanel.tsx').then((m) => ({ default: m.AgreementPanel })));
const HistoryPanel = lazy(() => import('../history/HistoryPanel.tsx').then((m) => ({ default: m.HistoryPanel })));

/** True once `condition` has held and the browser then had an idle moment (at most a second later). */
function useIdleAfter(condition: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!condition || idle) return;
    const id = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [condition, idle]);
  return idle;
}

/** The dossier at work: chapters list, the shared editor, and the conversation beside the chapter in view. */
export function Workspace({
  identity,
  consortium,
  roleNote,
  onMembershipChanged,
}: {
  identity: Identity;
  consortium: Consortium;
  roleNote?: string;
  onMembershipChanged?: () => void;
}) {
  const t = useT();
  const canWrite = roleCanWrite(identity.role, DocumentName.dossier);
  const [session, setSession] = useState<CollabSession>();
  const [active, setActive] = useState('');
  const [dossierHistory, setDossierHistory] = useState(false);
  const [editor, setEditor] = useState<Editor>();
  // Set when the server closes the socket with 4403: this person was removed from the consortium.
  const [lostAccess, setLostAccess] = useState(false);
  const membershipChanged = useRef(onMembershipChanged);
  useEffect(() => {
    membershipChanged.current = onMembershipChanged;
  }, [onMembershipChanged]);

  // Created in an effect (not in render) so React's double-invocation in development cannot open two sockets.
  useEffect(() => {
    const s = takeSession(consortium.id, DocumentName.dossier, {
      canWrite,
      onClose: (code) => {
        if (code === CloseCode.membershipChanged) membershipChanged.current?.();
        if (code === CloseCode.forbidden) setLostAccess(true);
      },
    });
    // Where this person is, for "Working now" on the overview (which shares this document's presence).
    s.provider.awareness.setLocalStateField('page', 'dossier');
    setSession(s);
    return () => s.destroy();
  }, [consortium.id, canWrite]);

  const subscribe = useCallback((cb: () => void) => session?.onStatus(cb) ?? (() => {}), [session]);
  const statusNow = useCallback(() => session?.status() ?? CONNECTING, [session]);
  // Only what the page around the editor shows, as values that stay equal while people type: the save
  // status itself flips between "Saving…" and "saved" at every keystroke, and re-rendered the whole
  // workspace twice per key. The pill reads the full status on its own (LiveStatusPill).
  const refusedMessage = useSyncExternalStore(subscribe, () => {
    const s = statusNow();
    return s.kind === 'refused' ? s.message : null;
  });
  const unsent = useSyncExternalStore(subscribe, () => {
    const s = statusNow();
    return s.kind === 'offline' && s.unsaved ? ('offline' as const) : s.kind === 'unconfirmed' ? ('lost' as const) : null;
  });
  const refused = refusedMessage !== null;
  const ready = useSyncExternalStore(subscribe, () => session?.ready() ?? false);
  const users = useAwarenessUsers(session?.provider.awareness);
  const extrasWanted = useIdleAfter(ready);
  const canComment = roleCanComment(identity.role) && !lostAccess;
  const pill = useMemo(
    () => <LiveStatusPill subscribe={subscribe} statusNow={statusNow} canComment={canComment} />,
    [subscribe, statusNow, canComment],
  );
  const { view } = useDiscussion(consortium.id, identity.userId, extrasWanted);
  const versions = useChapterVersions(session?.doc);
  const [activeThread, setActiveThread] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingComment | null>(null);
  const selectThread = useCallback((id: string | null) => {
    setActiveThread(id);
    const thread = id ? document.querySelector(`[data-thread-card="${id}"]`) : null;
    thread?.scrollIntoView({ block: 'nearest' });
  }, []);
  const { offer, clearOffer, measureNow } = useCommentWiring(editor, view.threads, activeThread, selectThread, canComment);
  const startComment = useCallback(() => {
    const current = offer ?? measureNow();
    if (!current) return;
    setPending(current.pending);
    setActiveThread(null);
    clearOffer();
  }, [offer, clearOffer, measureNow]);
  const commentButton = useCommentShortcut(editor, canComment, offer !== null, startComment);
  const partnerIds = useMemo(() => consortium.partners.map((p) => p.id), [consortium.partners]);
  const colorOf = useCallback((partnerId: string) => partnerColor(partnerId, partnerIds), [partnerIds]);
  const partnerName = useCallback(
    (partnerId: string) => consortium.partners.find((p) => p.id === partnerId)?.name ?? partnerId,
    [consortium.partners],
  );
  const partnerRefs = useMemo(
    () => consortium.partners.map((p) => ({ id: p.id, name: p.name, country: p.country })),
    [consortium.partners],
  );
  const programmeOutcomes = useProgrammeOutcomes(editor);
  const programmeContext = useMemo(() => ({ partners: partnerRefs, programmeOutcomes }), [partnerRefs, programmeOutcomes]);
  const agreementRefs = useAgreementRefs(editor, consortium.partners, view.decisions);
  const agreementSignoffs = view.signoffs.agreement;
  const agreementContext = useMemo(
    () => ({ refs: agreementRefs, signoffs: agreementSignoffs ?? [], partnerName }),
    [agreementRefs, agreementSignoffs, partnerName],
  );
  const sidebarStatus = useMemo(
    () => Object.fromEntries(Object.entries(view.workflow).map(([k, w]) => [k, w.status])) as Record<string, ChapterStatus>,
    [view.workflow],
  );
  const sidebarThreads = useMemo(() => {
    const counts: Record<string, { open: number; unread: number }> = {};
    for (const t of view.threads) {
      if (t.resolved) continue;
      const c = (counts[t.chapter] ??= { open: 0, unread: 0 });
      c.open++;
      if (unreadIn(t, view, identity.userId) > 0) c.unread++;
    }
    return counts;
  }, [view, identity.userId]);
  // A thread chosen in the text belongs to a chapter: the panel follows it there.
  const threadChapter = view.threads.find((t) => t.id === activeThread)?.chapter;
  const panelChapter = pending?.chapter ?? threadChapter ?? active;

  // The sidebar follows the chapter in view: the last chapter whose top has scrolled past the toolbar.
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        let current = '';
        for (const el of document.querySelectorAll<HTMLElement>('section.chapter')) {
          if (el.getBoundingClientRect().top > window.innerHeight * 0.35) break;
          current = el.dataset.key ?? current;
        }
        const inView = current || (document.querySelector<HTMLElement>('section.chapter')?.dataset.key ?? '');
        setActive(inView);
        // Someone reading (not typing) is in the chapter they are looking at; while the editor has
        // the focus, ChapterPresence reports the caret's chapter instead.
        const awareness = session?.provider.awareness;
        if (inView && awareness && !editor.isFocused && awareness.getLocalState()?.chapter !== inView)
          awareness.setLocalStateField('chapter', inView);
      });
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [editor, ready, session]);

  // Links from the overview land on a chapter (/c/<id>/dossier#chapter-<key>), the readiness report's on a programme block (#block-<id>), reminders on a decision (#decision-<key>).
  useEffect(() => {
    if (!ready || !editor) return;
    const hash = location.hash;
    // A decision's key starts with its chapter's (ChapterDecisions then opens the list at it).
    const decisionChapter = hash.startsWith('#decision-') ? CHAPTER_KEYS.find((key) => hash.startsWith(`#decision-${key}-`)) : undefined;
    const chapterId = hash.startsWith('#chapter-') ? hash.slice(1) : decisionChapter ? `chapter-${decisionChapter}` : undefined;
    if (chapterId)
      return whenDrawn(
        () => document.getElementById(chapterId),
        (el) => el.scrollIntoView({ block: 'start' }),
      );
    if (hash.startsWith('#block-')) {
      const selector = `[data-block-id="${CSS.escape(decodeURIComponent(hash.slice(7)))}"]`;
      return whenDrawn(
        () => document.querySelector(selector),
        (el) => el.scrollIntoView({ block: 'center' }),
      );
    }
  }, [ready, editor]);

  // Links in notification e-mails open a conversation: /c/<id>/dossier#thread-<threadId>, once it is here.
  const linkedThread = useRef(location.hash.startsWith('#thread-') ? location.hash.slice('#thread-'.length) : null);
  useEffect(() => {
    const id = linkedThread.current;
    const thread = id && ready && editor ? view.threads.find((t) => t.id === id) : undefined;
    if (!thread) return;
    linkedThread.current = null;
    selectThread(thread.id);
    // Not cancelled when the threads change again: the jump is made once.
    whenDrawn(
      () => document.getElementById(`chapter-${thread.chapter}`),
      (el) => el.scrollIntoView({ block: 'start' }),
    );
  }, [ready, editor, view.threads, selectThread]);

  // A chapter someone jumped to stays at the top until they scroll, type or click themselves: chapters
  // out of sight are sized by a guess until first drawn (content-visibility), and the workflow bars load
  // a moment later, so the layout above can still shift after the jump.
  const pinned = useRef<string | null>(null);
  const jump = useCallback(
    (key: string) => {
      pinned.current = key;
      // Going to another chapter lets go of a thread chosen in this one, so the panel shows the chapter
      // gone to (it stayed on the old thread). Only a chosen move: scrolling, or a link to a conversation
      // passing other chapters on its way there, keeps the thread.
      setActiveThread((id) => (id && view.threads.find((t) => t.id === id)?.chapter !== key ? null : id));
      document.getElementById(`chapter-${key}`)?.scrollIntoView({ block: 'start' });
      // Keyboard and screen reader users go on from the chapter they chose, not from the sidebar.
      if (editor) focusChapter(editor, key);
    },
    [editor, view.threads],
  );
  useEffect(() => {
    if (!editor) return;
    const unpin = () => (pinned.current = null);
    const keep = new ResizeObserver(() => {
      const el = pinned.current && document.getElementById(`chapter-${pinned.current}`);
      if (el && Math.abs(el.getBoundingClientRect().top) > 1) el.scrollIntoView({ block: 'start' });
    });
    keep.observe(editor.view.dom);
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const e of events) window.addEventListener(e, unpin, { passive: true, capture: true });
    return () => {
      keep.disconnect();
      for (const e of events) window.removeEventListener(e, unpin, { capture: true });
    };
  }, [editor]);
  const clearPending = useCallback(() => setPending(null), []);
  const editorUser = useMemo(
    () => ({ name: identity.name, color: colorOf(identity.partnerId), partner: identity.partnerId, role: identity.role }),
    [identity, colorOf],
  );

  if (!session) return <Notice title={t('dossier.opening')} />;
  return (
    <div className="app">
      <TopBar
        consortium={consortium}
        identity={identity}
        users={users}
        pill={pill}
        skip={<SkipLink label={t('a11y.skipToText')} onSkip={() => editor && focusChapter(editor, active)} />}
      />
      <PresenceAnnouncer users={users} partnerName={partnerName} />
      <div className="workspace with-panel">
        <Sidebar users={users} active={active} onJump={jump} status={sidebarStatus} threads={sidebarThreads} />
        <main className="document">
          {lostAccess ? (
            <div className="doc-banner doc-banner-danger" role="alert" data-testid="access-lost">
              <strong>{t('dossier.lostAccess.title')}</strong> {t('dossier.lostAccess.body')} <a href="/">{t('common.goToStart')}</a>
            </div>
          ) : refused ? (
            <div className="doc-banner doc-banner-danger" role="alert">
              <strong>{t('dossier.refused.title')}</strong> {refusedMessage} {t('dossier.refused.body')}
            </div>
          ) : unsent ? (
            // The pill alone was easy to miss while someone kept typing into a dead connection.
            <div className="doc-banner doc-banner-warn" role="status" data-testid="unsent-edits">
              <strong>{t(unsent === 'offline' ? 'dossier.unsent.offline' : 'dossier.unsent.lost')}</strong> {t('dossier.unsent.body')}
            </div>
          ) : (
            roleNote && (
              <div className="doc-banner" role="status" data-testid="role-changed">
                <strong>{roleNote}</strong> {t(canWrite ? 'dossier.role.canEdit' : 'dossier.role.readOnly')}
              </div>
            )
          )}
          <ChapterJump active={active} onJump={jump} />
          <button type="button" className="btn btn-small dossier-history-button" onClick={() => setDossierHistory(true)}>
            {t('dossier.history')}
          </button>
          {dossierHistory && (
            <Suspense fallback={null}>
              <HistoryPanel consortium={consortium} identity={identity} onClose={() => setDossierHistory(false)} />
            </Suspense>
          )}
          {!ready && <div className="loading-doc">{t('dossier.loading')}</div>}
          <ProgrammeContext.Provider value={programmeContext}>
            <AgreementContext.Provider value={agreementContext}>
              <DossierEditor
                session={session}
                canWrite={canWrite && !lostAccess && !refused}
                canComment={canComment && !refused}
                user={editorUser}
                frozenChapter={view.execution.frozen ? AGREEMENT_CHAPTER : null}
                onEditor={setEditor}
              />
            </AgreementContext.Provider>
          </ProgrammeContext.Provider>
          {extrasWanted && (
            <OptionalPart>
              <Suspense fallback={null}>
                <ProgrammePanel editor={editor} partners={partnerRefs} consortiumId={consortium.id} />
                <AgreementContext.Provider value={agreementContext}>
                  <AgreementPanel
                    editor={editor}
                    consortium={consortium}
                    view={view}
                    versions={versions}
                    canWrite={canWrite && !lostAccess && !refused}
                  />
                </AgreementContext.Provider>
                <ChapterMetaPortals
                  editor={editor}
                  consortium={consortium}
                  identity={identity}
                  view={view}
                  versions={versions}
                  canComment={canComment}
                  onOpenThread={selectThread}
                />
              </Suspense>
            </OptionalPart>
          )}
        </main>
        <OptionalPart fallback={<aside className="thread-panel" aria-label={t('comments.panel')} />}>
          <Suspense fallback={<aside className="thread-panel" aria-label={t('comments.panel')} aria-busy="true" />}>
            {extrasWanted ? (
              <ThreadPanel
                consortiumId={consortium.id}
                me={identity.userId}
                canComment={canComment}
                chapter={panelChapter}
                editor={editor}
                view={view}
                activeThread={activeThread}
                pending={pending}
                onPendingDone={clearPending}
                onSelectThread={selectThread}
                colorOf={colorOf}
                partnerName={partnerName}
              />
            ) : (
              <aside className="thread-panel" aria-label={t('comments.panel')} aria-busy="true" />
            )}
          </Suspense>
        </OptionalPart>
        {offer && (
          <button
            ref={commentButton}
            type="button"
            className="comment-fab"
            style={{ top: offer.top, left: offer.left }}
            title={t('a11y.commentButton')}
            aria-keyshortcuts="Control+Alt+M"
            onMouseDown={(e) => e.preventDefault()}
            onClick={startComment}
            data-testid="add-comment"
          >
            {t('comments.add')}
          </button>
        )}
      </div>
    </div>
  );
}
