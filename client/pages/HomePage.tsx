import { useEffect, useState, type FormEvent } from 'react';
import { createConsortium, describeError, fetchMe, type ErrorReport, type Identity } from '../api.ts';
import type { PartnerType } from '../../shared/api.ts';
import { Notice } from '../components/Notice.tsx';
import { FormError, SelectField, TextField } from '../components/Form.tsx';
import { partnerTypeOptions } from '../components/labels.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { LanguageMenu } from '../i18n/LanguageMenu.tsx';
import { MAIN_CONTENT, SkipLink } from '../components/SkipLink.tsx';
import { useT } from '../i18n/useT.ts';

const PLACED = ['coordinatorName', 'partner.name', 'partner.country', 'partner.type', 'name', 'programmeTitle'];

/**
 * What Jointly is, and how to start a consortium. Signed in, it also leads back to one's consortium:
 * it used to send everyone signed in straight there, so "Go to the start page" looped back into the
 * consortium and nobody could start a second one.
 */
export function HomePage() {
  const t = useT();
  // undefined while asking; null when signed out.
  const [me, setMe] = useState<Identity | null>();
  useEffect(() => {
    fetchMe().then(setMe, () => setMe(null));
  }, []);
  if (me === undefined) return <Notice title={t('app.opening')} />;
  return (
    <main className="home" id={MAIN_CONTENT} tabIndex={-1}>
      <SkipLink label={t('a11y.skipToContent')} target="create-heading" />
      <section className="home-intro">
        <div className="notice-head">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              J
            </span>
            <span className="brand-name">Jointly</span>
          </div>
          <div className="home-head-actions">
            {!me && (
              <a className="button" href="/signin" data-testid="home-sign-in">
                {t('account.signIn')}
              </a>
            )}
            <LanguageMenu />
          </div>
        </div>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <ol className="steps">
          <li>
            <strong>{t('home.step1.title')}</strong> {t('home.step1.body')}
          </li>
          <li>
            <strong>{t('home.step2.title')}</strong> {t('home.step2.body')}
          </li>
          <li>
            <strong>{t('home.step3.title')}</strong> {t('home.step3.body')}
          </li>
        </ol>
        {me ? (
          <p className="home-signed-in" data-testid="home-signed-in">
            {t('home.signedInAs', { name: me.name })}{' '}
            <a className="button primary" href={`/c/${encodeURIComponent(me.consortiumId)}`}>
              {t('wayOn.openYours')}
            </a>
          </p>
        ) : (
          <p className="muted">{t('home.invited')}</p>
        )}
      </section>
      <CreateConsortiumForm />
    </main>
  );
}

function CreateConsortiumForm() {
  const t = useT();
  const { locale } = useLocale();
  const [form, setForm] = useState({
    coordinatorName: '',
    partnerName: '',
    country: '',
    type: 'degree-awarding' as PartnerType,
    name: '',
    programmeTitle: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (path: string) => error?.fields[path];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { consortium } = await createConsortium({
        name: form.name,
        programmeTitle: form.programmeTitle,
        coordinatorName: form.coordinatorName,
        partner: { name: form.partnerName, country: form.country.trim().toUpperCase(), type: form.type },
      });
      location.assign(`/c/${consortium.id}`);
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };

  return (
    <form className="card home-form" onSubmit={submit} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading" tabIndex={-1}>
        {t('home.form.heading')}
      </h2>
      <fieldset>
        <legend>{t('home.form.aboutYou')}</legend>
        <TextField
          id="coordinatorName"
          name="coordinatorName"
          label={t('home.form.yourName')}
          value={form.coordinatorName}
          onChange={set('coordinatorName')}
          required
          autoComplete="name"
          maxLength={80}
          error={fieldError('coordinatorName')}
        />
        <TextField
          id="partnerName"
          name="partnerName"
          label={t('home.form.yourInstitution')}
          value={form.partnerName}
          onChange={set('partnerName')}
          required
          autoComplete="organization"
          maxLength={160}
          placeholder={t('home.form.institutionPlaceholder')}
          error={fieldError('partner.name')}
        />
        <div className="field-row">
          <TextField
            id="country"
            name="country"
            label={t('partner.country')}
            value={form.country}
            onChange={set('country')}
            placeholder={t('partner.country.placeholder')}
            hint={t('partner.country.hint')}
            inputClassName="country-input"
            className="field-narrow"
            error={fieldError('partner.country')}
          />
          <SelectField
            id="type"
            name="type"
            label={t('partner.type')}
            value={form.type}
            onChange={set('type')}
            options={partnerTypeOptions(locale)}
            className="field-grow"
            error={fieldError('partner.type')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('home.form.consortium')}</legend>
        <TextField
          id="consortiumName"
          name="consortiumName"
          label={t('home.form.consortiumName')}
          value={form.name}
          onChange={set('name')}
          required
          maxLength={160}
          placeholder={t('home.form.consortiumPlaceholder')}
          error={fieldError('name')}
        />
        <TextField
          id="programmeTitle"
          name="programmeTitle"
          label={t('home.form.programmeTitle')}
          value={form.programmeTitle}
          onChange={set('programmeTitle')}
          maxLength={200}
          placeholder={t('home.form.programmePlaceholder')}
          error={fieldError('programmeTitle')}
        />
      </fieldset>
      <FormError report={error} placed={PLACED} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('home.form.creating') : t('home.form.create')}
        </button>
      </div>
    </form>
  );
}
