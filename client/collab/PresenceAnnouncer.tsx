import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import type { PresentUser } from './useAwarenessUsers.ts';

/**
 * Tells screen reader users who joins and leaves, politely: the other people's carets and name tags
 * are hidden from them. Who is already here when the page opens is not announced (the header lists
 * them); only changes after that.
 */
export function PresenceAnnouncer({ users, partnerName }: { users: PresentUser[]; partnerName: (partnerId: string) => string }) {
  const t = useT();
  const known = useRef<Map<number, PresentUser> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const others = new Map(users.filter((u) => !u.self).map((u) => [u.clientId, u]));
    const before = known.current;
    known.current = others;
    // The first list (and the list until this page itself is among the users) is the starting point.
    if (!before || !users.some((u) => u.self)) return;
    const said: string[] = [];
    for (const [id, u] of others) if (!before.has(id)) said.push(t('a11y.joined', { name: u.name, partner: partnerName(u.partner) }));
    for (const [id, u] of before) if (!others.has(id)) said.push(t('a11y.left', { name: u.name, partner: partnerName(u.partner) }));
    if (said.length > 0) setMessage(said.join('. '));
  }, [users, partnerName, t]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="presence-announcer">
      {message}
    </div>
  );
}
