import type { InviteRecord } from './types.ts';

/** Why an invite cannot be used now, or undefined when it can. Shared by every adapter. */
export function inviteVerdict(invite: InviteRecord | undefined, now: Date): 'unknown' | 'expired' | 'revoked' | 'used-up' | undefined {
  if (!invite) return 'unknown';
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt && Date.parse(invite.expiresAt) <= now.getTime()) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used-up';
  return undefined;
}
