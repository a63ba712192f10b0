import type { Storage, MemberRecord } from '../storage/types.ts';
import type { Identity, TokenService } from './tokens.ts';

export type Access =
  | { ok: true; identity: Identity; expiresAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'removed' };

/** Makes the membership of a valid token that has none yet (ConsortiumService.provision). */
export type Provisioner = (claimed: Identity) => Promise<MemberRecord>;

/**
 * Turns a token into the person's effective identity. The token proves who they are; their
 * membership says what they may do now, so a coordinator's change applies without new tokens.
 * A valid token with no membership yet is handed to the provisioner (docs/ARCHITECTURE.md, "Contracts").
 */
export class AccessService {
  constructor(
    readonly tokens: TokenService,
    private readonly storage: Storage,
    private readonly provision: Provisioner,
  ) {}

  async resolve(token: string | undefined | null): Promise<Access> {
    if (!token) return { ok: false, reason: 'missing' };
    const check = await this.tokens.verify(token);
    if (!check.ok) return check;
    const claimed = check.identity;
    const member = (await this.storage.members.get(claimed.consortiumId, claimed.userId)) ?? (await this.provision(claimed));
    if (member.removedAt) return { ok: false, reason: 'removed' };
    return { ok: true, identity: identityOf(member), expiresAt: check.expiresAt };
  }
}

export function identityOf(member: MemberRecord): Identity {
  return { userId: member.userId, name: member.name, consortiumId: member.consortiumId, partnerId: member.partnerId, role: member.role };
}
