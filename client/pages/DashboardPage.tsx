import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { statusHint, statusLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { quoted } from '../i18n/quotes.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { DocumentLanguageField } from '../components/DocumentLanguageField.tsx';
import { useEffect, useMemo, useState } from 'react';
import { CHAPTERS } from '../../shared/chapters.ts';
import { CHAPTER_STATUSES, collectsSignOffs, isSettled } from '../../shared/discussion.ts';
import { DocumentName } from '../../shared/names.ts';
import type { Consortium, Identity } from '../api.ts';
import { openSession, type CollabSession } from '../collab/session.ts';
import { canWrite } from '../../shared/roles.ts';
import { useAwarenessUsers, type PresentUser } from '../collab/useAwarenessUsers.ts';
import { partnerColor } from '../colors.ts';
import { Avatar } from '../components/Avatar.tsx';
import { ConsortiumShell } from '../components/ConsortiumShell.tsx';
import { signOffState } from '../comments/ChapterMeta.tsx';
import { formatDay } from '../components/dates.ts';
import { unreadIn, useChapterVersions, useDiscussion } from '../comments/useDiscussion.ts';
import { useT, type Translate } from '../i18n/useT.ts';
import '../comments/comments.css';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { countDecisions, localToday } from '../../shared/decisions.ts';
import { DecisionsByPartner } from '../decisions/DecisionsByPartner.tsx';
import './dashboard.css';

/** Where someone is, from their presence: the page they have open and the chapter they are in. */
function whereIs(user: PresentUser, t: Translate, locale: Locale): string {
  const key = CHAPTERS.find((c) => c.key === user.chapter)?.key;
  const chapter = key && chapterTitle(key, locale);
  if (user.page === 'overview') return t('dash.where.overview');
  if (chapter) return t('dash.where.chapter', { chapter });
  return t('dash.where.dossier');
}

/** The consortium's home: progress by chapter, who signed what, open conversations and who is working where. */
export function DashboardPage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="overview">
      {({ identity, consortium }) => <Dashboard identity={identity} consortium={consortium} />}
    </ConsortiumShell>
  );
}

function Dashboard({ identity, consortium }: { identity: Identity; consortium: Consortium }) {
  const t = useT();
  const { locale } = useLocale();
  // The dossier itself is needed for presence and for checking sign-offs against the current text.
  const [dossier, setDossier] = useState<CollabSession>();
  useEffect(() => {
    // A writer's offline copy may hold edits the server never had: opening the overview sends them too.
    const s = openSession(consortium.id, DocumentName.dossier, { canWrite: canWrite(identity.role, DocumentName.dossier) });
    const color = partnerColor(
      identity.partnerId,
      consortium.partners.map((p) => p.id),
    );
    s.provider.awareness.setLocalStateField('user', { name: identity.name, color, partner: identity.partnerId, role: identity.role });
    s.provider.awareness.setLocalStateField('chapter', '');
    s.provider.awareness.setLocalStateField('page', 'overview');
    setDossier(s);
    return () => s.destroy();
  }, [consortium, identity]);
  const users = useAwarenessUsers(dossier?.provider.awareness);
  const versions = useChapterVersions(dossier?.doc);
  const { view } = useDiscussion(consortium.id, identity.userId);
  const colorOf = (id: string) =>
    partnerColor(
      id,
      consortium.partners.map((p) => p.id),
    );
  const partnerName = (id: string | null) => consortium.partners.find((p) => p.id === id)?.name ?? '—';
  const today = new Date().toISOString().slice(0, 10);

  const counts = useMemo(() => {
    const c = Object.fromEntries(CHAPTER_STATUSES.map((s) => [s, 0])) as Record<string, number>;
    for (const ch of CHAPTERS) c[view.workflow[ch.key]?.status ?? 'not-started']!++;
    return c;
  }, [view.workflow]);
  const openThreads = view.threads.filter((thread) => !thread.resolved);
  const decisionCounts = useMemo(() => countDecisions(view.decisions, localToday()), [view.decisions]);
  const openDecisions = view.decisions.length ? [...decisionCounts.byChapter.values()].reduce((n, c) => n + c.open, 0) : 0;
  const dossierUrl = (key?: string) => `/c/${consortium.id}/dossier${key ? `#chapter-${key}` : ''}`;

  return (
    <div className="dashboard" data-testid="dashboard">
      <section className="dash-card dash-progress">
        <div className="dash-title-row">
          <h1>{t('dash.title')}</h1>
          <ExportMenu consortiumId={consortium.id} label={t('dash.export')} />
        </div>
        <DocumentLanguageField consortium={consortium} canChange={identity.role === 'coordinator'} />
        <p className="dash-lead">
          {t('dash.agreed', { agreed: counts.agreed! + counts.approved!, total: CHAPTERS.length })}
          {counts.approved ? ` ${t('dash.approved', { count: counts.approved })}` : ''} ·{' '}
          {t('dash.openDecisions', { count: openDecisions })} · {t('dash.openConversations', { count: openThreads.length })} ·{' '}
          {t('dash.partners', { count: consortium.partners.length })}
        </p>
        <div className="progress-bar" aria-label={t('dash.byStatus')}>
          {CHAPTER_STATUSES.map((s) =>
            counts[s] ? (
              <span
                key={s}
                className={`progress-seg ${s}`}
                style={{ flexGrow: counts[s] }}
                title={`${statusLabel(s, locale)}: ${counts[s]}`}
              />
            ) : null,
          )}
        </div>
        <ul className="progress-legend">
          {CHAPTER_STATUSES.map((s) => (
            <li key={s} data-testid={`count-${s}`} title={statusHint(s, locale)}>
              <span className={`status-dot-mini ${s}`} /> {statusLabel(s, locale)} <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section className="dash-card dash-online">
        <h2>{t('dash.online')}</h2>
        {users.length <= 1 && <p className="muted">{t('dash.nobodyOnline')}</p>}
        <ul className="online-list" data-testid="online">
          {users
            .filter((u) => !u.self)
            .map((u) => (
              <li key={u.clientId}>
                <Avatar name={u.name} color={u.color} size={24} />
                <span>{u.name}</span>
                <span className="muted">{whereIs(u, t, locale)}</span>
              </li>
            ))}
        </ul>
      </section>

      <section className="dash-card dash-chapters">
        <h2 id="chapters-heading">{t('dash.chapters')}</h2>
        <div className="matrix-scroll" tabIndex={0} role="region" aria-labelledby="chapters-heading">
          <table className="chapters-table" data-testid="chapters-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('dash.col.chapter')}</th>
                <th>{t('dash.col.lead')}</th>
                <th>{t('dash.col.status')}</th>
                <th>{t('dash.col.due')}</th>
                <th>{t('dash.col.signoffs')}</th>
                <th>{t('dash.col.decisions')}</th>
                <th>{t('dash.col.threads')}</th>
              </tr>
            </thead>
            <tbody>
              {CHAPTERS.map((ch) => {
                const w = view.workflow[ch.key] ?? { lead: null, status: 'not-started' as const, due: null };
                const signoffs = view.signoffs[ch.key] ?? [];
                const valid = signoffs.filter((s) => signOffState(s, versions.get(ch.key)) === 'signed').length;
                const stale = signoffs.length - valid;
                const threads = openThreads.filter((thread) => thread.chapter === ch.key);
                const unread = threads.filter((thread) => unreadIn(thread, view, identity.userId) > 0).length;
                const overdue = w.due && w.due < today && !isSettled(w.status);
                const decisions = decisionCounts.byChapter.get(ch.key) ?? { open: 0, overdue: 0 };
                return (
                  <tr key={ch.key} data-testid={`row-${ch.key}`}>
                    <td className="num">{ch.number}</td>
                    <td className="chapter-name">
                      <a href={dossierUrl(ch.key)}>{chapterTitle(ch.key, locale)}</a>
                    </td>
                    <td>{partnerName(w.lead)}</td>
                    <td>
                      <span className={`status-chip status-${w.status}`}>{statusLabel(w.status, locale)}</span>
                      {w.status === 'agreed' && view.execution.agreedReasons[ch.key] && (
                        <div className="agreed-reason soft" data-testid={`agreed-reason-${ch.key}`}>
                          {t('agreed.overview', { reason: view.execution.agreedReasons[ch.key]!.reason })}
                        </div>
                      )}
                    </td>
                    <td className={overdue ? 'overdue' : ''}>
                      {w.due ? formatDay(w.due, locale) : '—'}
                      {overdue ? ` ${t('dash.overdueMark')}` : ''}
                    </td>
                    <td>
                      {valid}/{consortium.partners.length}
                      {stale > 0 && <span className="stale-note"> · {t('dash.stale', { count: stale })}</span>}
                    </td>
                    <td data-testid={`decisions-${ch.key}`}>
                      {decisions.open}
                      {decisions.overdue > 0 && <span className="overdue"> · {t('dash.overdue', { count: decisions.overdue })}</span>}
                    </td>
                    <td>
                      {threads.length}
                      {unread > 0 && <span className="badge badge-accent"> {t('dash.new', { count: unread })}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="dash-card dash-matrix">
        <h2 id="matrix-heading">{t('dash.matrix')}</h2>
        {/* Focusable: on a narrow screen the matrix scrolls, and a keyboard must be able to scroll it too. */}
        <div className="matrix-scroll" tabIndex={0} role="region" aria-labelledby="matrix-heading">
          <table className="matrix" data-testid="signoff-matrix">
            <thead>
              <tr>
                <th>{t('dash.col.partner')}</th>
                {CHAPTERS.map((ch) => (
                  <th key={ch.key} title={chapterTitle(ch.key, locale)}>
                    {ch.number}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {consortium.partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <span className="partner-swatch" style={{ background: colorOf(p.id) }} /> {p.name}
                  </th>
                  {CHAPTERS.map((ch) => {
                    const s = (view.signoffs[ch.key] ?? []).find((x) => x.partnerId === p.id);
                    const state = signOffState(s, versions.get(ch.key));
                    const label = s ? (state === 'stale' ? '!' : '✓') : '';
                    const wf = view.workflow[ch.key]?.status;
                    const awaiting = !s && wf !== undefined && collectsSignOffs(wf);
                    return (
                      <td
                        key={ch.key}
                        className={`cell ${s ? state : awaiting ? 'awaiting none' : 'none'}`}
                        title={`${p.name} · ${chapterTitle(ch.key, locale)}: ${s ? (state === 'stale' ? t('dash.cell.stale') : t('dash.cell.signed', { name: s.by.name })) : t('dash.cell.none')}`}
                        data-testid={`cell-${p.id}-${ch.key}`}
                        data-state={s ? state : 'none'}
                      >
                        {label}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted legend">{t('dash.matrixLegend')}</p>
      </section>

      <section className="dash-card dash-threads">
        <h2>{t('dash.conversations')}</h2>
        {openThreads.length === 0 && <p className="muted">{t('dash.noThreads')}</p>}
        <ul className="thread-list">
          {openThreads
            .slice(-8)
            .reverse()
            .map((thread) => {
              const last = thread.messages.at(-1);
              const unread = unreadIn(thread, view, identity.userId);
              return (
                <li key={thread.id}>
                  <a href={dossierUrl(thread.chapter)}>
                    <span className="thread-chapter">
                      {CHAPTERS.some((c) => c.key === thread.chapter) && chapterTitle(thread.chapter as ChapterKey, locale)}
                    </span>
                    <span className="thread-quote-inline">{quoted(thread.quote, locale)}</span>
                    {last && (
                      <span className="muted">
                        {last.author.name}: {last.deleted ? t('dash.messageDeleted') : last.text.slice(0, 90)}
                      </span>
                    )}
                    {unread > 0 && <span className="badge badge-accent">{t('dash.new', { count: unread })}</span>}
                  </a>
                </li>
              );
            })}
        </ul>
      </section>

      <DecisionsByPartner consortium={consortium} byPartner={decisionCounts.byPartner} />
    </div>
  );
}
