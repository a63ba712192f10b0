import { useEffect, useState, type FormEvent } from 'react';
import {
  acceptInvite,
  ApiError,
  describeError,
  fetchInvitePreview,
  fetchSession,
  type ErrorReport,
  type Identity,
  type InvitePreview,
} from '../api.ts';
import { roleLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { Notice } from '../components/Notice.tsx';
import { WayOn } from '../components/WayOn.tsx';
import { FormError, TextField } from '../components/Form.tsx';
import { ROLE_HINT } from '../components/labels.ts';
import { fetchAccount } from '../accountApi.ts';
import { SignInOptions } from './SignInOptions.tsx';
import { EmailLinkForm } from './EmailLinkForm.tsx';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'invalid'; gone: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; invite: InvitePreview; me?: Identity; account?: { name: string } };

/** /join/<code>: what the invitation is for, and one field to accept it. */
export function JoinPage({ code }: { code: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    Promise.all([
      fetchInvitePreview(code),
      fetchSession().then(
        (r) => r.identity,
        () => undefined,
      ),
      // Signed in but in no consortium yet (a first single sign-on): an account, but no identity.
      fetchAccount().then(
        (r) => r.account,
        () => undefined,
      ),
    ]).then(
      ([invite, me, account]) => live && setState({ kind: 'ready', invite, me, account }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && [400, 404, 410].includes(error.status)) setState({ kind: 'invalid', gone: error.status === 410 });
        else setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [code]);

  if (state.kind === 'loading') return <Notice title={t('join.opening')} />;
  if (state.kind === 'invalid') return <InvalidInvite gone={state.gone} />;
  if (state.kind === 'error') return <Notice title={t('join.error')} body={state.message} />;
  return <AcceptForm code={code} invite={state.invite} me={state.me} account={state.account} />;
}

function InvalidInvite({ gone }: { gone: boolean }) {
  const t = useT();
  return (
    <Notice title={t('app.badInvite.title')} body={t(gone ? 'join.gone' : 'join.unknown')}>
      <WayOn />
    </Notice>
  );
}

function AcceptForm({ code, invite, me, account }: { code: string; invite: InvitePreview; me?: Identity; account?: { name: string } }) {
  const t = useT();
  const { locale } = useLocale();
  const signedInAs = me?.name ?? account?.name;
  const [name, setName] = useState(signedInAs ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const [invalid, setInvalid] = useState<boolean>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const identity = await acceptInvite(code, { name });
      location.assign(`/c/${identity.consortiumId}`);
    } catch (e) {
      // The link may have run out between opening the page and pressing Join. (A 400 here is about the name:
      // the code itself was accepted when the page opened.)
      if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setInvalid(e.status === 410);
      else setError(describeError(e));
      setBusy(false);
    }
  };

  if (invalid !== undefined) return <InvalidInvite gone={invalid} />;
  return (
    <Notice title={t('join.title', { name: invite.consortiumName })}>
      <p className="invite-summary" data-testid="invite-summary">
        <FormattedMessage
          id="join.summary"
          values={{
            consortium: <strong>{invite.consortiumName}</strong>,
            role: <strong>{roleLabel(invite.role, locale)}</strong>,
            partner: <strong>{invite.partnerName}</strong>,
          }}
        />
      </p>
      {invite.programmeTitle && <p className="invite-programme">{t('join.programme', { title: invite.programmeTitle })}</p>}
      <p className="invite-role-hint">
        {roleLabel(invite.role, locale)}: {t(ROLE_HINT[invite.role])}
      </p>
      <form className="join-form" onSubmit={submit} noValidate>
        <TextField
          id="name"
          name="name"
          label={t('home.form.yourName')}
          value={name}
          onChange={setName}
          required
          autoComplete="name"
          maxLength={80}
          autoFocus
          hint={signedInAs ? t('join.signedInAs', { name: signedInAs }) : t('join.name.hint')}
          error={error?.fields.name}
        />
        <FormError report={error} placed={['name']} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('join.joining') : t('join.join')}
          </button>
        </div>
      </form>
      {!signedInAs && (
        <div className="join-returning" data-testid="join-sign-in">
          <p>{t('join.haveAccount')}</p>
          <SignInOptions returnTo={`/join/${code}`} />
          <EmailLinkForm returnTo={`/join/${code}`} />
        </div>
      )}
    </Notice>
  );
}
