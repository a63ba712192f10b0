import { useEffect, useState, type FormEvent } from 'react';
import { createConsortium, describeError, fetchMe, type ErrorReport } from '../api.ts';
import type { PartnerType } from '../../shared/api.ts';
import { Notice } from '../components/Notice.tsx';
import { FormError, SelectField, TextField } from '../components/Form.tsx';
import { PARTNER_TYPE_OPTIONS } from '../components/labels.ts';
import { MAIN_CONTENT, SkipLink } from '../components/SkipLink.tsx';
import { useT } from '../i18n/useT.ts';

const PLACED = ['coordinatorName', 'partner.name', 'partner.country', 'partner.type', 'name', 'programmeTitle'];

/** Signed in: straight to the consortium. Signed out: what Jointly is, and how to start a consortium. */
export function HomePage() {
  const t = useT();
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    fetchMe().then(
      (identity) => location.replace(`/c/${identity.consortiumId}`),
      () => setSignedOut(true),
    );
  }, []);
  if (!signedOut) return <Notice title="Opening Jointly…" />;
  return (
    <main className="home" id={MAIN_CONTENT} tabIndex={-1}>
      <SkipLink label={t('a11y.skipToContent')} target="create-heading" />
      <section className="home-intro">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            J
          </span>
          <span className="brand-name">Jointly</span>
        </div>
        <h1>Design your joint micro-credential programme together</h1>
        <p className="lead">
          Jointly is a shared workspace for the partner institutions of a consortium. Everyone writes the programme dossier in the same
          place, chapter by chapter, and sees each other’s changes as they happen.
        </p>
        <ol className="steps">
          <li>
            <strong>Start a consortium.</strong> Tell us who you are and which institution you represent; you become its coordinator.
          </li>
          <li>
            <strong>Add your partners.</strong> List the universities, employers and other institutions you work with.
          </li>
          <li>
            <strong>Invite people.</strong> Send each colleague an invite link with the right role, then write the dossier together.
          </li>
        </ol>
        <p className="muted">Were you invited? Open the invitation link your coordinator sent you – no account needed.</p>
      </section>
      <CreateConsortiumForm />
    </main>
  );
}

function CreateConsortiumForm() {
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
        Create a consortium
      </h2>
      <fieldset>
        <legend>About you</legend>
        <TextField
          id="coordinatorName"
          name="coordinatorName"
          label="Your name"
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
          label="Your institution"
          value={form.partnerName}
          onChange={set('partnerName')}
          required
          autoComplete="organization"
          maxLength={160}
          placeholder="e.g. Leiden University"
          error={fieldError('partner.name')}
        />
        <div className="field-row">
          <TextField
            id="country"
            name="country"
            label="Country"
            value={form.country}
            onChange={set('country')}
            placeholder="NL"
            hint="Two-letter code"
            inputClassName="country-input"
            className="field-narrow"
            error={fieldError('partner.country')}
          />
          <SelectField
            id="type"
            name="type"
            label="Type of institution"
            value={form.type}
            onChange={set('type')}
            options={PARTNER_TYPE_OPTIONS}
            className="field-grow"
            error={fieldError('partner.type')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>The consortium</legend>
        <TextField
          id="consortiumName"
          name="consortiumName"
          label="Consortium name"
          value={form.name}
          onChange={set('name')}
          required
          maxLength={160}
          placeholder="e.g. Green Skills for Europe"
          error={fieldError('name')}
        />
        <TextField
          id="programmeTitle"
          name="programmeTitle"
          label="Programme title"
          value={form.programmeTitle}
          onChange={set('programmeTitle')}
          maxLength={200}
          placeholder="e.g. Micro-credential in Sustainable Energy Transitions"
          error={fieldError('programmeTitle')}
        />
      </fieldset>
      <FormError report={error} placed={PLACED} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create consortium'}
        </button>
      </div>
    </form>
  );
}
