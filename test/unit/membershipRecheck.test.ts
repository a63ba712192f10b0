/**
 * LiveConnections.recheck: after Redis was away, an instance re-reads the memberships of its open
 * sockets and closes those the stored membership no longer allows, as the lost message would have.
 */
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { Identity } from '../../server/auth/tokens.ts';
import { decodeFanout, encodeFanout } from '../../server/fanout/fanoutMessages.ts';
import type { Connection } from '../../server/rooms/connection.ts';
import { LiveConnections, type CurrentMembership } from '../../server/rooms/membershipEvents.ts';

function connection(identity: Identity): Connection & { closed: { code: number; reason: string }[] } {
  const closed: { code: number; reason: string }[] = [];
  return {
    id: `${identity.userId}-${Math.random()}`,
    identity,
    canWrite: true,
    wantsAcks: false,
    send: () => undefined,
    close: (code, reason) => void closed.push({ code, reason }),
    closed,
  };
}

const person = (userId: string, role: Identity['role'] = 'editor'): Identity => ({
  userId,
  name: userId.toUpperCase(),
  consortiumId: 'c1',
  partnerId: 'p1',
  role,
});

describe('LiveConnections.recheck', () => {
  it('closes removed members with 4403, changed ones with 4409, and leaves the rest open', async () => {
    const live = new LiveConnections();
    const removed = connection(person('mo'));
    const gone = connection(person('zed'));
    const demotedA = connection(person('li'));
    const demotedB = connection(person('li'));
    const unchanged = connection(person('kim'));
    for (const c of [removed, gone, demotedA, demotedB, unchanged]) live.add(c);
    const stored: Record<string, { role: string; partnerId: string; name: string; removedAt: string | null }> = {
      mo: { role: 'editor', partnerId: 'p1', name: 'MO', removedAt: '2026-12-02T10:00:00Z' },
      li: { role: 'commenter', partnerId: 'p1', name: 'LI', removedAt: null },
      kim: { role: 'editor', partnerId: 'p1', name: 'KIM', removedAt: null },
    };
    const asked: string[] = [];
    const current: CurrentMembership = async (consortiumId, userId) => {
      asked.push(`${consortiumId}/${userId}`);
      return stored[userId];
    };

    expect(await live.recheck(current)).toBe(3);
    expect(removed.closed.map((c) => c.code)).toEqual([CloseCode.forbidden]);
    expect(gone.closed.map((c) => c.code)).toEqual([CloseCode.forbidden]);
    expect(demotedA.closed.map((c) => c.code)).toEqual([CloseCode.membershipChanged]);
    expect(demotedB.closed.map((c) => c.code)).toEqual([CloseCode.membershipChanged]);
    expect(unchanged.closed).toEqual([]);
    // One read per person, not per socket.
    expect(asked.sort()).toEqual(['c1/kim', 'c1/li', 'c1/mo', 'c1/zed']);
  });

  it('skips sockets that left while their membership was being read', async () => {
    const live = new LiveConnections();
    const leaving = connection(person('mo'));
    const remove = live.add(leaving);
    const current: CurrentMembership = async () => {
      remove();
      return undefined;
    };
    expect(await live.recheck(current)).toBe(0);
    expect(leaving.closed).toEqual([]);
  });

  it('travels as its own fan-out kind with an empty payload', () => {
    const bytes = encodeFanout({ from: 'instance-a', kind: 'recheck', payload: new Uint8Array(0) });
    expect(decodeFanout(bytes)).toEqual({ from: 'instance-a', kind: 'recheck', payload: new Uint8Array(0) });
  });
});
