import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds; an append is ~0.1 ms on SQLite and a few ms on PostgreSQL, a relay adds the queue before it. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * What GET /metrics reports (Prometheus text format), one registry per server so that several
 * servers in one process (tests) never mix their counts. docs/OPERATIONS.md says what each means.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly updatesReceived = new Counter({
    name: 'jointly_updates_received_total',
    help: 'Document updates received: from clients of this instance (source="client") or from other instances over Redis (source="instance").',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });
  readonly updatesSent = new Counter({
    name: 'jointly_updates_sent_total',
    help: 'Document update messages sent to client sockets (one per receiving socket).',
    registers: [this.registry],
  });
  readonly appendSeconds = new Histogram({
    name: 'jointly_append_seconds',
    help: 'Time for storage to make one update durable (append resolved).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly relaySeconds = new Histogram({
    name: 'jointly_relay_seconds',
    help: 'Time from applying a client update to relaying it (it waits for its append and every earlier one).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly storedBytes = new Counter({
    name: 'jointly_stored_bytes_total',
    help: 'Bytes of document updates appended to storage by this instance (before compaction).',
    registers: [this.registry],
  });
  readonly rateLimitCloses = new Counter({
    name: 'jointly_rate_limit_closes_total',
    help: 'Sockets refused or closed by a limit (server/limits/syncLimits.ts), by limit.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly fanoutPublished = new Counter({
    name: 'jointly_fanout_published_total',
    help: 'Messages published to other instances over Redis, by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly fanoutPublishFailures = new Counter({
    name: 'jointly_fanout_publish_failures_total',
    help: 'Publishes that failed (Redis away); the resync after it returns covers them.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly fanoutReceived = new Counter({
    name: 'jointly_fanout_received_total',
    help: 'Messages received from other instances over Redis, by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'jointly_' });
  }

  /** Gauges read at scrape time from the parts that own the numbers. */
  observe(read: { connections: () => number; rooms: () => number; redisLinked?: () => boolean }): void {
    new Gauge({
      name: 'jointly_connections',
      help: 'Open sync sockets on this instance.',
      registers: [this.registry],
      collect() {
        this.set(read.connections());
      },
    });
    new Gauge({
      name: 'jointly_rooms',
      help: 'Documents loaded in memory on this instance.',
      registers: [this.registry],
      collect() {
        this.set(read.rooms());
      },
    });
    const redisLinked = read.redisLinked;
    if (redisLinked) {
      new Gauge({
        name: 'jointly_redis_linked',
        help: '1 while both Redis connections are up, else 0 (only with REDIS_URL).',
        registers: [this.registry],
        collect() {
          this.set(redisLinked() ? 1 : 0);
        },
      });
    }
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
