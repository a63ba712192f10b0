import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CreateInvite, Invite, InvitePreview } from '../../shared/api.ts';
import type { Identity } from '../auth/tokens.ts';
import type { InviteRecord, MemberRecord, Storage } from '../storage/types.ts';
import { inviteVerdict } from '../storage/inviteRules.ts';
import { DomainError, invalidField } from './errors.ts';
import type { MemberService } from './memberService.ts';
import { partnerExists } from './partnerService.ts';
import { requireCoordinator } from './permissions.ts';

/** 256 random bits, base64url: unguessable, and only its hash is stored. */
export function newInviteCode(): string {
  return randomBytes(32).toString('base64url');
}

export const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

export function toInvite(i: InviteRecord): Invite {
  const { id, role, partnerId, label, createdAt, expiresAt, maxUses, uses, revokedAt } = i;
  return { id, role, partnerId, label, createdAt, expiresAt, maxUses, uses, revokedAt };
}

/** Invitation links: the coordinator makes and revokes them; anyone holding a code may look at it and use it. */
export class InviteService {
  constructor(
    private readonly storage: Storage,
    private readonly members: MemberService,
  ) {}

  async list(actor: Identity, consortiumId: string): Promise<Invite[]> {
    requireCoordinator(actor, consortiumId);
    return (await this.storage.invites.list(consortiumId)).map(toInvite);
  }

  /** The code is returned only here: the store keeps its hash. */
  async create(actor: Identity, consortiumId: string, input: CreateInvite): Promise<{ invite: Invite; code: string }> {
    requireCoordinator(actor, consortiumId);
    if (!(await partnerExists(this.storage.consortia, consortiumId, input.partnerId)))
      throw invalidField('partnerId', 'No such partner institution.');
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

  async revoke(actor: Identity, consortiumId: string, inviteId: string): Promise<Invite> {
    requireCoordinator(actor, consortiumId);
    const invite = await this.storage.invites.revoke(consortiumId, inviteId, new Date().toISOString());
    if (!invite) throw new DomainError('unknown-invite', 'No such invitation.');
    return toInvite(invite);
  }

  async preview(code: string): Promise<InvitePreview> {
    const invite = await this.storage.invites.findByHash(hashCode(code));
    const verdict = inviteVerdict(invite, new Date());
    if (verdict === 'unknown' || !invite) throw unknownInvite();
    if (verdict) throw inviteGone(verdict);
    const record = await this.storage.consortia.get(invite.consortiumId);
    return {
      consortiumName: record?.name ?? invite.consortiumId,
      programmeTitle: record?.programmeTitle ?? '',
      partnerName: record?.partners.find((p) => p.id === invite.partnerId)?.name ?? invite.partnerId,
      role: invite.role,
    };
  }

  /** Uses the invite (counted in the transaction that checks it) and makes the membership; `userId` is kept when the person is signed in already. */
  async accept(code: string, name: string, userId: string | undefined): Promise<MemberRecord> {
    const used = await this.storage.invites.use(hashCode(code), new Date());
    if (!used.ok) throw used.reason === 'unknown' ? unknownInvite() : inviteGone(used.reason);
    const { invite } = used;
    return this.members.join({
      consortiumId: invite.consortiumId,
      userId: userId ?? randomUUID(),
      name,
      partnerId: invite.partnerId,
      role: invite.role,
    });
  }
}

const unknownInvite = () => new DomainError('unknown-invite', 'This invitation link does not exist.');

function inviteGone(reason: 'expired' | 'revoked' | 'used-up'): DomainError {
  const why = { expired: 'has expired', revoked: 'was revoked', 'used-up': 'has been used as often as allowed' }[reason];
  return new DomainError(`invite-${reason}`, `This invitation link ${why}. Ask your coordinator for a new one.`);
}
