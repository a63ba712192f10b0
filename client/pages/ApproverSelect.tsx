import { useState } from 'react';
import type { Consortium, Member } from '../api.ts';
import { executionApi } from '../comments/executionApi.ts';
import { useT } from '../i18n/useT.ts';

/** Which partner a member may record institutional approvals for: the coordinator chooses, others read. */
export function ApproverSelect(props: {
  consortium: Consortium;
  member: Member;
  isCoordinator: boolean;
  onChanged: (m: Member) => void;
  onError: (message: string) => void;
}) {
  const { consortium, member, isCoordinator } = props;
  const t = useT();
  const [busy, setBusy] = useState(false);
  const current = member.approvesFor ?? '';
  if (!isCoordinator) return <span className="soft">{consortium.partners.find((p) => p.id === current)?.name ?? '—'}</span>;
  const change = async (value: string) => {
    setBusy(true);
    try {
      props.onChanged((await executionApi.setApprover(consortium.id, member.userId, value || null)).member);
    } catch (e) {
      props.onError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  };
  return (
    <select
      aria-label={`${t('approval.approvesFor')}: ${member.name}`}
      title={t('approval.approvesForHint')}
      value={current}
      disabled={busy}
      onChange={(e) => void change(e.target.value)}
    >
      <option value="">{t('approval.approvesForNone')}</option>
      {consortium.partners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
