import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError, type ErrorReport } from '../api.ts';
import { confirmEmail, endAllSessions, endSession, fetchAccount, type AccountResponse } from '../accountApi.ts';
import { Notice } from '../components/Notice.tsx';
import { FormError, TextField } from '../components/Form.tsx';
import { WayOn } from '../components/WayOn.tsx';
import { formatMoment } from '../components/dates.ts';
import { NotificationChoice } from './NotificationChoice.tsx';
import { PasskeySection } from './PasskeySection.tsx';

/** /account: the sign-in address, and the devices signed in (each can be ended from here). */
export function AccountPage() {
  const [data, setData] = useState<AccountResponse | null>();
  const load = useCallback(() => fetchAccount().then(setData, () => setData(null)), []);
  useEffect(() => void load(), [load]);

  if (data === undefined) return <Notice title="Opening your account…" />;
  if (data === null)
    return (
      <Notice title="You are not signed in">
        <p className="notice-actions">
          <a className="button primary" href="/signin">
            Sign in
          </a>
        </p>
      </Notice>
    );
  return (
    <Notice title="Your account">
      <EmailSection email={data.account.email} />
      <NotificationChoice choice={data.notifications.choice} available={data.notifications.available} email={data.account.email} />
      <PasskeySection />
      <h2>Signed in on</h2>
      <ul className="session-list" data-testid="sessions">
        {data.sessions.map((s) => (
          <li key={s.id}>
            <strong>{s.device}</strong> · last seen {formatMoment(s.lastSeenAt)} {s.current && <em>(this device)</em>}{' '}
            {!s.current && (
              <button type="button" className="button ghost small" onClick={() => endSession(s.id).then(load)}>
                Sign out there
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="notice-actions">
        <button type="button" className="button" onClick={() => endAllSessions().finally(() => location.assign('/'))}>
          Sign out everywhere
        </button>
      </p>
      <WayOn />
    </Notice>
  );
}

function EmailSection({ email }: { email: string | null }) {
  const [value, setValue] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await confirmEmail(value);
      setSent(true);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <>
      <p data-testid="account-email">
        {email ? `You sign in with ${email}.` : 'No sign-in e-mail address yet: add one to come back from any device.'}
      </p>
      {sent ? (
        <p role="status">We sent a link to {value}. Open it to confirm the address.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <TextField
            id="account-email-input"
            name="email"
            type="email"
            label={email ? 'Change sign-in e-mail' : 'Sign-in e-mail'}
            value={value}
            onChange={setValue}
            autoComplete="email"
            error={error?.fields.email}
          />
          <FormError report={error} placed={['email']} />
          <button type="submit" className="button primary">
            Send confirmation link
          </button>
        </form>
      )}
    </>
  );
}
