import { CloseCode } from '../../shared/closeCodes.ts';
import type { Connection } from './connection.ts';

export type MembershipChange = { consortiumId: string; userId: string; kind: 'changed' | 'removed' };

/**
 * Open connections by person, so that removing a member or changing a role reaches their open
 * sockets at once: removed → closed with 4403; changed → closed with 4409 and the client reconnects
 * with its new role. Scale-out publishes the same changes between instances.
 */
export class LiveConnections {
  private readonly byPerson = new Map<string, Set<Connection>>();
  private listeners = new Set<(change: MembershipChange) => void>();

  private key(consortiumId: string, userId: string) {
    return `${consortiumId}\u0000${userId}`;
  }

  add(conn: Connection): () => void {
    const key = this.key(conn.identity.consortiumId, conn.identity.userId);
    let set = this.byPerson.get(key);
    if (!set) this.byPerson.set(key, (set = new Set()));
    set.add(conn);
    return () => {
      set.delete(conn);
      if (set.size === 0 && this.byPerson.get(key) === set) this.byPerson.delete(key);
    };
  }

  count(consortiumId: string, userId: string): number {
    return this.byPerson.get(this.key(consortiumId, userId))?.size ?? 0;
  }

  /** Called by the API after it stored a membership change (and by scale-out for other instances' changes). */
  apply(change: MembershipChange): void {
    const conns = [...(this.byPerson.get(this.key(change.consortiumId, change.userId)) ?? [])];
    for (const conn of conns) {
      if (change.kind === 'removed') conn.close(CloseCode.forbidden, 'removed from this consortium');
      else conn.close(CloseCode.membershipChanged, 'your role changed');
    }
  }

  /** Local changes, for publishing to other instances. */
  publish(change: MembershipChange): void {
    this.apply(change);
    for (const l of this.listeners) l(change);
  }

  onPublish(listener: (change: MembershipChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
