import { statusHint, statusLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react';
import { CHAPTER_STATUSES, collectsSignOffs, type ChapterWorkflow, type SignOff, type Thread } from '../../shared/discussion.ts';
import { useT } from '../i18n/useT.ts';
import type { Consortium, Identity } from '../api.ts';
import { discussionApi } from './discussionApi.ts';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { OptionalPart } from '../components/OptionalPart.tsx';
import { DueDateField } from '../components/DueDateField.tsx';
import { formatDay, formatMoment } from '../components/dates.ts';
import { ChapterDecisions } from '../decisions/ChapterDecisions.tsx';
import type { Decision } from '../../shared/decisions.ts';
import { canDecide } from '../../shared/roles.ts';
import { AGREEMENT_CHAPTER } from '../../shared/execution.ts';
import type { ExecutionView } from './executionView.ts';
import { ChapterApprovals } from './ChapterApprovals.tsx';
import { AgreedReasonForm, AgreedReasonNote } from './AgreedGate.tsx';
import { AgreementExecutionPanel } from './AgreementExecutionPanel.tsx';

// Loaded when someone first opens a history, not with the page.
const HistoryPanel = lazy(() => import('../history/HistoryPanel.tsx').then((m) => ({ default: m.HistoryPanel })));

export interface ChapterMetaProps {
  consortium: Consortium;
  identity: Identity;
  chapter: string;
  workflow: ChapterWorkflow;
  signoffs: SignOff[];
  /** The chapter's current content version; a sign-off for another version is stale. */
  version: string | undefined;
  canComment: boolean;
  /** The chapter's decisions and open threads (to link a decision to one). */
  decisions: Decision[];
  threads: Thread[];
  onOpenThread: (threadId: string) => void;
  execution: ExecutionView;
}

export type SignOffState = 'signed' | 'stale' | 'pending';

// Spelled out so every message key appears literally in the source (the catalogue test looks for them).
const SIGNOFF_STATE_LABEL = {
  signed: 'a11y.signoff.signed',
  stale: 'a11y.signoff.stale',
  pending: 'a11y.signoff.pending',
} as const;

export function signOffState(signoff: SignOff | undefined, version: string | undefined): SignOffState {
  if (!signoff) return 'pending';
  return version !== undefined && signoff.version !== version ? 'stale' : 'signed';
}

/** Lead, status, due date and the per-partner sign-offs of one chapter, shown under its heading. */
export const ChapterMeta = memo(function ChapterMeta(props: ChapterMetaProps) {
  const { locale } = useLocale();
  const { consortium, identity, chapter, workflow, signoffs, version, canComment, decisions, threads, onOpenThread, execution } = props;
  const t = useT();
  const [error, setError] = useState('');
  const [askReason, setAskReason] = useState(false);
  const [history, setHistory] = useState<{ from: string; to: string } | 'list'>();
  const coordinator = identity.role === 'coordinator';
  const run = (action: Promise<unknown>) =>
    action.then(() => setError('')).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  // Sent one after the other: two quick ArrowDowns on the status select are two requests, and if the
  // second overtook the first the chapter ended on the status the person had passed over.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The status the person chose, shown until the shared document says so: a controlled select snapped back to
  // the stored status between two quick ArrowDowns, so each press chose the same next status again.
  const [chosenStatus, setChosenStatus] = useState<ChapterWorkflow['status'] | null>(null);
  useEffect(() => setChosenStatus((chosen) => (chosen === workflow.status ? null : chosen)), [workflow.status]);
  const change = (patch: Partial<ChapterWorkflow> & { reason?: string }, onRefused?: () => void) => {
    const next = queue.current.then(() => discussionApi.updateChapter(consortium.id, chapter, patch));
    queue.current = next.catch(() => onRefused?.());
    return run(next);
  };
  const mine = signoffs.find((s) => s.partnerId === identity.partnerId);
  const myState = signOffState(mine, version);
  const reviewing = collectsSignOffs(workflow.status);
  const myPartner = consortium.partners.find((p) => p.id === identity.partnerId)?.name ?? identity.partnerId;
  const allSigned = consortium.partners.every(
    (p) =>
      signOffState(
        signoffs.find((s) => s.partnerId === p.id),
        version,
      ) === 'signed',
  );

  return (
    <div className="chapter-meta" data-testid={`meta-${chapter}`}>
      <div className="meta-row">
        <label className="meta-field">
          <span>{t('meta.status')}</span>
          {coordinator ? (
            <select
              aria-label={t('meta.chapterStatus')}
              value={chosenStatus ?? workflow.status}
              title={statusHint(workflow.status, locale)}
              onChange={(e) => {
                const status = e.target.value as ChapterWorkflow['status'];
                // The Agreed gate: without every current sign-off, the coordinator says why.
                if (status === 'agreed' && !allSigned) setAskReason(true);
                else {
                  setChosenStatus(status);
                  void change({ status }, () => setChosenStatus(null));
                }
              }}
            >
              {CHAPTER_STATUSES.map((s) => (
                <option key={s} value={s} title={statusHint(s, locale)} disabled={s === 'approved' && !allSigned && workflow.status !== s}>
                  {statusLabel(s, locale)}
                  {s === 'approved' && !allSigned && workflow.status !== s ? ` ${t('meta.approvedAfterSignoffs')}` : ''}
                </option>
              ))}
            </select>
          ) : (
            <span
              className={`status-chip status-${workflow.status}`}
              data-testid="chapter-status"
              title={statusHint(workflow.status, locale)}
            >
              {statusLabel(workflow.status, locale)}
            </span>
          )}
        </label>
        <label className="meta-field">
          <span>{t('meta.lead')}</span>
          {coordinator ? (
            <select
              aria-label={t('meta.leadPartner')}
              value={workflow.lead ?? ''}
              onChange={(e) => void change({ lead: e.target.value || null })}
            >
              <option value="">{t('meta.noLead')}</option>
              {consortium.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : (
            <strong>{consortium.partners.find((p) => p.id === workflow.lead)?.name ?? t('meta.noLead')}</strong>
          )}
        </label>
        <label className="meta-field">
          <span>{t('meta.due')}</span>
          {coordinator ? (
            <DueDateField value={workflow.due} onSave={(due) => void change({ due })} />
          ) : (
            <strong>{workflow.due ? formatDay(workflow.due, locale) : '—'}</strong>
          )}
        </label>
        <ExportMenu consortiumId={consortium.id} chapter={chapter} />
        <button type="button" className="btn btn-small" onClick={() => setHistory('list')}>
          {t('meta.history')}
        </button>
      </div>
      {(reviewing || signoffs.length > 0) && (
        <div className="signoff-row">
          <span className="signoff-label">{t('meta.signoff')}</span>
          {consortium.partners.map((p) => {
            const s = signoffs.find((x) => x.partnerId === p.id);
            const state = signOffState(s, version);
            const title = s
              ? t(state === 'stale' ? 'meta.signedByStale' : 'meta.signedBy', { name: s.by.name, date: formatMoment(s.at, locale) })
              : t('meta.notSignedYet');
            return (
              <span
                key={p.id}
                className={`signoff-chip ${state}`}
                title={title}
                data-testid={`signoff-${chapter}-${p.id}`}
                data-state={state}
              >
                <span aria-hidden="true">{state === 'signed' ? '✓' : state === 'stale' ? '!' : '○'}</span> {p.name}
                <span className="visually-hidden">: {t(SIGNOFF_STATE_LABEL[state])}</span>
                {state === 'stale' && s?.versionId && s.partnerId !== identity.partnerId && (
                  <button type="button" className="link-button" onClick={() => setHistory({ from: s.versionId!, to: 'current' })}>
                    {t('meta.whatChanged')}
                  </button>
                )}
              </span>
            );
          })}
          {canComment && reviewing && myState !== 'signed' && (
            <button
              type="button"
              className="btn btn-primary btn-small"
              onClick={() => void run(discussionApi.signOff(consortium.id, chapter))}
            >
              {myState === 'stale' ? t('meta.signOffAgain', { partner: myPartner }) : t('meta.signOff', { partner: myPartner })}
            </button>
          )}
          {canComment && mine && (
            <button type="button" className="btn btn-small" onClick={() => void run(discussionApi.withdraw(consortium.id, chapter))}>
              {t('meta.withdraw')}
            </button>
          )}
        </div>
      )}
      <ChapterApprovals
        consortium={consortium}
        identity={identity}
        chapter={chapter}
        approvals={execution.approvals[chapter] ?? []}
        signoffs={signoffs}
        version={version}
        executed={execution.frozen !== null}
        run={run}
      />
      {askReason && (
        <AgreedReasonForm
          onCancel={() => setAskReason(false)}
          onSubmit={(reason) => void change({ status: 'agreed', reason }).then(() => setAskReason(false))}
        />
      )}
      {workflow.status === 'agreed' && execution.agreedReasons[chapter] && <AgreedReasonNote reason={execution.agreedReasons[chapter]} />}
      {chapter === AGREEMENT_CHAPTER && (
        <AgreementExecutionPanel
          consortium={consortium}
          identity={identity}
          execution={execution}
          run={run}
          onCompare={(from) => setHistory({ from, to: 'current' })}
        />
      )}
      {myState === 'stale' && reviewing && (
        <p className="meta-note" role="note">
          {t('meta.staleMine', { partner: myPartner })}{' '}
          {mine?.versionId && (
            <button type="button" className="btn btn-small" onClick={() => setHistory({ from: mine.versionId!, to: 'current' })}>
              {t('meta.whatChangedMine')}
            </button>
          )}
        </p>
      )}
      {workflow.status === 'approved' && (
        <p className="meta-hint" data-testid="approved-note">
          {statusHint('approved', locale)}
        </p>
      )}
      {coordinator && workflow.status === 'agreed' && allSigned && (
        <p className="meta-hint">{t('meta.allSigned', { status: statusLabel('approved', locale) })}</p>
      )}
      {error && (
        <p className="meta-error" role="alert">
          {error}
        </p>
      )}
      <ChapterDecisions
        consortium={consortium}
        chapter={chapter}
        decisions={decisions}
        threads={threads}
        canDecide={canComment && canDecide(identity.role)}
        onOpenThread={onOpenThread}
      />
      {history && (
        <OptionalPart>
          <Suspense fallback={null}>
            <HistoryPanel
              consortium={consortium}
              identity={identity}
              chapter={chapter}
              initialCompare={history === 'list' ? undefined : history}
              onClose={() => setHistory(undefined)}
            />
          </Suspense>
        </OptionalPart>
      )}
    </div>
  );
});
