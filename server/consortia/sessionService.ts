import type { Membership } from '../../shared/api.ts';
import type { MemberRecord, Storage } from '../storage/types.ts';
import { DomainError } from './errors.ts';

/**
 * Which consortium a signed-in person's session is for. A person (one user id) may belong to several
 * consortia; a session speaks for one membership at a time and can move between them.
 */
export class SessionService {
  constructor(private readonly storage: Storage) {}

  /** Every consortium the person currently belongs to, with names to show. */
  async memberships(userId: string): Promise<Membership[]> {
    const list: Membership[] = [];
    for (const m of await this.storage.members.listForUser(userId)) {
      const record = await this.storage.consortia.get(m.consortiumId);
      list.push({
        consortiumId: m.consortiumId,
        consortiumName: record?.name ?? m.consortiumId,
        partnerName: record?.partners.find((p) => p.id === m.partnerId)?.name ?? m.partnerId,
        role: m.role,
      });
    }
    return list;
  }

  /** The membership a session moves to; only the person's own current memberships qualify. */
  async switchTo(userId: string, consortiumId: string): Promise<MemberRecord> {
    const member = await this.storage.members.get(consortiumId, userId);
    if (!member || member.removedAt) throw new DomainError('forbidden', 'You are not a member of that consortium.');
    return member;
  }

  /** Where a session goes when the person was removed from its consortium: another one they belong to, if any. */
  async fallback(userId: string): Promise<MemberRecord | undefined> {
    return (await this.storage.members.listForUser(userId))[0];
  }
}
