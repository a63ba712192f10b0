import { useEffect, useState, type FormEvent } from 'react';
import { describeError, type ErrorReport, type Partner, type PartnerBody } from '../api.ts';
import type { PartnerIdentifierType, PartnerType } from '../../shared/api.ts';
import { FormError, SelectField, TextField } from './Form.tsx';
import { identifierChoices, partnerTypeOptions } from './labels.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

type Values = Required<{ [K in keyof PartnerBody]: string }> & { type: PartnerType; identifierType: PartnerIdentifierType | '' };
const FIELDS = [
  'name',
  'country',
  'type',
  'contactName',
  'contactEmail',
  'signatoryName',
  'signatoryRole',
  'legalName',
  'identifierType',
  'identifier',
  'address',
  'website',
] as const;

function initial(partner?: Partner): Values {
  return {
    name: partner?.name ?? '',
    country: partner?.country ?? '',
    type: partner?.type ?? 'degree-awarding',
    contactName: partner?.contactName ?? '',
    contactEmail: partner?.contactEmail ?? '',
    signatoryName: partner?.signatoryName ?? '',
    signatoryRole: partner?.signatoryRole ?? '',
    legalName: partner?.legalName ?? '',
    identifierType: partner?.identifierType ?? '',
    identifier: partner?.identifier ?? '',
    address: partner?.address ?? '',
    website: partner?.website ?? '',
  };
}

/**
 * Every field of a partner institution. Used to add one (empty, resets after saving) and to edit one
 * inline. `idPrefix` keeps ids unique when several forms are on the page.
 */
export function PartnerForm(props: {
  idPrefix: string;
  partner?: Partner;
  title: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (values: PartnerBody) => Promise<void>;
  onCancel?: () => void;
  className?: string;
  /** Put the keyboard in the first field when the form appears in place of what opened it (editing a partner). */
  focusFirst?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { idPrefix, partner, submitLabel } = props;
  const [values, setValues] = useState<Values>(() => initial(partner));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const id = (key: string) => `${idPrefix}-${key}`;
  const err = (key: string) => error?.fields[key];
  const focusFirst = props.focusFirst;
  useEffect(() => {
    if (focusFirst) document.getElementById(`${idPrefix}-name`)?.focus();
  }, [focusFirst, idPrefix]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit({ ...values, country: values.country.trim().toUpperCase() });
      if (!partner) setValues(initial());
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={`partner-form ${props.className ?? ''}`} onSubmit={submit} noValidate aria-label={props.title}>
      <div className="form-grid">
        <TextField
          id={id('name')}
          name="name"
          label={t('partner.name')}
          value={values.name}
          onChange={set('name')}
          required
          maxLength={160}
          className="span-2"
          error={err('name')}
        />
        <TextField
          id={id('country')}
          name="country"
          label={t('partner.country')}
          value={values.country}
          onChange={set('country')}
          placeholder={t('partner.country.placeholder')}
          hint={t('partner.country.hint')}
          inputClassName="country-input"
          error={err('country')}
        />
        <SelectField
          id={id('type')}
          name="type"
          label={t('partner.type')}
          value={values.type}
          onChange={set('type')}
          options={partnerTypeOptions(locale)}
          error={err('type')}
        />
        <TextField
          id={id('contactName')}
          name="contactName"
          label={t('partner.contactName')}
          value={values.contactName}
          onChange={set('contactName')}
          maxLength={120}
          error={err('contactName')}
        />
        <TextField
          id={id('contactEmail')}
          name="contactEmail"
          type="email"
          label={t('partner.contactEmail')}
          value={values.contactEmail}
          onChange={set('contactEmail')}
          maxLength={200}
          error={err('contactEmail')}
        />
        <TextField
          id={id('signatoryName')}
          name="signatoryName"
          label={t('partner.signatoryName')}
          value={values.signatoryName}
          onChange={set('signatoryName')}
          maxLength={120}
          hint={t('partner.signatoryName.hint')}
          error={err('signatoryName')}
        />
        <TextField
          id={id('signatoryRole')}
          name="signatoryRole"
          label={t('partner.signatoryRole')}
          value={values.signatoryRole}
          onChange={set('signatoryRole')}
          maxLength={120}
          placeholder={t('partner.signatoryRole.placeholder')}
          error={err('signatoryRole')}
        />
        <TextField
          id={id('legalName')}
          name="legalName"
          label={t('partner.legalName')}
          value={values.legalName}
          onChange={set('legalName')}
          maxLength={250}
          className="span-2"
          hint={t('partner.legalName.hint')}
          error={err('legalName')}
        />
        <SelectField
          id={id('identifierType')}
          name="identifierType"
          label={t('partner.identifierType')}
          value={values.identifierType}
          onChange={set('identifierType')}
          options={[{ value: '', label: t('partner.identifierNone') }, ...identifierChoices(locale)]}
          error={err('identifierType')}
        />
        <TextField
          id={id('identifier')}
          name="identifier"
          label={t('partner.identifier')}
          value={values.identifier}
          onChange={set('identifier')}
          maxLength={60}
          placeholder={t('partner.identifier.placeholder')}
          error={err('identifier')}
        />
        <TextField
          id={id('address')}
          name="address"
          label={t('partner.address')}
          value={values.address}
          onChange={set('address')}
          maxLength={300}
          className="span-2"
          placeholder={t('partner.address.placeholder')}
          error={err('address')}
        />
        <TextField
          id={id('website')}
          name="website"
          label={t('partner.website')}
          value={values.website}
          onChange={set('website')}
          maxLength={300}
          placeholder="https://www.university.eu"
          className="span-2"
          error={err('website')}
        />
      </div>
      <FormError report={error} placed={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? props.busyLabel : submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
