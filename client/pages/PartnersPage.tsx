import { useEffect, useState } from 'react';
import { addPartner, fetchMembers, removePartner, updatePartner, type Member, type Partner } from '../api.ts';
import { ConsortiumShell, type ShellContext } from '../components/ConsortiumShell.tsx';
import { InlineError } from '../components/Form.tsx';
import { PartnerForm } from '../components/PartnerForm.tsx';
import { countryName, partnerTypeLabel } from '../components/labels.ts';
import { identifierLabel } from '../../shared/i18n/content/terms.ts';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/** /c/<id>/partners: the partner institutions; coordinators add, edit and remove them. */
export function PartnersPage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="partners">
      {(ctx) => <Partners ctx={ctx} />}
    </ConsortiumShell>
  );
}

function Partners({ ctx }: { ctx: ShellContext }) {
  const t = useT();
  const { consortium, identity, isCoordinator, reloadConsortium } = ctx;
  const [members, setMembers] = useState<Member[]>();
  const [editing, setEditing] = useState<string>();
  // Back on the card's Edit button when the form closes: the form and its buttons are gone, and
  // focus fell back to the top of the page.
  const [refocus, setRefocus] = useState<string>();
  const stopEditing = (partnerId: string) => {
    setEditing(undefined);
    setRefocus(partnerId);
  };
  useEffect(() => {
    if (!refocus) return;
    document.querySelector<HTMLElement>(`[data-testid="partner-card-${CSS.escape(refocus)}"] [data-edit]`)?.focus();
    setRefocus(undefined);
  }, [refocus]);

  // Only for the "n people" line on each card; the page works without it.
  const loadMembers = () => fetchMembers(consortium.id).then(setMembers, () => undefined);
  useEffect(() => {
    void loadMembers();
  }, [consortium.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const count = consortium.partners.length;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('partners.title')}</h1>
          <p className="page-lead">
            <FormattedMessage id="partners.lead" values={{ count, programme: <em>{consortium.programmeTitle || consortium.name}</em> }} />
            {!isCoordinator && ` ${t('partners.onlyCoordinators')}`}
          </p>
        </div>
      </div>

      <div className="partner-grid" data-testid="partner-list">
        {consortium.partners.map((partner) =>
          editing === partner.id ? (
            <div key={partner.id} className="card partner-card editing" data-testid={`partner-card-${partner.id}`}>
              <h3 className="card-title">{t('partners.edit', { name: partner.name })}</h3>
              <PartnerForm
                idPrefix={`partner-${partner.id}`}
                partner={partner}
                title={t('partners.edit', { name: partner.name })}
                submitLabel={t('partners.save')}
                busyLabel={t('save.saving')}
                focusFirst
                onCancel={() => stopEditing(partner.id)}
                onSubmit={async (values) => {
                  await updatePartner(consortium.id, partner.id, values);
                  await reloadConsortium();
                  stopEditing(partner.id);
                }}
              />
            </div>
          ) : (
            <PartnerCard
              key={partner.id}
              partner={partner}
              mine={partner.id === identity.partnerId}
              people={members?.filter((m) => m.partnerId === partner.id).length}
              canManage={isCoordinator}
              onEdit={() => setEditing(partner.id)}
              onRemove={async () => {
                await removePartner(consortium.id, partner.id);
                await reloadConsortium();
              }}
            />
          ),
        )}
      </div>

      {isCoordinator && (
        <section className="card section-card" aria-labelledby="add-partner-heading">
          <h2 id="add-partner-heading">{t('partners.add.heading')}</h2>
          <p className="section-lead">{t('partners.add.lead')}</p>
          <PartnerForm
            idPrefix="new-partner"
            title={t('partners.add.heading')}
            submitLabel={t('partners.add.submit')}
            busyLabel={t('partners.add.busy')}
            onSubmit={async (values) => {
              await addPartner(consortium.id, values);
              await reloadConsortium();
            }}
          />
        </section>
      )}
    </>
  );
}

function PartnerCard(props: {
  partner: Partner;
  mine: boolean;
  people?: number;
  canManage: boolean;
  onEdit: () => void;
  onRemove: () => Promise<void>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { partner, mine, people, canManage } = props;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `partner-${partner.id}-name`;

  const remove = async () => {
    if (!confirm(t('partners.confirmRemove', { name: partner.name }))) return;
    setBusy(true);
    setError('');
    try {
      await props.onRemove();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <article className="card partner-card" data-testid={`partner-card-${partner.id}`} aria-labelledby={headingId}>
      <header className="partner-card-head">
        <h3 className="card-title" id={headingId} title={partner.name}>
          {partner.name}
        </h3>
        <div className="partner-tags">
          <span className="tag">{partnerTypeLabel(partner.type, locale)}</span>
          {mine && <span className="tag tag-accent">{t('partners.yours')}</span>}
        </div>
        <div className="partner-country">
          {partner.country ? (
            `${countryName(partner.country, locale)} (${partner.country})`
          ) : (
            <span className="faint">{t('partners.noCountry')}</span>
          )}
        </div>
      </header>
      <dl className="partner-details">
        <div>
          <dt>{t('partner.contactName')}</dt>
          <dd>
            {partner.contactName || <span className="faint">{t('partners.notGiven')}</span>}
            {partner.contactEmail && (
              <>
                <br />
                <a href={`mailto:${partner.contactEmail}`}>{breakAfterAt(partner.contactEmail)}</a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('partner.signatoryName')}</dt>
          <dd>
            {partner.signatoryName || <span className="faint">{t('partners.notGiven')}</span>}
            {partner.signatoryRole && (
              <>
                <br />
                <span className="soft">{partner.signatoryRole}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('partners.legalDetails')}</dt>
          <dd>
            {partner.legalName || <span className="faint">{t('partners.noLegalName')}</span>}
            {partner.identifier && (
              <>
                <br />
                <span className="soft">
                  {partner.identifierType
                    ? t('partners.identifier', { label: identifierLabel(partner.identifierType, locale), value: partner.identifier })
                    : partner.identifier}
                </span>
              </>
            )}
            {partner.address && (
              <>
                <br />
                <span className="soft">{partner.address}</span>
              </>
            )}
            {partner.website && (
              <>
                <br />
                <a href={partner.website} target="_blank" rel="noopener noreferrer" data-testid="partner-website">
                  {withoutScheme(partner.website)}
                </a>
              </>
            )}
          </dd>
        </div>
      </dl>
      <footer className="partner-card-foot">
        <span className="soft">{people === undefined ? '' : t('partners.people', { count: people })}</span>
        {canManage && (
          <span className="card-actions">
            <button
              type="button"
              className="button small"
              data-edit
              onClick={props.onEdit}
              aria-label={t('partners.edit', { name: partner.name })}
            >
              {t('partners.editShort')}
            </button>
            <button
              type="button"
              className="button small danger"
              onClick={remove}
              disabled={busy}
              aria-label={t('partners.remove', { name: partner.name })}
            >
              {t('people.remove')}
            </button>
          </span>
        )}
      </footer>
      <InlineError message={error} onDismiss={() => setError('')} />
    </article>
  );
}

/** Long addresses wrap after the "@" rather than in the middle of a word. */
function breakAfterAt(email: string) {
  const at = email.indexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/** A partner's website as people say it: without "https://" and a trailing slash. */
function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
