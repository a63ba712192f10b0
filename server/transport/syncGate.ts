import type { IncomingMessage } from 'node:http';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { RoomAddress } from '../../shared/names.ts';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { Identity, TokenService } from '../auth/tokens.ts';
import { ensureConsortium } from '../consortia/consortia.ts';
import type { Connection } from '../rooms/connection.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { ConsortiumStore } from '../storage/types.ts';

export type Admission =
  | { ok: true; identity: Identity; onOpen?: (conn: Connection, drop: () => void) => void }
  | { ok: false; code: number; reason: string };

/** Decides whether a sync socket may open, before any document storage is touched. */
export class SyncGate {
  constructor(
    readonly registry: RoomRegistry,
    private readonly tokens: TokenService,
    private readonly consortia: ConsortiumStore,
    readonly onError: (error: unknown) => void,
  ) {}

  async admit(req: IncomingMessage, url: URL, room: RoomAddress): Promise<Admission> {
    const fromQuery = url.searchParams.get('token');
    const fromCookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    const token = fromQuery ?? fromCookie;
    if (!token) return { ok: false, code: CloseCode.unauthenticated, reason: 'no token' };
    // A cookie rides along on cross-site sockets too: only our own pages may use it.
    if (!fromQuery && !sameOrigin(req)) return { ok: false, code: CloseCode.forbidden, reason: 'cross-origin' };
    const check = await this.tokens.verify(token);
    if (!check.ok) return { ok: false, code: CloseCode.unauthenticated, reason: check.reason === 'expired' ? 'token expired' : 'invalid token' };
    if (check.identity.consortiumId !== room.consortiumId) return { ok: false, code: CloseCode.forbidden, reason: 'token is for another consortium' };
    try {
      await ensureConsortium(this.consortia, check.identity);
    } catch (error) {
      this.onError(error);
      return { ok: false, code: CloseCode.tryAgainLater, reason: 'storage unavailable' };
    }
    return { ok: true, identity: check.identity };
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
