import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError, type ErrorReport } from '../api.ts';
import { confirmEmail, endAllSessions, endSession, fetchAccount, type AccountResponse } from '../accountApi.ts';
import { Notice } from '../components/Notice.tsx';
import { FormError, TextField } from '../components/Form.tsx';
import { WayOn } from '../components/WayOn.tsx';
import { formatMoment } from '../components/dates.ts';
import { NotificationChoice } from './NotificationChoice.tsx';
import { PasskeySection } from './PasskeySection.tsx';
import { LanguageMenu } from '../i18n/LanguageMenu.tsx';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/**
 * The server names a device in English words it chose from the browser's User-Agent ("Chrome on
 * Linux", "Unknown device"; server/accounts/signInSessions.ts): said again in the reader's language.
 */
function useDeviceName(): (device: string) => string {
  const t = useT();
  return (device) => {
    if (device === 'Unknown device') return t('account.unknownDevice');
    const parts = /^(Edge|Firefox|Chrome|Safari) on (Android|iOS|Windows|macOS|Linux)$/.exec(device);
    return parts ? t('account.deviceOn', { browser: parts[1]!, system: parts[2]! }) : device;
  };
}

/** /account: the sign-in address, and the devices signed in (each can be ended from here). */
export function AccountPage() {
  const t = useT();
  const deviceName = useDeviceName();
  const { locale } = useLocale();
  const [data, setData] = useState<AccountResponse | null>();
  const load = useCallback(() => fetchAccount().then(setData, () => setData(null)), []);
  useEffect(() => void load(), [load]);

  if (data === undefined) return <Notice title={t('account.opening')} />;
  if (data === null)
    return (
      <Notice title={t('account.signedOut')}>
        <p className="notice-actions">
          <a className="button primary" href="/signin">
            {t('account.signIn')}
          </a>
        </p>
      </Notice>
    );
  return (
    <Notice title={t('account.title')}>
      <EmailSection email={data.account.email} />
      <LanguageMenu labelled />
      <NotificationChoice choice={data.notifications.choice} available={data.notifications.available} email={data.account.email} />
      {data.sso && <InstitutionSection name={data.sso.name} linked={data.sso.linked} />}
      <PasskeySection />
      <h2>{t('account.sessions')}</h2>
      <ul className="session-list" data-testid="sessions">
        {data.sessions.map((s) => (
          <li key={s.id}>
            <strong>{deviceName(s.device)}</strong> · {t('account.lastSeen', { when: formatMoment(s.lastSeenAt, locale) })}{' '}
            {s.current && <em>{t('account.thisDevice')}</em>}{' '}
            {!s.current && (
              <button type="button" className="button ghost small" onClick={() => endSession(s.id).then(load)}>
                {t('account.signOutThere')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="notice-actions">
        <button type="button" className="button" onClick={() => endAllSessions().finally(() => location.assign('/'))}>
          {t('account.signOutEverywhere')}
        </button>
      </p>
      <WayOn />
    </Notice>
  );
}

function EmailSection({ email }: { email: string | null }) {
  const t = useT();
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
      <p data-testid="account-email">{email ? t('account.email.current', { email }) : t('account.email.none')}</p>
      {sent ? (
        <p role="status">{t('account.email.sent', { email: value })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <TextField
            id="account-email-input"
            name="email"
            type="email"
            label={email ? t('account.email.change') : t('account.email.add')}
            value={value}
            onChange={setValue}
            autoComplete="email"
            error={error?.fields.email}
          />
          <FormError report={error} placed={['email']} />
          <button type="submit" className="button primary">
            {t('account.email.send')}
          </button>
        </form>
      )}
    </>
  );
}

/** Single sign-on for someone who came in another way (invite, e-mailed link): link the institution's account once. */
function InstitutionSection({ name, linked }: { name: string; linked: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="account-sso" data-testid="account-sso">
      <h2 id="account-sso">{t('account.sso.heading')}</h2>
      {linked ? (
        <p>{t('account.sso.linked', { name })}</p>
      ) : (
        <>
          <p>{t('account.sso.unlinked', { name })}</p>
          <p>
            {/* The server links the identity to the account this browser is signed in to, then comes back here. */}
            <a className="button" href={`/api/signin/oidc?return=${encodeURIComponent('/account')}`}>
              {t('account.sso.link', { name })}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
