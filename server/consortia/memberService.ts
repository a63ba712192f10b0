import type { Member } from '../../shared/api.ts';
import type { Role } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import type { LiveConnections } from '../rooms/membershipEvents.ts';
import type { MemberRecord, Storage } from '../storage/types.ts';
import { DomainError, invalidField } from './errors.ts';
import { partnerExists } from './partnerService.ts';
import { requireCoordinator, requireMember } from './permissions.ts';

export function toMember(m: MemberRecord): Member {
  return { userId: m.userId, name: m.name, partnerId: m.partnerId, role: m.role, joinedAt: m.joinedAt, approvesFor: m.approvesFor ?? null };
}

/** Who someone is and where they join: everything a membership needs except its dates. */
export type Joiner = Pick<MemberRecord, 'consortiumId' | 'userId' | 'name' | 'partnerId' | 'role'>;

/**
 * The only writer of memberships. Any change to a current member's role or partner, or their removal,
 * is published to LiveConnections so their open sockets follow at once.
 */
export class MemberService {
  constructor(
    private readonly storage: Storage,
    private readonly live: LiveConnections,
  ) {}

  async list(actor: Identity, consortiumId: string): Promise<Member[]> {
    requireMember(actor, consortiumId);
    return (await this.storage.members.list(consortiumId)).map(toMember);
  }

  /**
   * Makes (or updates) a membership. A current member keeps their join date, and their open sockets
   * reconnect only if who they are there changed: two first uses of one token at once (a page opens
   * both documents) must not close each other's sockets.
   */
  async join(joiner: Joiner): Promise<MemberRecord> {
    const existing = await this.storage.members.get(joiner.consortiumId, joiner.userId);
    const current = existing && !existing.removedAt ? existing : undefined;
    const member: MemberRecord = { ...joiner, joinedAt: current?.joinedAt ?? new Date().toISOString(), removedAt: null };
    await this.storage.members.put(member);
    const changed = current && (current.role !== member.role || current.partnerId !== member.partnerId || current.name !== member.name);
    if (changed) this.live.publish({ consortiumId: member.consortiumId, userId: member.userId, kind: 'changed' });
    return member;
  }

  async update(actor: Identity, consortiumId: string, userId: string, change: { role?: Role; partnerId?: string }): Promise<Member> {
    requireCoordinator(actor, consortiumId);
    const member = await this.current(consortiumId, userId);
    if (change.partnerId && !(await partnerExists(this.storage.consortia, consortiumId, change.partnerId))) {
      throw invalidField('partnerId', 'No such partner institution.');
    }
    if (member.role === 'coordinator' && change.role && change.role !== 'coordinator') await this.keepOneCoordinator(consortiumId, userId);
    const next = { ...member, role: change.role ?? member.role, partnerId: change.partnerId ?? member.partnerId };
    await this.storage.members.put(next);
    if (next.role !== member.role || next.partnerId !== member.partnerId) this.live.publish({ consortiumId, userId, kind: 'changed' });
    return toMember(next);
  }

  /** Allows a member to record institutional approvals for one partner institution (null: for none). */
  async setApprover(actor: Identity, consortiumId: string, userId: string, approvesFor: string | null): Promise<Member> {
    requireCoordinator(actor, consortiumId);
    const member = await this.current(consortiumId, userId);
    if (approvesFor && !(await partnerExists(this.storage.consortia, consortiumId, approvesFor)))
      throw invalidField('approvesFor', 'No such partner institution.');
    const next = { ...member, approvesFor };
    await this.storage.members.put(next);
    return toMember(next);
  }

  async remove(actor: Identity, consortiumId: string, userId: string): Promise<void> {
    requireCoordinator(actor, consortiumId);
    const member = await this.current(consortiumId, userId);
    if (member.role === 'coordinator') await this.keepOneCoordinator(consortiumId, userId);
    const at = new Date().toISOString();
    await this.storage.members.put({ ...member, removedAt: at });
    // Their sign-in sessions at this consortium end too; the account keeps its other consortia.
    await this.storage.sessions.end(userId, at, 'removed', { consortiumId });
    this.live.publish({ consortiumId, userId, kind: 'removed' });
  }

  private async current(consortiumId: string, userId: string): Promise<MemberRecord> {
    const member = await this.storage.members.get(consortiumId, userId);
    if (!member || member.removedAt) throw new DomainError('unknown-member', 'No such member.');
    return member;
  }

  private async keepOneCoordinator(consortiumId: string, leaving: string): Promise<void> {
    const others = (await this.storage.members.list(consortiumId)).filter((m) => m.role === 'coordinator' && m.userId !== leaving);
    if (others.length === 0)
      throw new DomainError('last-coordinator', 'A consortium needs at least one coordinator: appoint another one first.');
  }
}
