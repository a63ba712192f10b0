import { useState, type FormEvent } from 'react';
import type { AgreedReason } from '../../shared/execution.ts';
import { formatDay } from '../components/dates.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';

/** Asks the coordinator why a chapter is Agreed although not every partner's sign-off is current. */
export function AgreedReasonForm(props: { onSubmit: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) props.onSubmit(reason.trim());
  };
  return (
    <form className="agreed-reason-form" onSubmit={submit}>
      <label>
        {t('agreed.question')}
        <input
          required
          autoFocus
          maxLength={500}
          value={reason}
          placeholder={t('agreed.example')}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <button type="submit" className="btn btn-primary btn-small">
        {t('agreed.confirm')}
      </button>
      <button type="button" className="btn btn-small" onClick={props.onCancel}>
        {t('approval.cancel')}
      </button>
    </form>
  );
}

/** The reason the coordinator gave, shown wherever the chapter's status is. */
export function AgreedReasonNote(props: { reason: AgreedReason }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <p className="meta-hint agreed-reason" data-testid="agreed-reason">
      {t('agreed.note', { reason: props.reason.reason, name: props.reason.by.name, date: formatDay(props.reason.at.slice(0, 10), locale) })}
    </p>
  );
}
