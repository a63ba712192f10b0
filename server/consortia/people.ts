import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CreateInvite, Invite, InvitePreview, Member, PartnerInput } from '../../shared/api.ts';
import type { Role } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import { HttpError } from '../http/respond.ts';
import type { LiveConnections } from '../rooms/membershipEvents.ts';
import type { InviteRecord, MemberRecord, Storage } from '../storage/types.ts';
import { slugify } from '../../shared/api.ts';
import { inviteVerdict } from '../storage/inviteRules.ts';

/** 256 random bits, base64url: unguessable, and only its hash is stored. */
export function newInviteCode(): string {
  return randomBytes(32).toString('base64url');
}

export const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

export function toMember(m: MemberRecord): Member {
  return { userId: m.userId, name: m.name, partnerId: m.partnerId, role: m.role, joinedAt: m.joinedAt };
}

export function toInvite(i: InviteRecord): Invite {
  const { id, role, partnerId, label, createdAt, expiresAt, maxUses, uses, revokedAt } = i;
  return { id, role, partnerId, label, createdAt, expiresAt, maxUses, uses, revokedAt };
}

/** Membership and invitation rules. The API layer authenticates; this decides and stores. */
export class People {
  constructor(
    private readonly storage: Storage,
    private readonly live: LiveConnections,
  ) {}

  requireCoordinator(identity: Identity, consortiumId: string): void {
    if (identity.consortiumId !== consortiumId) throw new HttpError(403, 'forbidden', 'You are not a member of this consortium.');
    if (identity.role !== 'coordinator') throw new HttpError(403, 'forbidden', 'Only the coordinator can do this.');
  }

  async partnerExists(consortiumId: string, partnerId: string): Promise<boolean> {
    const record = await this.storage.consortia.get(consortiumId);
    return Boolean(record?.partners.some((p) => p.id === partnerId));
  }

  /** A free partner id derived from the institution's name. */
  async newPartnerId(consortiumId: string, name: string): Promise<string> {
    const record = await this.storage.consortia.get(consortiumId);
    const taken = new Set(record?.partners.map((p) => p.id));
    const base = slugify(name).slice(0, 40);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  async addPartner(consortiumId: string, input: PartnerInput) {
    const id = await this.newPartnerId(consortiumId, input.name);
    const partner = { id, ...input };
    await this.storage.consortia.mutate(consortiumId, (r) => ({ ...r, partners: [...r.partners, partner] }));
    return partner;
  }

  async updateMember(actor: Identity, consortiumId: string, userId: string, change: { role?: Role; partnerId?: string }): Promise<Member> {
    this.requireCoordinator(actor, consortiumId);
    const member = await this.storage.members.get(consortiumId, userId);
    if (!member || member.removedAt) throw new HttpError(404, 'unknown-member', 'No such member.');
    if (change.partnerId && !(await this.partnerExists(consortiumId, change.partnerId))) {
      throw new HttpError(400, 'unknown-partner', 'No such partner institution.');
    }
    if (member.role === 'coordinator' && change.role && change.role !== 'coordinator') await this.keepOneCoordinator(consortiumId, userId);
    const next = { ...member, role: change.role ?? member.role, partnerId: change.partnerId ?? member.partnerId };
    await this.storage.members.put(next);
    if (next.role !== member.role || next.partnerId !== member.partnerId) this.live.publish({ consortiumId, userId, kind: 'changed' });
    return toMember(next);
  }

  async removeMember(actor: Identity, consortiumId: string, userId: string): Promise<void> {
    this.requireCoordinator(actor, consortiumId);
    const member = await this.storage.members.get(consortiumId, userId);
    if (!member || member.removedAt) throw new HttpError(404, 'unknown-member', 'No such member.');
    if (member.role === 'coordinator') await this.keepOneCoordinator(consortiumId, userId);
    await this.storage.members.put({ ...member, removedAt: new Date().toISOString() });
    this.live.publish({ consortiumId, userId, kind: 'removed' });
  }

  private async keepOneCoordinator(consortiumId: string, leaving: string): Promise<void> {
    const others = (await this.storage.members.list(consortiumId)).filter((m) => m.role === 'coordinator' && m.userId !== leaving);
    if (others.length === 0) throw new HttpError(409, 'last-coordinator', 'A consortium needs at least one coordinator: appoint another one first.');
  }

  async createInvite(actor: Identity, consortiumId: string, input: CreateInvite): Promise<{ invite: Invite; code: string }> {
    this.requireCoordinator(actor, consortiumId);
    if (!(await this.partnerExists(consortiumId, input.partnerId))) throw new HttpError(400, 'unknown-partner', 'No such partner institution.');
    const code = newInviteCode();
    const now = new Date();
    const record: InviteRecord = {
      id: randomUUID(),
      consortiumId,
      codeHash: hashCode(code),
      role: input.role,
      partnerId: input.partnerId,
      label: input.label,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
      maxUses: input.maxUses ?? null,
      uses: 0,
      revokedAt: null,
    };
    await this.storage.invites.create(record);
    return { invite: toInvite(record), code };
  }

  async previewInvite(code: string): Promise<InvitePreview> {
    const invite = await this.storage.invites.findByHash(hashCode(code));
    const verdict = inviteVerdict(invite, new Date());
    if (verdict === 'unknown' || !invite) throw new HttpError(404, 'unknown-invite', 'This invitation link does not exist.');
    if (verdict) throw inviteGone(verdict);
    const record = await this.storage.consortia.get(invite.consortiumId);
    return {
      consortiumName: record?.name ?? invite.consortiumId,
      programmeTitle: record?.programmeTitle ?? '',
      partnerName: record?.partners.find((p) => p.id === invite.partnerId)?.name ?? invite.partnerId,
      role: invite.role,
    };
  }

  /** Uses the invite and makes (or updates) the membership. `userId` is kept when the person is already signed in. */
  async acceptInvite(code: string, name: string, userId: string | undefined): Promise<MemberRecord> {
    const used = await this.storage.invites.use(hashCode(code), new Date());
    if (!used.ok) throw used.reason === 'unknown' ? new HttpError(404, 'unknown-invite', 'This invitation link does not exist.') : inviteGone(used.reason);
    const { invite } = used;
    const id = userId ?? randomUUID();
    const existing = await this.storage.members.get(invite.consortiumId, id);
    const member: MemberRecord = {
      consortiumId: invite.consortiumId,
      userId: id,
      name,
      partnerId: invite.partnerId,
      role: invite.role,
      joinedAt: existing && !existing.removedAt ? existing.joinedAt : new Date().toISOString(),
      removedAt: null,
    };
    await this.storage.members.put(member);
    if (existing && !existing.removedAt) this.live.publish({ consortiumId: member.consortiumId, userId: id, kind: 'changed' });
    return member;
  }
}

function inviteGone(reason: 'expired' | 'revoked' | 'used-up'): HttpError {
  const why = { expired: 'has expired', revoked: 'was revoked', 'used-up': 'has been used as often as allowed' }[reason];
  return new HttpError(410, `invite-${reason}`, `This invitation link ${why}. Ask your coordinator for a new one.`);
}
