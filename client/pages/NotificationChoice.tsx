import { useState } from 'react';
import { describeError } from '../api.ts';
import { setNotifications } from '../accountApi.ts';
import type { NotifyChoice } from '../../shared/account.ts';

const CHOICES: { value: NotifyChoice; label: string; hint: string }[] = [
  { value: 'immediately', label: 'Right away', hint: 'one e-mail for each mention, reply, sign-off request or due date' },
  { value: 'daily', label: 'Once a day', hint: 'everything of the day in one e-mail' },
  { value: 'none', label: 'Never', hint: 'no e-mails; you see everything when you open Jointly' },
];

/** On the account page: how the person wants to hear of mentions, replies, sign-off requests and due dates. */
export function NotificationChoice(props: { choice: NotifyChoice; available: boolean; email: string | null }) {
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
      <h2 id="notify-heading">E-mails when someone needs you</h2>
      <p className="soft">
        When someone mentions you, replies in a conversation you took part in, asks for your institution’s sign-off, or a chapter your
        institution leads is due within three days.
        {!props.email && ' Add a sign-in e-mail address above to receive them.'}
        {!props.available && ' This Jointly server does not send e-mails yet.'}
      </p>
      {CHOICES.map((c) => (
        <label key={c.value} className="radio-line">
          <input type="radio" name="notify" value={c.value} checked={choice === c.value} onChange={() => void choose(c.value)} />
          <strong>{c.label}</strong> <span className="soft">— {c.hint}</span>
        </label>
      ))}
      {saved && <p role="status">Saved.</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
