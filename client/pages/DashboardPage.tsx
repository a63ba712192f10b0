import { useEffect, useMemo, useState } from 'react';
import { CHAPTERS } from '../../shared/chapters.ts';
import { CHAPTER_STATUSES, STATUS_GUIDANCE, STATUS_LABEL, collectsSignOffs, isSettled } from '../../shared/discussion.ts';
import { DocumentName } from '../../shared/names.ts';
import type { Consortium, Identity } from '../api.ts';
import { openSession, type CollabSession } from '../collab/session.ts';
import { useAwarenessUsers, type PresentUser } from '../collab/useAwarenessUsers.ts';
import { partnerColor } from '../colors.ts';
import { Avatar } from '../components/Avatar.tsx';
import { ConsortiumShell } from '../components/ConsortiumShell.tsx';
import { signOffState } from '../comments/ChapterMeta.tsx';
import { formatDay } from '../components/dates.ts';
import { unreadIn, useChapterVersions, useDiscussion } from '../comments/useDiscussion.ts';
import { useT } from '../i18n/useT.ts';
import '../comments/comments.css';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { countDecisions, localToday } from '../../shared/decisions.ts';
import { DecisionsByPartner } from '../decisions/DecisionsByPartner.tsx';
import './dashboard.css';

/** Where someone is, from their presence: the page they have open and the chapter they are in. */
function whereIs(user: PresentUser): string {
  const chapter = CHAPTERS.find((c) => c.key === user.chapter)?.title;
  if (user.page === 'overview') return 'on the overview';
  if (chapter) return `in ${chapter}`;
  return 'in the dossier';
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
  // The dossier itself is needed for presence and for checking sign-offs against the current text.
  const [dossier, setDossier] = useState<CollabSession>();
  useEffect(() => {
    const s = openSession(consortium.id, DocumentName.dossier, { canWrite: false });
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
  const t = useT();
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
  const openThreads = view.threads.filter((t) => !t.resolved);
  const decisionCounts = useMemo(() => countDecisions(view.decisions, localToday()), [view.decisions]);
  const openDecisions = view.decisions.length ? [...decisionCounts.byChapter.values()].reduce((n, c) => n + c.open, 0) : 0;
  const dossierUrl = (key?: string) => `/c/${consortium.id}/dossier${key ? `#chapter-${key}` : ''}`;

  return (
    <main className="dashboard" data-testid="dashboard">
      <section className="dash-card dash-progress">
        <div className="dash-title-row">
          <h1>Programme dossier</h1>
          <ExportMenu consortiumId={consortium.id} label="Export dossier" />
        </div>
        <p className="dash-lead">
          {counts.agreed! + counts.approved!} of {CHAPTERS.length} chapters agreed
          {counts.approved ? ` (${counts.approved} approved by the institutions)` : ''} · {openDecisions} open decision
          {openDecisions === 1 ? '' : 's'} · {openThreads.length} open conversation{openThreads.length === 1 ? '' : 's'} ·{' '}
          {consortium.partners.length} partner institution{consortium.partners.length === 1 ? '' : 's'}
        </p>
        <div className="progress-bar" aria-label="Chapters by status">
          {CHAPTER_STATUSES.map((s) =>
            counts[s] ? (
              <span key={s} className={`progress-seg ${s}`} style={{ flexGrow: counts[s] }} title={`${STATUS_LABEL[s]}: ${counts[s]}`} />
            ) : null,
          )}
        </div>
        <ul className="progress-legend">
          {CHAPTER_STATUSES.map((s) => (
            <li key={s} data-testid={`count-${s}`} title={STATUS_GUIDANCE[s]}>
              <span className={`status-dot-mini ${s}`} /> {STATUS_LABEL[s]} <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section className="dash-card dash-online">
        <h2>Working now</h2>
        {users.length <= 1 && <p className="muted">Nobody else is online.</p>}
        <ul className="online-list" data-testid="online">
          {users
            .filter((u) => !u.self)
            .map((u) => (
              <li key={u.clientId}>
                <Avatar name={u.name} color={u.color} size={24} />
                <span>{u.name}</span>
                <span className="muted">{whereIs(u)}</span>
              </li>
            ))}
        </ul>
      </section>

      <section className="dash-card dash-chapters">
        <h2>Chapters</h2>
        <table className="chapters-table" data-testid="chapters-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Chapter</th>
              <th>Lead</th>
              <th>Status</th>
              <th>Due</th>
              <th>Sign-offs</th>
              <th>Open decisions</th>
              <th>Open threads</th>
            </tr>
          </thead>
          <tbody>
            {CHAPTERS.map((ch) => {
              const w = view.workflow[ch.key] ?? { lead: null, status: 'not-started' as const, due: null };
              const signoffs = view.signoffs[ch.key] ?? [];
              const valid = signoffs.filter((s) => signOffState(s, versions.get(ch.key)) === 'signed').length;
              const stale = signoffs.length - valid;
              const threads = openThreads.filter((t) => t.chapter === ch.key);
              const unread = threads.filter((t) => unreadIn(t, view, identity.userId) > 0).length;
              const overdue = w.due && w.due < today && !isSettled(w.status);
              const decisions = decisionCounts.byChapter.get(ch.key) ?? { open: 0, overdue: 0 };
              return (
                <tr key={ch.key} data-testid={`row-${ch.key}`}>
                  <td className="num">{ch.number}</td>
                  <td>
                    <a href={dossierUrl(ch.key)}>{ch.title}</a>
                  </td>
                  <td>{partnerName(w.lead)}</td>
                  <td>
                    <span className={`status-chip status-${w.status}`}>{STATUS_LABEL[w.status]}</span>
                    {w.status === 'agreed' && view.execution.agreedReasons[ch.key] && (
                      <div className="agreed-reason soft" data-testid={`agreed-reason-${ch.key}`}>
                        {t('agreed.overview', { reason: view.execution.agreedReasons[ch.key]!.reason })}
                      </div>
                    )}
                  </td>
                  <td className={overdue ? 'overdue' : ''}>
                    {w.due ? formatDay(w.due) : '—'}
                    {overdue ? ' (overdue)' : ''}
                  </td>
                  <td>
                    {valid}/{consortium.partners.length}
                    {stale > 0 && <span className="stale-note"> · {stale} stale</span>}
                  </td>
                  <td data-testid={`decisions-${ch.key}`}>
                    {decisions.open}
                    {decisions.overdue > 0 && <span className="overdue"> · {decisions.overdue} overdue</span>}
                  </td>
                  <td>
                    {threads.length}
                    {unread > 0 && <span className="badge badge-accent"> {unread} new</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="dash-card dash-matrix">
        <h2>Sign-off by partner</h2>
        <div className="matrix-scroll">
          <table className="matrix" data-testid="signoff-matrix">
            <thead>
              <tr>
                <th>Partner</th>
                {CHAPTERS.map((ch) => (
                  <th key={ch.key} title={ch.title}>
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
                        title={`${p.name} · ${ch.title}: ${s ? (state === 'stale' ? 'signed an older text' : `signed by ${s.by.name}`) : 'not signed'}`}
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
        <p className="muted legend">
          ✓ signed off · ! the text changed after signing · ○ in review, awaiting this partner · empty: not in review yet
        </p>
      </section>

      <section className="dash-card dash-threads">
        <h2>Open conversations</h2>
        {openThreads.length === 0 && <p className="muted">No open comment threads.</p>}
        <ul className="thread-list">
          {openThreads
            .slice(-8)
            .reverse()
            .map((t) => {
              const last = t.messages.at(-1);
              const unread = unreadIn(t, view, identity.userId);
              return (
                <li key={t.id}>
                  <a href={dossierUrl(t.chapter)}>
                    <span className="thread-chapter">{CHAPTERS.find((c) => c.key === t.chapter)?.title}</span>
                    <span className="thread-quote-inline">“{t.quote}”</span>
                    {last && (
                      <span className="muted">
                        {last.author.name}: {last.deleted ? 'message deleted' : last.text.slice(0, 90)}
                      </span>
                    )}
                    {unread > 0 && <span className="badge badge-accent">{unread} new</span>}
                  </a>
                </li>
              );
            })}
        </ul>
      </section>

      <DecisionsByPartner consortium={consortium} byPartner={decisionCounts.byPartner} />
    </main>
  );
}
