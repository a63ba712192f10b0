import { describe, expect, it } from 'vitest';
import { SYNC_STEP1_PER_MINUTE, SyncLimits } from '../../server/limits/syncLimits.ts';

const settings = { maxConnectionsPerIp: 2, maxConnectionsPerRoom: 3, maxMessagesPerSecond: 10, maxBufferedBytes: 1000 };

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('sync limits', () => {
  it('connections per address: the one over the limit is refused, and closing frees a place', () => {
    const limits = new SyncLimits(settings);
    const a = limits.openFromAddress('10.0.0.1');
    const b = limits.openFromAddress('10.0.0.1');
    const c = limits.openFromAddress('10.0.0.1');
    expect([a.admitted, b.admitted, c.admitted]).toEqual([true, true, false]);
    expect(limits.openFromAddress('10.0.0.2').admitted).toBe(true);
    c.release();
    c.release(); // a second close of the same socket must not free a second place
    expect(limits.openCount('10.0.0.1')).toBe(2);
    a.release();
    expect(limits.openFromAddress('10.0.0.1').admitted).toBe(true);
  });

  it('connections per room: a document with the maximum open admits no more', () => {
    const limits = new SyncLimits(settings);
    expect(limits.roomAdmits(0)).toBe(true);
    expect(limits.roomAdmits(2)).toBe(true);
    expect(limits.roomAdmits(3)).toBe(false);
  });

  it('messages per socket: bursts of twice the rate, then the steady rate', () => {
    const time = clock();
    const rate = new SyncLimits(settings, time.now).messageRate();
    let taken = 0;
    while (rate.take()) taken++;
    expect(taken).toBe(20);
    time.advance(100); // one message's worth at 10/s
    expect(rate.take()).toBe(true);
    expect(rate.take()).toBe(false);
    time.advance(10_000); // refills up to the burst, not beyond
    taken = 0;
    while (rate.take()) taken++;
    expect(taken).toBe(20);
  });

  it('sync step 1 per socket: the ration over a sliding minute', () => {
    const time = clock();
    const ration = new SyncLimits(settings, time.now).syncStep1Ration();
    for (let i = 0; i < SYNC_STEP1_PER_MINUTE; i++) {
      expect(ration.take()).toBe(true);
      time.advance(1000);
    }
    expect(ration.take()).toBe(false);
    time.advance(60_000 - SYNC_STEP1_PER_MINUTE * 1000); // a minute after the first request: it leaves the window
    expect(ration.take()).toBe(true);
    expect(ration.take()).toBe(false);
    expect(new SyncLimits({ ...settings, syncStep1PerMinute: 1 }, time.now).syncStep1Ration().take()).toBe(true);
  });

  it('buffered bytes: a reader with more than the maximum queued is a slow consumer', () => {
    const limits = new SyncLimits(settings);
    expect(limits.isSlowConsumer(1000)).toBe(false);
    expect(limits.isSlowConsumer(1001)).toBe(true);
  });
});
