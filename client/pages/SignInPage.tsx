import { useEffect, useState } from 'react';
import { describeError } from '../api.ts';
import { useSignInLink as signInWithLink } from '../accountApi.ts';
import { useEmailLinkRequest } from './EmailLinkForm.tsx';
import { Notice } from '../components/Notice.tsx';
import { FormError, TextField } from '../components/Form.tsx';
import { SignInOptions } from './SignInOptions.tsx';
import type { MessageId } from '../i18n/messages/en.ts';
import { useT } from '../i18n/useT.ts';

/** Why a single sign-on came back here (the server names the code in `?error=`), in plain words. */
const SSO_PROBLEM: Record<string, MessageId> = {
  'sso-state': 'signIn.sso.state',
  'sso-refused': 'signIn.sso.refused',
  'sso-off': 'signIn.sso.off',
  'rate-limited': 'signIn.sso.rateLimited',
};

/** /signin: ask for a link by e-mail; /signin?code=…: the link itself, used once and then left. */
export function SignInPage() {
  const code = new URLSearchParams(location.search).get('code');
  return code ? <UseLink code={code} /> : <AskForLink />;
}

function UseLink({ code }: { code: string }) {
  const t = useT();
  const [error, setError] = useState<string>();
  useEffect(() => {
    // Only a page script posts the code, so mail scanners that fetch links do not use it up.
    signInWithLink(code).then(
      ({ next }) => location.replace(next),
      (e: unknown) => setError(describeError(e).message),
    );
  }, [code]);
  if (!error) return <Notice title={t('signIn.signingIn')} />;
  return (
    <Notice title={t('signIn.badLink')} body={error}>
      <p className="notice-actions">
        <a className="button primary" href="/signin">
          {t('signIn.newLink')}
        </a>
      </p>
    </Notice>
  );
}

function AskForLink() {
  const t = useT();
  const { email, setEmail, sent, mailed, busy, error, submit } = useEmailLinkRequest();

  const ssoError = new URLSearchParams(location.search).get('error');
  if (sent)
    return (
      <Notice
        title={mailed ? t('signIn.sent.title') : t('signIn.noMail.title')}
        body={mailed ? t('signIn.sent.body', { email }) : t('signIn.noMail', { email })}
      >
        <p className="notice-actions">
          <a className="button" href="/">
            {t('common.goToStart')}
          </a>
        </p>
      </Notice>
    );
  return (
    <Notice title={t('signIn.title')}>
      {ssoError && (
        <p className="form-error" role="alert">
          {ssoError === 'sso-linked-elsewhere' ? t('signIn.ssoLinkedElsewhere') : t(SSO_PROBLEM[ssoError] ?? 'signIn.failed')}
        </p>
      )}
      <SignInOptions />
      <p className="sign-in-or">{t('signIn.or')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="signin-email"
          name="email"
          type="email"
          label={t('signIn.email')}
          value={email}
          onChange={setEmail}
          autoComplete="email"
          required
          hint={t('signIn.email.hint')}
          error={error?.fields.email}
        />
        <FormError report={error} placed={['email']} />
        <p className="notice-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('signIn.send')}
          </button>
        </p>
      </form>
    </Notice>
  );
}
