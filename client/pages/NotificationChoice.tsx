import { useState } from 'react';
import { describeError } from '../api.ts';
import { setNotifications } from '../accountApi.ts';
import type { NotifyChoice } from '../../shared/account.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import { useT } from '../i18n/useT.ts';

const CHOICES: { value: NotifyChoice; label: MessageId; hint: MessageId }[] = [
  { value: 'immediately', label: 'notify.immediately', hint: 'notify.immediately.hint' },
  { value: 'daily', label: 'notify.daily', hint: 'notify.daily.hint' },
  { value: 'none', label: 'notify.none', hint: 'notify.none.hint' },
];

/** On the account page: how the person wants to hear of mentions, replies, sign-off requests and due dates. */
export function NotificationChoice(props: { choice: NotifyChoice; available: boolean; email: string | null }) {
  const t = useT();
  const [choice, setChoice] = useState(props.choice);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState('');
  const choose = async (next: NotifyChoice) => {
    const before = choice;
    setError('');
    setSaved(false);
    setChoice(next); // shown at once; put back if the server refuses
    try {
      await setNotifications(next);
      setSaved(true);
    } catch (e) {
      setChoice(before);
      setError(describeError(e).message);
    }
  };
  return (
    <section className="notify-choice" data-testid="notify-choice" role="radiogroup" aria-labelledby="notify-heading">
      <h2 id="notify-heading">{t('notify.heading')}</h2>
      <p className="soft">
        {t('notify.intro')}
        {!props.email && ` ${t('notify.needEmail')}`}
        {!props.available && ` ${t('notify.unavailable')}`}
      </p>
      {CHOICES.map((c) => (
        <label key={c.value} className="radio-line">
          <input type="radio" name="notify" value={c.value} checked={choice === c.value} onChange={() => void choose(c.value)} />
          <strong>{t(c.label)}</strong> <span className="soft">— {t(c.hint)}</span>
        </label>
      ))}
      {saved && <p role="status">{t('notify.saved')}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
