import { memo, useEffect, useState, type ReactNode } from 'react';
import { fetchSession, switchConsortium, type Consortium, type Identity, type Membership } from '../api.ts';
import type { SaveStatus } from '../collab/session.ts';
import type { PresentUser } from '../collab/useAwarenessUsers.ts';
import { roleLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { Avatar } from './Avatar.tsx';
import { StatusPill } from './StatusPill.tsx';
import { LanguageMenu } from '../i18n/LanguageMenu.tsx';
import type { MessageId } from '../i18n/messages/en.ts';
import { SkipLink } from './SkipLink.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { useT } from '../i18n/useT.ts';

/** `readiness` has no tab of its own: it is reached from the Export menu. */
export type ConsortiumTab = 'overview' | 'dossier' | 'partners' | 'people' | 'readiness';

const TABS: { tab: ConsortiumTab; label: MessageId; suffix: string }[] = [
  { tab: 'overview', label: 'tabs.overview', suffix: '' },
  { tab: 'dossier', label: 'tabs.dossier', suffix: '/dossier' },
  { tab: 'partners', label: 'tabs.partners', suffix: '/partners' },
  { tab: 'people', label: 'tabs.people', suffix: '/people' },
];

export const TopBar = memo(function TopBar(props: {
  consortium: Consortium;
  identity: Identity;
  /** Who is online (dossier only). */
  users?: PresentUser[];
  /** Save status (dossier only). */
  status?: SaveStatus;
  /** The save status as its own live element (the dossier: it changes at every keystroke). */
  pill?: ReactNode;
  tab?: ConsortiumTab;
  /** Every consortium the person belongs to; fetched here when not given. */
  memberships?: Membership[];
  /** The skip link before everything else; "Skip to content" unless the page has a better place to go. */
  skip?: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { consortium, identity, users, status, pill, tab = 'dossier' } = props;
  const memberships = useMemberships(props.memberships);
  const partner = consortium.partners.find((p) => p.id === identity.partnerId);
  const others = users?.filter((u) => !u.self) ?? [];
  return (
    <header className="topbar">
      {props.skip ?? <SkipLink label={t('a11y.skipToContent')} />}
      <a className="brand" href={`/c/${consortium.id}`}>
        <span className="brand-mark" aria-hidden="true">
          J
        </span>
        <span className="brand-name">Jointly</span>
        <span className="visually-hidden"> {t('topbar.brand')}</span>
      </a>
      <div className="topbar-title">
        {memberships.length > 1 ? (
          <ConsortiumSwitcher current={consortium} memberships={memberships} />
        ) : (
          <div className="consortium-name">{consortium.name}</div>
        )}
        {consortium.programmeTitle && <div className="programme-title">{consortium.programmeTitle}</div>}
      </div>
      <nav className="tabs" aria-label={t('topbar.sections')}>
        {TABS.map((item) => (
          <a
            key={item.tab}
            href={`/c/${consortium.id}${item.suffix}`}
            className={`tab${item.tab === tab ? ' active' : ''}`}
            aria-current={item.tab === tab ? 'page' : undefined}
          >
            {t(item.label)}
          </a>
        ))}
      </nav>
      <div className="topbar-right">
        {users && (
          <div className="presence" role="group" aria-label={t('topbar.online', { count: others.length })} data-testid="presence">
            {others.slice(0, 6).map((u) => (
              <Avatar key={u.clientId} name={u.name} color={u.color} title={`${u.name} · ${partnerName(consortium, u.partner)}`} />
            ))}
            {others.length > 6 && <span className="avatar more">+{others.length - 6}</span>}
          </div>
        )}
        {pill ?? (status && <StatusPill status={status} />)}
        <LanguageMenu />
        <AccountMenu name={identity.name} detail={`${roleLabel(identity.role, locale)} · ${partner?.name ?? identity.partnerId}`} />
      </div>
    </header>
  );
});

/** The consortium name doubles as the switcher when the person belongs to more than one. */
function ConsortiumSwitcher({ current, memberships }: { current: Consortium; memberships: Membership[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const listed = memberships.some((m) => m.consortiumId === current.id)
    ? memberships
    : [{ consortiumId: current.id, consortiumName: current.name, partnerName: '', role: 'viewer' as const }, ...memberships];
  const onChange = async (consortiumId: string) => {
    if (consortiumId === current.id) return;
    setBusy(true);
    setError('');
    try {
      const identity = await switchConsortium(consortiumId);
      location.assign(`/c/${identity.consortiumId}`);
    } catch (e) {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <select
        className="consortium-switch"
        aria-label={t('topbar.switch')}
        value={current.id}
        disabled={busy}
        onChange={(e) => void onChange(e.target.value)}
        title={error || t('topbar.switch')}
      >
        {listed.map((m) => (
          <option
            key={m.consortiumId}
            value={m.consortiumId}
            title={m.partnerName ? `${roleLabel(m.role, locale)} · ${m.partnerName}` : undefined}
          >
            {m.consortiumId === current.id ? current.name : m.consortiumName}
          </option>
        ))}
      </select>
      {error && (
        <div className="topbar-error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

function useMemberships(given: Membership[] | undefined): Membership[] {
  const [fetched, setFetched] = useState<Membership[]>([]);
  useEffect(() => {
    if (given) return;
    let live = true;
    fetchSession().then(
      (r) => live && setFetched(r.memberships),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [given]);
  return given ?? fetched;
}

export function partnerName(consortium: Consortium, partnerId: string): string {
  return consortium.partners.find((p) => p.id === partnerId)?.name ?? partnerId;
}
