import { SignJWT, jwtVerify, errors } from 'jose';
import { isValidId } from '../../shared/names.ts';
import { isRole, type Role } from '../../shared/roles.ts';

/** Who is on the other end of a request or socket, as the signed token says (the token contract in docs/ARCHITECTURE.md, "Contracts"). */
export interface Identity {
  userId: string;
  name: string;
  consortiumId: string;
  partnerId: string;
  role: Role;
}

export type TokenCheck = { ok: true; identity: Identity; expiresAt: number } | { ok: false; reason: 'invalid' | 'expired' };

const MAX_NAME = 80;

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32) throw new Error('AUTH_SECRET must be at least 32 bytes');
    this.key = new TextEncoder().encode(secret);
  }

  async sign(identity: Identity, ttlSeconds: number): Promise<string> {
    return new SignJWT({
      name: identity.name,
      consortium: identity.consortiumId,
      partner: identity.partnerId,
      role: identity.role,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(identity.userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key);
  }

  /** Verifies signature (HS256 only: `alg: none` and other algorithms are refused), expiry and claim shapes. */
  async verify(token: string | undefined | null): Promise<TokenCheck> {
    if (!token || token.length > 4096) return { ok: false, reason: 'invalid' };
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      const { sub, name, consortium, partner, role, exp } = payload as Record<string, unknown>;
      if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) return { ok: false, reason: 'invalid' };
      if (typeof name !== 'string' || typeof exp !== 'number') return { ok: false, reason: 'invalid' };
      if (!isValidId(consortium) || !isValidId(partner) || !isRole(role)) return { ok: false, reason: 'invalid' };
      return {
        ok: true,
        identity: { userId: sub, name: cleanName(name), consortiumId: consortium, partnerId: partner, role },
        expiresAt: exp * 1000,
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      return { ok: false, reason: 'invalid' };
    }
  }
}

/** Display names come from tokens and invite forms: strip control characters and bound the length. */
export function cleanName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const name = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (name || 'Anonymous').slice(0, MAX_NAME);
}
