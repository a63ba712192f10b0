import { CloseCode } from '../../shared/closeCodes.ts';
import type { Connection } from './connection.ts';

export type MembershipChange = { consortiumId: string; userId: string; kind: 'changed' | 'removed' };

/** A person's membership as storage holds it now (undefined: none). */
export type CurrentMembership = (
  consortiumId: string,
  userId: string,
) => Promise<{ role: string; partnerId: string; name: string; removedAt: string | null } | undefined>;

/** People whose memberships are read at once during a recheck: enough to be quick, few enough to leave the pool to typing. */
const RECHECK_PARALLEL = 4;

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

  /**
   * Reads the membership of everyone with an open socket here and closes the sockets it no longer
   * allows, as `apply` would have: for changes made on another instance while this one could not
   * hear them (Redis away). Returns how many people's sockets were closed.
   */
  async recheck(current: CurrentMembership): Promise<number> {
    const people = [...this.byPerson.values()].map((conns) => [...conns]).filter((conns) => conns.length > 0);
    let closed = 0;
    let next = 0;
    const worker = async () => {
      while (next < people.length) {
        const conns = people[next++]!;
        const { consortiumId, userId } = conns[0]!.identity;
        const member = await current(consortiumId, userId);
        const open = conns.filter((conn) => this.byPerson.get(this.key(consortiumId, userId))?.has(conn));
        if (!member || member.removedAt) {
          for (const conn of open) conn.close(CloseCode.forbidden, 'removed from this consortium');
          if (open.length > 0) closed++;
          continue;
        }
        const stale = open.filter(
          (conn) =>
            conn.identity.role !== member.role || conn.identity.partnerId !== member.partnerId || conn.identity.name !== member.name,
        );
        for (const conn of stale) conn.close(CloseCode.membershipChanged, 'your role changed');
        if (stale.length > 0) closed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(RECHECK_PARALLEL, people.length) }, worker));
    return closed;
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
