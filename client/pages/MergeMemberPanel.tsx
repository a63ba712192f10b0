import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.ts';
import { mergeMember, type Member } from '../api.ts';
import type { ShellContext } from '../components/ConsortiumShell.tsx';
import { InlineError } from '../components/Form.tsx';
import { partnerName } from '../components/TopBar.tsx';

/**
 * "Same person as…": a coordinator says that `member` is a duplicate of another member (two
 * entries for one person, e.g. from two invitation links). Choosing, then confirming, merges them:
 * everything the duplicate wrote and signed is kept under the other entry.
 */
export function MergeMemberPanel(props: {
  ctx: ShellContext;
  member: Member;
  others: Member[];
  columns: number;
  onMerged: (kept: Member) => void;
  onCancel: () => void;
}) {
  const { ctx, member, others, columns } = props;
  const t = useT();
  const [into, setInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const target = others.find((m) => m.userId === into);
  const label = (m: Member) => `${m.name} (${partnerName(ctx.consortium, m.partnerId)})`;

  const merge = async () => {
    if (!target) return;
    setBusy(true);
    setError('');
    try {
      props.onMerged(await mergeMember(ctx.consortium.id, member.userId, target.userId));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <tr className="row-message merge-row" data-testid={`merge-${member.userId}`}>
      <td colSpan={columns}>
        <div className="merge-panel">
          {!confirming ? (
            <>
              <label htmlFor={`merge-into-${member.userId}`}>{t('merge.question', { name: member.name })}</label>
              <select id={`merge-into-${member.userId}`} value={into} onChange={(e) => setInto(e.target.value)}>
                <option value="">{t('merge.choose')}</option>
                {others.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {label(m)}
                  </option>
                ))}
              </select>
              <button type="button" className="button small primary" disabled={!target} onClick={() => setConfirming(true)}>
                {t('merge.continue')}
              </button>
              <button type="button" className="button small ghost" onClick={props.onCancel}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <>
              <p role="alert">
                <FormattedMessage
                  id="merge.confirm"
                  values={{
                    duplicate: label(member),
                    kept: label(target!),
                    name: member.name,
                    keptName: target!.name,
                    b: (chunks) => <strong>{chunks}</strong>,
                  }}
                />
              </p>
              <button type="button" className="button small danger" disabled={busy} onClick={() => void merge()}>
                {t('merge.yes')}
              </button>
              <button type="button" className="button small ghost" disabled={busy} onClick={props.onCancel}>
                {t('common.cancel')}
              </button>
            </>
          )}
        </div>
        {error && <InlineError message={error} onDismiss={() => setError('')} />}
      </td>
    </tr>
  );
}
