import { useState, type FormEvent } from 'react';
import { shortHash, type ExecutionSummary, type SignatureSummary } from '../../shared/execution.ts';
import { ApiError, type Consortium, type Identity, type Partner } from '../api.ts';
import type { AgreementReadiness } from '../../shared/agreement/readiness.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { formatMoment, formatDay } from '../components/dates.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { executionApi } from './executionApi.ts';
import { useLoadedClauses } from '../agreement/clauseLibraryStore.ts';
import type { ExecutionView } from './executionView.ts';

/**
 * The agreement chapter's execution: the coordinator executes (freezes) it or starts an amendment;
 * while executed, a banner says so, the executed files download, and each partner records its
 * signature with the signed PDF.
 */
export function AgreementExecutionPanel(props: {
  consortium: Consortium;
  identity: Identity;
  execution: ExecutionView;
  run: (action: Promise<unknown>) => Promise<unknown>;
  onCompare: (versionId: string) => void;
}) {
  const { consortium, identity, execution, run, onCompare } = props;
  const t = useT();
  const { locale } = useLocale();
  const [confirming, setConfirming] = useState(false);
  // What the server listed as still open when asked to execute: shown before executing anyway.
  const [openPoints, setOpenPoints] = useState<AgreementReadiness | null>(null);
  const close = () => {
    setConfirming(false);
    setOpenPoints(null);
  };
  const execute = (despiteOpenPoints: boolean) =>
    void run(
      executionApi.execute(consortium.id, despiteOpenPoints).then(close, (error: unknown) => {
        if (!(error instanceof ApiError && error.code === 'agreement-not-ready')) throw error;
        setOpenPoints(error.details as AgreementReadiness);
      }),
    );
  const coordinator = identity.role === 'coordinator';
  const { frozen } = execution;
  const latest = execution.executions.at(-1);
  // Nothing executed yet and nothing this person may do about it: no empty box in the chapter.
  if (!frozen && !latest && !coordinator) return null;

  return (
    <section className="execution-panel" aria-label={t('execution.title')} data-testid="execution-panel">
      {frozen ? (
        <div className="executed-banner" role="status" data-testid="executed-banner">
          <strong>
            {t('execution.banner', {
              number: frozen.number,
              date: formatMoment(frozen.executedAt, locale),
              fingerprint: shortHash(frozen.fingerprint),
            })}
          </strong>
          <span>{t('execution.readOnly')}</span>
        </div>
      ) : (
        latest && (
          <p className="meta-note" data-testid="amending-note">
            {t('execution.amending', { number: latest.number })}{' '}
            <button type="button" className="btn btn-small" onClick={() => onCompare(latest.versionId)}>
              {t('execution.whatChanged', { number: latest.number })}
            </button>
          </p>
        )
      )}
      <div className="execution-actions">
        {coordinator && !frozen && !confirming && (
          <button type="button" className="btn btn-primary btn-small" onClick={() => setConfirming(true)}>
            {t('execution.execute')}
          </button>
        )}
        {confirming && !openPoints && (
          <span className="execution-confirm">
            {t('execution.confirm', { number: (latest?.number ?? 0) + 1 })}{' '}
            <button type="button" className="btn btn-primary btn-small" onClick={() => execute(false)}>
              {t('execution.confirmYes')}
            </button>
            <button type="button" className="btn btn-small" onClick={close}>
              {t('approval.cancel')}
            </button>
          </span>
        )}
        {confirming && openPoints && <OpenPoints readiness={openPoints} onExecute={() => execute(true)} onCancel={close} />}
        {coordinator && frozen && (
          <button type="button" className="btn btn-small" onClick={() => void run(executionApi.amend(consortium.id))}>
            {t('execution.amend')}
          </button>
        )}
      </div>
      {[...execution.executions].reverse().map((e) => (
        <ExecutedVersion
          key={e.number}
          consortium={consortium}
          identity={identity}
          execution={e}
          inForce={frozen?.number === e.number}
          signatures={execution.signatures[e.number] ?? []}
          run={run}
        />
      ))}
    </section>
  );
}

/** The readiness's open points, read before the coordinator executes anyway. */
function OpenPoints(props: { readiness: AgreementReadiness; onExecute: () => void; onCancel: () => void }) {
  const { readiness, onExecute, onCancel } = props;
  const t = useT();
  const { locale } = useLocale();
  const openChapters = readiness.dependencies.filter((d) => !d.ready);
  // The server names missing clauses in English; their ids give the reader's words once the agreement's panel fetched them.
  const words = useLoadedClauses()?.words;
  return (
    <div className="execution-open-points" role="alert" data-testid="execution-open-points">
      <strong>{t('execution.notReady')}</strong>
      <ul>
        {readiness.missingClauses.length > 0 && (
          <li>
            {t('agreement.readiness.missingClauses', { count: readiness.missingClauses.length })}:{' '}
            {readiness.missingClauses.map((c) => words?.clauseTitleIn(c.id, locale) ?? c.title).join(' · ')}
          </li>
        )}
        {openChapters.map((d) => (
          <li key={d.chapter}>{t('execution.openChapter', { chapter: chapterTitle(d.chapter, locale) })}</li>
        ))}
        {readiness.partnersWithoutSignatory.length > 0 && (
          <li>
            {t('agreement.readiness.noSignatory')}: {readiness.partnersWithoutSignatory.map((p) => p.name).join(' · ')}
          </li>
        )}
      </ul>
      <span className="execution-confirm">
        <button type="button" className="btn btn-primary btn-small" onClick={onExecute}>
          {t('execution.executeAnyway')}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('approval.cancel')}
        </button>
      </span>
    </div>
  );
}

function ExecutedVersion(props: {
  consortium: Consortium;
  identity: Identity;
  execution: ExecutionSummary;
  inForce: boolean;
  signatures: SignatureSummary[];
  run: (action: Promise<unknown>) => Promise<unknown>;
}) {
  const { consortium, identity, execution, inForce, signatures, run } = props;
  const t = useT();
  const { locale } = useLocale();
  const n = execution.number;
  return (
    <div className="executed-version" data-testid={`executed-${n}`}>
      <div className="executed-head">
        <strong>{t('execution.name', { number: n })}</strong>
        <span className="executed-meta">
          {t('execution.meta', { date: formatMoment(execution.executedAt, locale), name: execution.by.name })}
        </span>
        <a className="btn btn-small" href={executionApi.documentUrl(consortium.id, n, 'docx')} download>
          {t('execution.downloadDocx')}
        </a>
        <a className="btn btn-small" href={executionApi.documentUrl(consortium.id, n, 'pdf')} download>
          {t('execution.downloadPdf')}
        </a>
      </div>
      <table className="signature-table">
        <thead>
          <tr>
            <th>{t('execution.partner')}</th>
            <th>{t('execution.signedOn')}</th>
            <th>{t('execution.signatory')}</th>
            <th>{t('execution.signedCopy')}</th>
          </tr>
        </thead>
        <tbody>
          {consortium.partners.map((p) => {
            const s = signatures.find((x) => x.partnerId === p.id);
            const mayUpload = inForce && identity.role !== 'viewer' && (p.id === identity.partnerId || identity.role === 'coordinator');
            return (
              <tr key={p.id} data-testid={`signature-${n}-${p.id}`}>
                <td>{p.name}</td>
                <td>{s ? formatDay(s.signedOn, locale) : '—'}</td>
                <td>{s?.signatoryName ?? '—'}</td>
                <td>
                  {s && (
                    <a href={executionApi.signedCopyUrl(consortium.id, n, p.id)} download title={s.sha256}>
                      {t('execution.sha', { hash: shortHash(s.sha256) })}
                    </a>
                  )}
                  {mayUpload && <SignatureForm consortium={consortium} number={n} partner={p} replacing={!!s} run={run} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SignatureForm(props: {
  consortium: Consortium;
  number: number;
  partner: Partner;
  replacing: boolean;
  run: (action: Promise<unknown>) => Promise<unknown>;
}) {
  const { consortium, number, partner, replacing, run } = props;
  const t = useT();
  const [open, setOpen] = useState(!replacing);
  const [signedOn, setSignedOn] = useState(new Date().toISOString().slice(0, 10));
  const [signatoryName, setSignatoryName] = useState(partner.signatoryName ?? '');
  const [file, setFile] = useState<File | null>(null);
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('execution.replace')}
      </button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    void run(
      executionApi.uploadSignedCopy(consortium.id, number, partner.id, { signedOn, signatoryName }, file).then(() => setOpen(false)),
    );
  };
  return (
    <form className="signature-form" onSubmit={submit} aria-label={t('execution.uploadFor', { partner: partner.name })}>
      <input type="date" required aria-label={t('execution.signedOn')} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
      <input
        required
        aria-label={t('execution.signatory')}
        placeholder={t('execution.signatory')}
        value={signatoryName}
        onChange={(e) => setSignatoryName(e.target.value)}
      />
      <input
        type="file"
        required
        accept="application/pdf"
        aria-label={t('execution.file')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <button type="submit" className="btn btn-primary btn-small">
        {t('execution.upload')}
      </button>
    </form>
  );
}
