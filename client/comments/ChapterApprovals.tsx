import { useEffect, useState, type FormEvent } from 'react';
import type { SignOff } from '../../shared/discussion.ts';
import type { InstitutionalApproval } from '../../shared/execution.ts';
import type { Consortium, Identity } from '../api.ts';
import { formatDay } from '../components/dates.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { executionApi } from './executionApi.ts';

/** The institutional approvals of one chapter beside its sign-offs, and the form to record one for the partner the person approves for. */
export function ChapterApprovals(props: {
  consortium: Consortium;
  identity: Identity;
  chapter: string;
  approvals: InstitutionalApproval[];
  signoffs: SignOff[];
  version: string | undefined;
  /** An executed agreement lists the approvals as they were: none is withdrawn while it is in force. */
  executed: boolean;
  run: (action: Promise<unknown>) => Promise<unknown>;
}) {
  const { consortium, identity, chapter, approvals, signoffs, version, executed, run } = props;
  const t = useT();
  const { locale } = useLocale();
  const [approvesFor, setApprovesFor] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [form, setForm] = useState({ body: '', date: new Date().toISOString().slice(0, 10), reference: '' });
  useEffect(() => {
    let live = true;
    void executionApi.members(consortium.id).then((members) => {
      if (live) setApprovesFor(members.find((m) => m.userId === identity.userId)?.approvesFor ?? null);
    });
    return () => {
      live = false;
    };
  }, [consortium.id, identity.userId]);

  const partner = consortium.partners.find((p) => p.id === approvesFor);
  const signedNow = partner && signoffs.some((s) => s.partnerId === partner.id && s.version === version);
  const current = (a: InstitutionalApproval) => a.version === version;
  const mineCurrent = partner && approvals.some((a) => a.partnerId === partner.id && current(a));
  const mayWithdraw = (a: InstitutionalApproval) => !executed && (identity.role === 'coordinator' || a.partnerId === approvesFor);
  const partnerNameOf = (id: string) => consortium.partners.find((p) => p.id === id)?.name ?? id;
  if (approvals.length === 0 && !(partner && signedNow)) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!partner) return;
    void run(executionApi.recordApproval(consortium.id, chapter, { partnerId: partner.id, ...form }).then(() => setOpen(false)));
  };

  return (
    <div className="signoff-row approval-row" data-testid={`approvals-${chapter}`}>
      <span className="signoff-label">{t('approval.label')}</span>
      {approvals.map((a) => (
        <span key={a.partnerId} className="approval-item">
          <span
            className={`signoff-chip ${current(a) ? 'signed' : 'stale'}`}
            data-testid={`approval-${chapter}-${a.partnerId}`}
            title={t('approval.recordedBy', { name: a.recordedBy.name })}
          >
            {current(a) ? '✓' : '!'}{' '}
            {t('approval.chip', {
              partner: partnerNameOf(a.partnerId),
              body: a.body,
              date: formatDay(a.date, locale),
              reference: a.reference,
            })}
          </span>
          {mayWithdraw(a) &&
            (withdrawing === a.partnerId ? (
              <span
                className="approval-withdraw"
                role="group"
                aria-label={t('approval.withdrawOf', { partner: partnerNameOf(a.partnerId) })}
              >
                <span>{t('approval.withdrawConfirm', { partner: partnerNameOf(a.partnerId) })}</span>
                <button
                  type="button"
                  className="btn btn-small button danger"
                  onClick={() =>
                    void run(executionApi.withdrawApproval(consortium.id, chapter, a.partnerId)).then(() => setWithdrawing(null))
                  }
                >
                  {t('approval.withdrawYes')}
                </button>
                <button type="button" className="btn btn-small" onClick={() => setWithdrawing(null)}>
                  {t('approval.cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="link-button muted"
                aria-label={t('approval.withdrawOf', { partner: partnerNameOf(a.partnerId) })}
                onClick={() => setWithdrawing(a.partnerId)}
              >
                {t('approval.withdraw')}
              </button>
            ))}
        </span>
      ))}
      {partner && signedNow && !mineCurrent && !open && (
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
          {t('approval.record', { partner: partner.name })}
        </button>
      )}
      {open && partner && (
        <form className="approval-form" onSubmit={submit}>
          <label>
            {t('approval.body')}
            <input
              required
              value={form.body}
              placeholder={t('approval.bodyExample')}
              onChange={(e) => setForm({ ...form, body: e.target.value })}
            />
          </label>
          <label>
            {t('approval.date')}
            <input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          </label>
          <label>
            {t('approval.reference')}
            <input
              required
              value={form.reference}
              placeholder={t('approval.referenceExample')}
              onChange={(e) => setForm({ ...form, reference: e.target.value })}
            />
          </label>
          <button type="submit" className="btn btn-primary btn-small">
            {t('approval.save')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setOpen(false)}>
            {t('approval.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
