import type { Storage, MemberRecord } from '../storage/types.ts';
import { ensureConsortium } from '../consortia/consortia.ts';
import type { Identity, TokenService } from './tokens.ts';

export type Access =
  | { ok: true; identity: Identity; expiresAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'removed' };

/**
 * Turns a token into the person's effective identity. The token proves who they are; their
 * membership says what they may do now, so a coordinator's change applies without new tokens.
 * A valid token with no membership yet provisions the consortium and the membership (DESIGN.md).
 */
export class AccessService {
  constructor(
    readonly tokens: TokenService,
    private readonly storage: Storage,
  ) {}

  async resolve(token: string | undefined | null): Promise<Access> {
    if (!token) return { ok: false, reason: 'missing' };
    const check = await this.tokens.verify(token);
    if (!check.ok) return check;
    const claimed = check.identity;
    let member = await this.storage.members.get(claimed.consortiumId, claimed.userId);
    if (member?.removedAt) return { ok: false, reason: 'removed' };
    if (!member) {
      await ensureConsortium(this.storage.consortia, claimed);
      member = {
        consortiumId: claimed.consortiumId,
        userId: claimed.userId,
        name: claimed.name,
        partnerId: claimed.partnerId,
        role: claimed.role,
        joinedAt: new Date().toISOString(),
        removedAt: null,
      };
      await this.storage.members.put(member);
    }
    return { ok: true, identity: identityOf(member), expiresAt: check.expiresAt };
  }
}

export function identityOf(member: MemberRecord): Identity {
  return { userId: member.userId, name: member.name, consortiumId: member.consortiumId, partnerId: member.partnerId, role: member.role };
}
