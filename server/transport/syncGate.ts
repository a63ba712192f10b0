import type { IncomingMessage } from 'node:http';
import { CloseCode } from '../../shared/closeCodes.ts';
import { roomKey, type RoomAddress } from '../../shared/names.ts';
import type { AccessService } from '../auth/access.ts';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { Identity } from '../auth/tokens.ts';
import type { LiveConnections } from '../rooms/membershipEvents.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SyncLimits } from '../limits/syncLimits.ts';

export type Admission = { ok: true; identity: Identity } | { ok: false; code: number; reason: string };

/** Decides whether a sync socket may open, before any document storage is touched. */
export class SyncGate {
  constructor(
    readonly registry: RoomRegistry,
    readonly live: LiveConnections,
    private readonly access: AccessService,
    private readonly limits: SyncLimits,
    readonly onError: (error: unknown) => void,
  ) {}

  async admit(req: IncomingMessage, url: URL, room: RoomAddress): Promise<Admission> {
    const fromQuery = url.searchParams.get('token');
    const fromCookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    const token = fromQuery ?? fromCookie;
    if (!token) return { ok: false, code: CloseCode.unauthenticated, reason: 'no token' };
    // A cookie rides along on cross-site sockets too: only our own pages may use it.
    if (!fromQuery && !sameOrigin(req)) return { ok: false, code: CloseCode.forbidden, reason: 'cross-origin' };
    // Checked before the token is resolved, since resolving may provision the consortium.
    const claims = await this.access.bearer(token);
    if (!claims.ok)
      return { ok: false, code: CloseCode.unauthenticated, reason: claims.reason === 'expired' ? 'token expired' : 'invalid token' };
    if (claims.consortiumId !== room.consortiumId)
      return { ok: false, code: CloseCode.forbidden, reason: 'token is for another consortium' };
    const size = this.registry.get(roomKey(room))?.connections.size ?? 0;
    if (!this.limits.roomAdmits(size)) return { ok: false, code: CloseCode.tooMany, reason: 'room is full' };
    try {
      const access = await this.access.resolve(token);
      if (!access.ok) {
        return access.reason === 'removed'
          ? { ok: false, code: CloseCode.forbidden, reason: 'no longer a member' }
          : { ok: false, code: CloseCode.unauthenticated, reason: 'invalid token' };
      }
      return { ok: true, identity: access.identity };
    } catch (error) {
      this.onError(error);
      return { ok: false, code: CloseCode.tryAgainLater, reason: 'storage unavailable' };
    }
  }
}

export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients send none
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
