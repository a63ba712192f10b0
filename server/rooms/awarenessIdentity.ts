import { modifyAwarenessUpdate } from 'y-protocols/awareness';
import type { Identity } from '../auth/tokens.ts';

/**
 * Other people see the name and partner the server vouches for, not what a client claims:
 * each awareness state's `user` is overwritten from the connection's token (colour and cursor are kept).
 */
export function stampIdentity(update: Uint8Array, identity: Identity): Uint8Array {
  return modifyAwarenessUpdate(update, (state: unknown) => {
    if (state === null || typeof state !== 'object') return state;
    const s = state as Record<string, unknown>;
    const claimed = (s.user && typeof s.user === 'object' ? s.user : {}) as Record<string, unknown>;
    const color = typeof claimed.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(claimed.color) ? claimed.color : '#5b6b7c';
    return {
      ...s,
      user: { name: identity.name, color, partner: identity.partnerId, role: identity.role, id: identity.userId },
    };
  });
}
