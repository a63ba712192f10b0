import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  createInvite,
  describeError,
  fetchInvites,
  fetchMembers,
  removeMember,
  revokeInvite,
  updateMember,
  type ErrorReport,
  type Invite,
  type Member,
} from '../api.ts';
import { type Role } from '../../shared/roles.ts';
import { ApproverSelect } from './ApproverSelect.tsx';
import { useT } from '../i18n/useT.ts';
import { ConsortiumShell, type ShellContext } from '../components/ConsortiumShell.tsx';
import { FormError, InlineError, SelectField, TextField } from '../components/Form.tsx';
import { formatDate, ROLE_HINT, roleOptions } from '../components/labels.ts';
import { roleLabel } from '../../shared/i18n/content/terms.ts';
import { partnerName } from '../components/TopBar.tsx';
import { MergeMemberPanel } from './MergeMemberPanel.tsx';
import { useLocale } from '../i18n/I18nProvider.tsx';

/** /c/<id>/people: who is in the consortium; coordinators manage roles and invite links. */
export function PeoplePage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="people">
      {(ctx) => <People ctx={ctx} />}
    </ConsortiumShell>
  );
}

function People({ ctx }: { ctx: ShellContext }) {
  const { isCoordinator } = ctx;
  const t = useT();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('people.title')}</h1>
          <p className="page-lead">
            {t('people.lead')}
            {!isCoordinator && ` ${t('people.onlyCoordinators')}`}
          </p>
        </div>
      </div>
      <Members ctx={ctx} />
      {isCoordinator && <Invites ctx={ctx} />}
    </>
  );
}

// Members

function Members({ ctx }: { ctx: ShellContext }) {
  const { consortium, identity, isCoordinator } = ctx;
  const [members, setMembers] = useState<Member[]>();
  const [loadError, setLoadError] = useState('');
  const t = useT();

  useEffect(() => {
    fetchMembers(consortium.id).then(setMembers, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, [consortium.id]);

  const sorted =
    members &&
    [...members].sort(
      (a, b) => partnerName(consortium, a.partnerId).localeCompare(partnerName(consortium, b.partnerId)) || a.name.localeCompare(b.name),
    );

  return (
    <section className="card section-card table-card" aria-labelledby="members-heading">
      <div className="section-head">
        <h2 id="members-heading">{t('people.members')}</h2>
        {members && <span className="soft">{t('people.count', { count: members.length })}</span>}
      </div>
      {loadError && <InlineError message={loadError} />}
      {!members && !loadError && <p className="soft">{t('people.loadingMembers')}</p>}
      {sorted && (
        // Focusable: on a narrow screen the table scrolls, and a keyboard must be able to scroll it too.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="members-heading">
          <table className="data-table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('people.col.name')}</th>
                <th scope="col">{t('people.col.institution')}</th>
                <th scope="col">{t('people.col.role')}</th>
                <th scope="col" title={t('approval.approvesForHint')}>
                  {t('approval.approvesFor')}
                </th>
                <th scope="col">{t('people.col.joined')}</th>
                {isCoordinator && (
                  <th scope="col">
                    <span className="visually-hidden">{t('people.col.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {sorted.map((member) => (
                <MemberRow
                  key={member.userId}
                  ctx={ctx}
                  member={member}
                  self={member.userId === identity.userId}
                  others={sorted.filter((m) => m.userId !== member.userId)}
                  onChanged={(next) => setMembers((list) => list?.map((m) => (m.userId === next.userId ? next : m)))}
                  onMerged={(kept) =>
                    setMembers((list) => list?.filter((m) => m.userId !== member.userId).map((m) => (m.userId === kept.userId ? kept : m)))
                  }
                  onRemoved={() => setMembers((list) => list?.filter((m) => m.userId !== member.userId))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MemberRow(props: {
  ctx: ShellContext;
  member: Member;
  self: boolean;
  others: Member[];
  onChanged: (m: Member) => void;
  onRemoved: () => void;
  onMerged: (kept: Member) => void;
}) {
  const { locale } = useLocale();
  const t = useT();
  const { ctx, member, self } = props;
  const { consortium, isCoordinator } = ctx;
  const [busy, setBusy] = useState(false);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState('');

  const change = async (patch: { role?: Role; partnerId?: string }) => {
    setBusy(true);
    setError('');
    try {
      const next = await updateMember(consortium.id, member.userId, patch);
      // Your own role or institution changed: reload so the whole page follows the new role.
      if (self) return location.reload();
      props.onChanged(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  };

  const remove = async () => {
    const question = self
      ? t('people.confirmRemoveSelf', { consortium: consortium.name })
      : t('people.confirmRemove', { name: member.name, consortium: consortium.name });
    if (!confirm(question)) return;
    setBusy(true);
    setError('');
    try {
      await removeMember(consortium.id, member.userId);
      if (self) return location.assign('/');
      props.onRemoved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <>
      <tr data-testid={`member-row-${member.userId}`} className={error ? 'has-error' : undefined}>
        <td className="cell-name" title={member.name}>
          {member.name}
          {self && <span className="tag tag-accent">{t('people.you')}</span>}
        </td>
        <td>
          {isCoordinator ? (
            <select
              aria-label={t('people.partnerOf', { name: member.name })}
              name="partnerId"
              value={member.partnerId}
              disabled={busy}
              onChange={(e) => void change({ partnerId: e.target.value })}
            >
              {!consortium.partners.some((p) => p.id === member.partnerId) && <option value={member.partnerId}>{member.partnerId}</option>}
              {consortium.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : (
            partnerName(consortium, member.partnerId)
          )}
        </td>
        <td>
          {isCoordinator ? (
            <select
              aria-label={t('people.roleOf', { name: member.name })}
              name="role"
              value={member.role}
              disabled={busy}
              onChange={(e) => void change({ role: e.target.value as Role })}
            >
              {roleOptions(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <span title={t(ROLE_HINT[member.role])}>{roleLabel(member.role, locale)}</span>
          )}
        </td>
        <td>
          <ApproverSelect
            consortium={consortium}
            member={member}
            isCoordinator={isCoordinator}
            onChanged={props.onChanged}
            onError={setError}
          />
        </td>
        <td className="soft nowrap">{formatDate(member.joinedAt, locale)}</td>
        {isCoordinator && (
          <td className="cell-actions">
            {!self && props.others.length > 0 && (
              <button
                type="button"
                className="button small ghost"
                onClick={() => setMerging(true)}
                disabled={busy || merging}
                aria-label={t('people.samePersonLabel', { name: member.name })}
              >
                {t('people.samePerson')}
              </button>
            )}{' '}
            <button
              type="button"
              className="button small danger"
              onClick={remove}
              disabled={busy}
              aria-label={t('people.removeLabel', { name: member.name })}
            >
              {t('people.remove')}
            </button>
          </td>
        )}
      </tr>
      {merging && (
        <MergeMemberPanel
          ctx={ctx}
          member={member}
          others={props.others}
          columns={6}
          onMerged={props.onMerged}
          onCancel={() => setMerging(false)}
        />
      )}
      {error && (
        <tr className="row-message" data-testid={`member-error-${member.userId}`}>
          <td colSpan={isCoordinator ? 6 : 5}>
            <InlineError message={error} onDismiss={() => setError('')} />
          </td>
        </tr>
      )}
    </>
  );
}

// Invites

type InviteStatus = 'active' | 'expired' | 'revoked' | 'used up';

// Spelled out so every message key appears literally in the source (the catalogue test looks for them).
const INVITE_STATUS_LABEL = {
  active: 'invites.status.active',
  expired: 'invites.status.expired',
  revoked: 'invites.status.revoked',
  'used up': 'invites.status.usedUp',
} as const satisfies Record<InviteStatus, string>;

function inviteStatus(invite: Invite, now = Date.now()): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt && Date.parse(invite.expiresAt) <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used up';
  return 'active';
}

function Invites({ ctx }: { ctx: ShellContext }) {
  const { consortium } = ctx;
  const t = useT();
  const [invites, setInvites] = useState<Invite[]>();
  const [loadError, setLoadError] = useState('');
  const [created, setCreated] = useState<{ invite: Invite; url: string }>();

  useEffect(() => {
    fetchInvites(consortium.id).then(setInvites, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, [consortium.id]);

  const sorted =
    invites &&
    [...invites].sort(
      (a, b) => Number(inviteStatus(a) !== 'active') - Number(inviteStatus(b) !== 'active') || b.createdAt.localeCompare(a.createdAt),
    );

  return (
    <>
      <section className="card section-card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('invites.title')}</h2>
        <p className="section-lead">{t('invites.lead')}</p>
        <InviteForm
          ctx={ctx}
          onCreated={(result) => {
            setCreated(result);
            setInvites((list) => [result.invite, ...(list ?? []).filter((i) => i.id !== result.invite.id)]);
          }}
        />
        {created && (
          <NewInviteLink key={created.invite.id} ctx={ctx} invite={created.invite} url={created.url} onDone={() => setCreated(undefined)} />
        )}
      </section>

      <section className="card section-card table-card" aria-labelledby="invites-heading">
        <div className="section-head">
          <h2 id="invites-heading">{t('invites.links')}</h2>
          {sorted && (
            <span className="soft">{t('invites.activeCount', { count: sorted.filter((i) => inviteStatus(i) === 'active').length })}</span>
          )}
        </div>
        {loadError && <InlineError message={loadError} />}
        {!invites && !loadError && <p className="soft">{t('invites.loading')}</p>}
        {sorted && sorted.length === 0 && <p className="soft empty">{t('invites.none')}</p>}
        {sorted && sorted.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="invites-heading">
            <table className="data-table" data-testid="invites-table">
              <thead>
                <tr>
                  <th scope="col">{t('invites.col.label')}</th>
                  <th scope="col">{t('people.col.role')}</th>
                  <th scope="col">{t('people.col.institution')}</th>
                  <th scope="col">{t('invites.col.uses')}</th>
                  <th scope="col">{t('invites.col.expires')}</th>
                  <th scope="col">{t('invites.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('people.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((invite) => (
                  <InviteRow
                    key={invite.id}
                    ctx={ctx}
                    invite={invite}
                    onRevoked={(next) => setInvites((list) => list?.map((i) => (i.id === next.id ? next : i)))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function InviteForm({ ctx, onCreated }: { ctx: ShellContext; onCreated: (r: { invite: Invite; url: string }) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { consortium, identity } = ctx;
  const [values, setValues] = useState({
    role: 'editor' as Role,
    partnerId: consortium.partners.some((p) => p.id === identity.partnerId) ? identity.partnerId : (consortium.partners[0]?.id ?? ''),
    label: '',
    expiresInDays: '',
    maxUses: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    // Empty number fields mean "no limit"; anything else goes to the server as typed, so it can say what is wrong.
    const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
    try {
      const result = await createInvite(consortium.id, {
        role: values.role,
        partnerId: values.partnerId,
        label: values.label,
        expiresInDays: number(values.expiresInDays),
        maxUses: number(values.maxUses),
      });
      onCreated(result);
      // Limits belong to one link: the next one starts without them, so it is not single-use by surprise.
      setValues((v) => ({ ...v, label: '', expiresInDays: '', maxUses: '' }));
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  };

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-label={t('invites.form')}>
      <div className="form-grid invite-grid">
        <SelectField
          id="invite-role"
          name="role"
          label={t('people.col.role')}
          value={values.role}
          onChange={set('role')}
          options={roleOptions(locale)}
          hint={t(ROLE_HINT[values.role])}
          error={error?.fields.role}
        />
        <SelectField
          id="invite-partner"
          name="partnerId"
          label={t('invites.partner')}
          value={values.partnerId}
          onChange={set('partnerId')}
          options={consortium.partners.map((p) => ({ value: p.id, label: p.name }))}
          hint={t('invites.partner.hint')}
          error={error?.fields.partnerId}
        />
        <TextField
          id="invite-label"
          name="label"
          label={t('invites.label')}
          value={values.label}
          onChange={set('label')}
          maxLength={120}
          placeholder={t('invites.label.placeholder')}
          hint={t('invites.label.hint')}
          error={error?.fields.label}
        />
        <TextField
          id="invite-expires"
          name="expiresInDays"
          type="number"
          label={t('invites.expires')}
          value={values.expiresInDays}
          onChange={set('expiresInDays')}
          placeholder={t('invites.never')}
          hint={t('invites.expires.hint')}
          error={error?.fields.expiresInDays}
        />
        <TextField
          id="invite-max-uses"
          name="maxUses"
          type="number"
          label={t('invites.maxUses')}
          value={values.maxUses}
          onChange={set('maxUses')}
          placeholder={t('invites.maxUses.placeholder')}
          hint={t('invites.maxUses.hint')}
          error={error?.fields.maxUses}
        />
      </div>
      <FormError report={error} placed={['role', 'partnerId', 'label', 'expiresInDays', 'maxUses']} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !values.partnerId}>
          {busy ? t('invites.creating') : t('invites.create')}
        </button>
      </div>
    </form>
  );
}

function NewInviteLink({ ctx, invite, url, onDone }: { ctx: ShellContext; invite: Invite; url: string; onDone: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | ''>('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied('manual');
    }
  };

  return (
    <div className="new-invite" data-testid="new-invite" role="status">
      <div className="new-invite-title">
        {t('invites.newTitle', { role: invite.role, partner: partnerName(ctx.consortium, invite.partnerId) })}
      </div>
      <div className="copy-row">
        <input
          ref={input}
          id="invite-url"
          aria-label={t('invites.url')}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="invite-url"
        />
        <button type="button" className="button primary" onClick={copy}>
          {copied === 'yes' ? t('invites.copied') : t('invites.copy')}
        </button>
      </div>
      <p className="new-invite-note">
        {copied === 'manual' ? `${t('invites.copyManually')} ` : ''}
        <strong>{t('invites.shownOnce')}</strong> {t('invites.shownOnce.detail')}
      </p>
      <button type="button" className="link-button" onClick={onDone}>
        {t('invites.done')}
      </button>
    </div>
  );
}

function InviteRow({ ctx, invite, onRevoked }: { ctx: ShellContext; invite: Invite; onRevoked: (i: Invite) => void }) {
  const { locale } = useLocale();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const status = inviteStatus(invite);
  const revoke = async () => {
    setBusy(true);
    setError('');
    try {
      onRevoked(await revokeInvite(ctx.consortium.id, invite.id));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  };
  return (
    <>
      <tr data-testid={`invite-row-${invite.id}`} className={status === 'active' ? undefined : 'inactive'}>
        <td>{invite.label || <span className="faint">{t('invites.noLabel')}</span>}</td>
        <td>{roleLabel(invite.role, locale)}</td>
        <td>{partnerName(ctx.consortium, invite.partnerId)}</td>
        <td className="nowrap" data-testid="invite-uses">
          {invite.uses} / {invite.maxUses ?? '∞'}
        </td>
        <td className="nowrap">
          {invite.expiresAt ? formatDate(invite.expiresAt, locale) : <span className="faint">{t('invites.never')}</span>}
        </td>
        <td>
          <span className={`badge badge-${status.replace(' ', '-')}`} data-testid="invite-status">
            {t(INVITE_STATUS_LABEL[status])}
          </span>
        </td>
        <td className="cell-actions">
          {status === 'active' && (
            <button
              type="button"
              className="button small"
              onClick={revoke}
              disabled={busy}
              aria-label={invite.label ? t('invites.revokeNamed', { label: invite.label }) : t('invites.revokeUnnamed')}
            >
              {t('invites.revoke')}
            </button>
          )}
        </td>
      </tr>
      {error && (
        <tr className="row-message">
          <td colSpan={7}>
            <InlineError message={error} onDismiss={() => setError('')} />
          </td>
        </tr>
      )}
    </>
  );
}
