import type { SignInSessions } from '../accounts/signInSessions.ts';
import type { SessionRecord } from '../storage/accountTypes.ts';
import type { Storage, MemberRecord } from '../storage/types.ts';
import type { Identity, TokenService } from './tokens.ts';

export type Access =
  | { ok: true; identity: Identity; expiresAt: number; session?: SessionRecord }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'removed' | 'no-consortium' };

/**
 * Who presents a credential, whatever their standing in a consortium: the account (the user id
 * memberships carry) and the consortium the credential speaks for. A session ended by the person's
 * removal still names them, so they can move on to their other consortia.
 */
export type Bearer =
  | { ok: true; userId: string; consortiumId: string | null; session?: SessionRecord; claimed?: Identity }
  | { ok: false; reason: 'invalid' | 'expired' };

/** Makes the membership of a valid token that has none yet (ConsortiumService.provision). */
export type Provisioner = (claimed: Identity) => Promise<MemberRecord>;

/** Signed tokens have three dot-separated parts; session ids are base64url without dots. */
export const isSignedToken = (credential: string) => credential.split('.').length === 3;

/**
 * Turns a credential into the person's effective identity. A credential is a signed token (scripts,
 * portals, sign-in links) or a server-side session id (the browser's cookie). It proves who they
 * are; their membership says what they may do now, so a coordinator's change applies without new
 * credentials. A valid token with no membership yet is handed to the provisioner
 * (docs/ARCHITECTURE.md, "Contracts").
 */
export class AccessService {
  constructor(
    readonly tokens: TokenService,
    private readonly storage: Storage,
    private readonly provision: Provisioner,
    readonly sessions: SignInSessions,
  ) {}

  async bearer(credential: string | undefined | null): Promise<Bearer> {
    if (!credential) return { ok: false, reason: 'invalid' };
    if (isSignedToken(credential)) {
      const check = await this.tokens.verify(credential);
      if (!check.ok) return check;
      return { ok: true, userId: check.identity.userId, consortiumId: check.identity.consortiumId, claimed: check.identity };
    }
    const check = await this.sessions.check(credential);
    if (check.ok || check.reason === 'removed')
      return { ok: true, userId: check.session.accountId, consortiumId: check.session.consortiumId, session: check.session };
    return { ok: false, reason: check.reason };
  }

  async resolve(credential: string | undefined | null): Promise<Access> {
    if (!credential) return { ok: false, reason: 'missing' };
    if (isSignedToken(credential)) {
      const check = await this.tokens.verify(credential);
      if (!check.ok) return check;
      const claimed = check.identity;
      const member = (await this.storage.members.get(claimed.consortiumId, claimed.userId)) ?? (await this.provision(claimed));
      if (member.removedAt) return { ok: false, reason: 'removed' };
      return { ok: true, identity: identityOf(member), expiresAt: check.expiresAt };
    }
    const check = await this.sessions.check(credential);
    if (!check.ok) return { ok: false, reason: check.reason };
    const { session } = check;
    if (!session.consortiumId) return { ok: false, reason: 'no-consortium' };
    const member = await this.storage.members.get(session.consortiumId, session.accountId);
    if (!member || member.removedAt) return { ok: false, reason: 'removed' };
    return { ok: true, identity: identityOf(member), expiresAt: Date.parse(session.expiresAt), session };
  }
}

export function identityOf(member: MemberRecord): Identity {
  return { userId: member.userId, name: member.name, consortiumId: member.consortiumId, partnerId: member.partnerId, role: member.role };
}
