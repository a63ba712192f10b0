import { useState, type FormEvent } from 'react';
import { describeError, type ErrorReport } from '../api.ts';
import { askSignInLink } from '../accountApi.ts';
import { FormError, TextField } from '../components/Form.tsx';
import { useT } from '../i18n/useT.ts';

/** Asking for an e-mailed sign-in link: the address, the request, and what came of it (sign-in and invitation pages). */
export function useEmailLinkRequest(returnTo?: string) {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  // False when the server sends no e-mail (the link went to its log).
  const [mailed, setMailed] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await askSignInLink(email, returnTo);
      setMailed(answer.mailed !== false);
      setSent(true);
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  };
  return { email, setEmail, sent, mailed, busy, error, submit };
}

/**
 * "Get a sign-in link by e-mail" on a page people arrive at before signing in (an invitation): the
 * link brings them back to `returnTo`, so opening it from the mail continues where they were.
 */
export function EmailLinkForm({ returnTo }: { returnTo: string }) {
  const t = useT();
  const { email, setEmail, sent, mailed, busy, error, submit } = useEmailLinkRequest(returnTo);

  if (sent)
    return (
      <p className="form-hint" role="status" data-testid="email-link-sent">
        {mailed ? t('emailLink.sent', { email }) : t('signIn.noMail', { email })}
      </p>
    );
  return (
    <form onSubmit={submit} noValidate data-testid="email-link-form">
      <p className="sign-in-or">{t('emailLink.or')}</p>
      <TextField
        id="email-link-address"
        name="email"
        type="email"
        label={t('emailLink.label')}
        value={email}
        onChange={setEmail}
        autoComplete="email"
        required
        hint={t('emailLink.hint')}
        error={error?.fields.email}
      />
      <FormError report={error} placed={['email']} />
      <p className="notice-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('emailLink.send')}
        </button>
      </p>
    </form>
  );
}
