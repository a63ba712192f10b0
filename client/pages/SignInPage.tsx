import { useEffect, useState, type FormEvent } from 'react';
import { describeError, type ErrorReport } from '../api.ts';
import { askSignInLink, useSignInLink as signInWithLink } from '../accountApi.ts';
import { Notice } from '../components/Notice.tsx';
import { FormError, TextField } from '../components/Form.tsx';
import { SignInOptions } from './SignInOptions.tsx';
import { useT } from '../i18n/useT.ts';

/** Why a single sign-on came back here (the server names the code in `?error=`), in plain words. */
const SSO_PROBLEM: Record<string, string> = {
  'sso-state': 'That sign-in took too long or was already used. Please try again.',
  'sso-refused': 'Your institution’s answer could not be checked, so you were not signed in. Please try again.',
  'sso-off': 'Single sign-on is not set up here. Use a passkey or an e-mailed link instead.',
  'rate-limited': 'There were too many sign-in attempts. Please wait a while and try again.',
};

/** /signin: ask for a link by e-mail; /signin?code=…: the link itself, used once and then left. */
export function SignInPage() {
  const code = new URLSearchParams(location.search).get('code');
  return code ? <UseLink code={code} /> : <AskForLink />;
}

function UseLink({ code }: { code: string }) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    // Only a page script posts the code, so mail scanners that fetch links do not use it up.
    signInWithLink(code).then(
      ({ next }) => location.replace(next),
      (e: unknown) => setError(describeError(e).message),
    );
  }, [code]);
  if (!error) return <Notice title="Signing you in…" />;
  return (
    <Notice title="This sign-in link does not work" body={error}>
      <p className="notice-actions">
        <a className="button primary" href="/signin">
          Send me a new link
        </a>
      </p>
    </Notice>
  );
}

function AskForLink() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await askSignInLink(email);
      setSent(true);
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  };

  const ssoError = new URLSearchParams(location.search).get('error');
  if (sent)
    return (
      <Notice
        title="Check your e-mail"
        body={`If ${email} is the sign-in address of an account, or for a new one, a sign-in link is on its way. It works once, for a few minutes.`}
      />
    );
  return (
    <Notice title="Sign in to Jointly">
      {ssoError && (
        <p className="form-error" role="alert">
          {ssoError === 'sso-linked-elsewhere'
            ? t('signIn.ssoLinkedElsewhere')
            : (SSO_PROBLEM[ssoError] ?? 'Signing in did not work. Please try again.')}
        </p>
      )}
      <SignInOptions />
      <p className="sign-in-or">or get a link by e-mail</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="signin-email"
          name="email"
          type="email"
          label="Your e-mail address"
          value={email}
          onChange={setEmail}
          autoComplete="email"
          required
          hint="We send you a link to sign in with. Add this address to your account from its page after you first joined."
          error={error?.fields.email}
        />
        <FormError report={error} placed={['email']} />
        <p className="notice-actions">
          <button type="submit" className="button primary" disabled={busy}>
            Send me a sign-in link
          </button>
        </p>
      </form>
    </Notice>
  );
}
