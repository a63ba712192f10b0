import { useEffect, useState } from 'react';
import { fetchSignInMethods, type SignInMethods } from '../accountApi.ts';
import { passkeyProblem, passkeysSupported, signInWithPasskey } from '../passkeyClient.ts';
import { useT } from '../i18n/useT.ts';

/**
 * The one-click ways in: the institution's single sign-on (when the server has one) and a passkey.
 * `returnTo` is where the person lands afterwards (the invitation they were accepting); without it,
 * their consortium.
 */
export function SignInOptions({ returnTo }: { returnTo?: string }) {
  const t = useT();
  const [methods, setMethods] = useState<SignInMethods>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => void fetchSignInMethods().then(setMethods, () => setMethods({ sso: null, passkeys: false })), []);
  if (!methods) return null;

  const passkey = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const { next } = await signInWithPasskey();
      location.assign(returnTo ?? next);
    } catch (e) {
      setProblem(passkeyProblem(e, t));
      setBusy(false);
    }
  };
  const ssoHref = `/api/signin/oidc${returnTo ? `?return=${encodeURIComponent(returnTo)}` : ''}`;
  return (
    <div className="sign-in-options">
      {methods.sso && (
        <a className="button primary" href={ssoHref}>
          {t('signIn.withSso', { name: methods.sso.name })}
        </a>
      )}
      {methods.passkeys && passkeysSupported() && (
        <button type="button" className="button" onClick={passkey} disabled={busy}>
          {busy ? t('signIn.waitingPasskey') : t('signIn.withPasskey')}
        </button>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
