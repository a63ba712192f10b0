import type { Consortium, Identity } from '../api.ts';
import type { SaveStatus } from '../collab/session.ts';
import type { PresentUser } from '../collab/useAwarenessUsers.ts';
import { ROLE_LABEL } from '../../shared/roles.ts';
import { Avatar } from './Avatar.tsx';
import { StatusPill } from './StatusPill.tsx';

export function TopBar(props: { consortium: Consortium; identity: Identity; users: PresentUser[]; status: SaveStatus }) {
  const { consortium, identity, users, status } = props;
  const partner = consortium.partners.find((p) => p.id === identity.partnerId);
  const others = users.filter((u) => !u.self);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">J</span>
        <span className="brand-name">Jointly</span>
      </div>
      <div className="topbar-title">
        <div className="consortium-name">{consortium.name}</div>
        {consortium.programmeTitle && <div className="programme-title">{consortium.programmeTitle}</div>}
      </div>
      <div className="topbar-right">
        <div className="presence" aria-label={`${others.length} other people online`} data-testid="presence">
          {others.slice(0, 6).map((u) => (
            <Avatar key={u.clientId} name={u.name} color={u.color} title={`${u.name} · ${partnerName(consortium, u.partner)}`} />
          ))}
          {others.length > 6 && <span className="avatar more">+{others.length - 6}</span>}
        </div>
        <StatusPill status={status} />
        <div className="me" title={`${identity.name} · ${partner?.name ?? identity.partnerId}`}>
          <div className="me-name">{identity.name}</div>
          <div className="me-role">
            {ROLE_LABEL[identity.role]} · {partner?.name ?? identity.partnerId}
          </div>
        </div>
      </div>
    </header>
  );
}

export function partnerName(consortium: Consortium, partnerId: string): string {
  return consortium.partners.find((p) => p.id === partnerId)?.name ?? partnerId;
}
