import { useEffect, useState } from 'react';
import { addPartner, fetchMembers, removePartner, updatePartner, type Member, type Partner } from '../api.ts';
import { ConsortiumShell, type ShellContext } from '../components/ConsortiumShell.tsx';
import { InlineError } from '../components/Form.tsx';
import { PartnerForm } from '../components/PartnerForm.tsx';
import { countryName, partnerTypeLabel } from '../components/labels.ts';
import { PARTNER_IDENTIFIER_LABEL } from '../../shared/api.ts';

/** /c/<id>/partners: the partner institutions; coordinators add, edit and remove them. */
export function PartnersPage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="partners">
      {(ctx) => <Partners ctx={ctx} />}
    </ConsortiumShell>
  );
}

function Partners({ ctx }: { ctx: ShellContext }) {
  const { consortium, identity, isCoordinator, reloadConsortium } = ctx;
  const [members, setMembers] = useState<Member[]>();
  const [editing, setEditing] = useState<string>();

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
          <h1>Partner institutions</h1>
          <p className="page-lead">
            {count === 1 ? 'One institution is' : `${count} institutions are`} designing{' '}
            <em>{consortium.programmeTitle || consortium.name}</em> together.
            {!isCoordinator && ' Only coordinators can change this list.'}
          </p>
        </div>
      </div>

      <div className="partner-grid" data-testid="partner-list">
        {consortium.partners.map((partner) =>
          editing === partner.id ? (
            <div key={partner.id} className="card partner-card editing" data-testid={`partner-card-${partner.id}`}>
              <h3 className="card-title">Edit {partner.name}</h3>
              <PartnerForm
                idPrefix={`partner-${partner.id}`}
                partner={partner}
                title={`Edit ${partner.name}`}
                submitLabel="Save changes"
                busyLabel="Saving…"
                onCancel={() => setEditing(undefined)}
                onSubmit={async (values) => {
                  await updatePartner(consortium.id, partner.id, values);
                  await reloadConsortium();
                  setEditing(undefined);
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
          <h2 id="add-partner-heading">Add a partner institution</h2>
          <p className="section-lead">Once it is listed, you can invite people from this institution on the People page.</p>
          <PartnerForm
            idPrefix="new-partner"
            title="Add a partner institution"
            submitLabel="Add partner"
            busyLabel="Adding…"
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
  const { partner, mine, people, canManage } = props;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `partner-${partner.id}-name`;

  const remove = async () => {
    if (!confirm(`Remove ${partner.name} from the consortium?`)) return;
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
          <span className="tag">{partnerTypeLabel(partner.type)}</span>
          {mine && <span className="tag tag-accent">Your institution</span>}
        </div>
        <div className="partner-country">
          {partner.country ? `${countryName(partner.country)} (${partner.country})` : <span className="faint">Country not given</span>}
        </div>
      </header>
      <dl className="partner-details">
        <div>
          <dt>Contact person</dt>
          <dd>
            {partner.contactName || <span className="faint">Not given yet</span>}
            {partner.contactEmail && (
              <>
                <br />
                <a href={`mailto:${partner.contactEmail}`}>{breakAfterAt(partner.contactEmail)}</a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Legal signatory</dt>
          <dd>
            {partner.signatoryName || <span className="faint">Not given yet</span>}
            {partner.signatoryRole && (
              <>
                <br />
                <span className="soft">{partner.signatoryRole}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Legal details</dt>
          <dd>
            {partner.legalName || <span className="faint">Legal name not given yet</span>}
            {partner.identifier && (
              <>
                <br />
                <span className="soft">
                  {partner.identifierType ? `${PARTNER_IDENTIFIER_LABEL[partner.identifierType]}: ` : ''}
                  {partner.identifier}
                </span>
              </>
            )}
            {partner.address && (
              <>
                <br />
                <span className="soft">{partner.address}</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <footer className="partner-card-foot">
        <span className="soft">{people === undefined ? '' : people === 1 ? '1 person' : `${people} people`}</span>
        {canManage && (
          <span className="card-actions">
            <button type="button" className="button small" onClick={props.onEdit} aria-label={`Edit ${partner.name}`}>
              Edit
            </button>
            <button type="button" className="button small danger" onClick={remove} disabled={busy} aria-label={`Remove ${partner.name}`}>
              Remove
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
