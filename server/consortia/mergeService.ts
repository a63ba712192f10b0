import { ROLES, type Role } from '../../shared/roles.ts';
import type { Member } from '../../shared/api.ts';
import type { Identity } from '../auth/tokens.ts';
import type { LiveConnections } from '../rooms/membershipEvents.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type MemberRecord, type Storage } from '../storage/types.ts';
import { DomainError, invalidField } from './errors.ts';
import { mergeAuthorship, type MergeCounts } from './mergeAuthorship.ts';
import { toMember } from './memberService.ts';
import { requireCoordinator } from './permissions.ts';

/** The higher of two roles (ROLES lists them from most to least). */
const higher = (a: Role, b: Role): Role => (ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b);

/**
 * Merges a duplicate member into the member they really are (two user ids for one person, made
 * before accounts existed). Everything the duplicate authored is attributed to the kept member,
 * their memberships become one (the higher role kept), and the duplicate's sessions and sockets end
 * as on removal.
 */
export class MergeService {
  constructor(
    private readonly storage: Storage,
    private readonly registry: RoomRegistry,
    private readonly live: LiveConnections,
  ) {}

  async merge(actor: Identity, consortiumId: string, duplicateId: string, intoId: string): Promise<{ member: Member; moved: MergeCounts }> {
    requireCoordinator(actor, consortiumId);
    if (duplicateId === intoId) throw invalidField('into', 'Choose another member: a person cannot be merged into themselves.');
    const duplicate = await this.current(consortiumId, duplicateId);
    const kept = await this.current(consortiumId, intoId);

    // Authorship first, as one change every open page receives: if anything below fails, the
    // duplicate is still a member and the merge can simply be run again.
    const moved = await this.registry.use(
      docKey(consortiumId, 'discussion'),
      (doc) => mergeAuthorship(doc, duplicate.userId, { userId: kept.userId, name: kept.name }),
      { write: true },
    );
    const at = new Date().toISOString();
    const role = higher(kept.role, duplicate.role);
    const next: MemberRecord = { ...kept, role, joinedAt: duplicate.joinedAt < kept.joinedAt ? duplicate.joinedAt : kept.joinedAt };
    await this.storage.members.put(next);
    await this.storage.members.put({ ...duplicate, removedAt: at, mergedInto: kept.userId });
    const entries = await this.storage.activity.reassign(consortiumId, duplicate.userId, { userId: kept.userId, name: kept.name });
    await this.storage.sessions.end(duplicate.userId, at, 'removed', { consortiumId });
    await this.storage.activity.append({
      consortiumId,
      at,
      userId: actor.userId,
      name: actor.name,
      action: 'merge-members',
      detail: {
        from: duplicate.userId,
        fromName: duplicate.name,
        into: kept.userId,
        intoName: kept.name,
        messages: String(moved.messages),
        signOffs: String(moved.signOffs),
        activity: String(entries),
      },
    });
    this.live.publish({ consortiumId, userId: duplicate.userId, kind: 'removed' });
    if (role !== kept.role) this.live.publish({ consortiumId, userId: kept.userId, kind: 'changed' });
    return { member: toMember(next), moved };
  }

  private async current(consortiumId: string, userId: string): Promise<MemberRecord> {
    const member = await this.storage.members.get(consortiumId, userId);
    if (!member || member.removedAt) throw new DomainError('unknown-member', 'No such member.');
    return member;
  }
}
