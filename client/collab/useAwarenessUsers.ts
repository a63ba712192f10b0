import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  partner: string;
  role: string;
  chapter: string;
  /** The page the person has open: 'dossier' or 'overview' ('' from older pages). */
  page: string;
  self: boolean;
}

/** Everyone connected to this document, from awareness (names as the server vouches for them). */
export function useAwarenessUsers(awareness: Awareness | undefined): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      const list: PresentUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = state.user as Record<string, unknown> | undefined;
        if (!user || typeof user.name !== 'string') return;
        list.push({
          clientId,
          name: user.name,
          color: typeof user.color === 'string' ? user.color : '#5b6b7c',
          partner: typeof user.partner === 'string' ? user.partner : '',
          role: typeof user.role === 'string' ? user.role : '',
          chapter: typeof state.chapter === 'string' ? state.chapter : '',
          page: typeof state.page === 'string' ? state.page : '',
          self: clientId === awareness.clientID,
        });
      });
      list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
      // Awareness changes at every caret move of every person; who is here and where changes rarely.
      setUsers((previous) => (sameUsers(previous, list) ? previous : list));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return users;
}

function sameUsers(a: PresentUser[], b: PresentUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((u, i) => {
      const v = b[i]!;
      return (
        u.clientId === v.clientId &&
        u.name === v.name &&
        u.color === v.color &&
        u.partner === v.partner &&
        u.role === v.role &&
        u.chapter === v.chapter &&
        u.page === v.page &&
        u.self === v.self
      );
    })
  );
}
