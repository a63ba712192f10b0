import { createServer, type Server } from 'node:http';
// Every language's content pack, registered before anyone is served: exports and e-mails are written
// in a document's or a reader's language, whichever it is.
import '../shared/i18n/content/packs/all.ts';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadSecret } from './auth/secret.ts';
import { TokenService } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { createApi } from './http/api.ts';
import { createMailer } from './accounts/mailer.ts';
import { SignInSessions } from './accounts/signInSessions.ts';
import { AccessService } from './auth/access.ts';
import { LiveConnections } from './rooms/membershipEvents.ts';
import { HttpError } from './http/errors.ts';
import { sendError } from './http/respond.ts';
import { serveStatic } from './http/staticFiles.ts';
import { createLogger, type Logger } from './logger.ts';
import { createServices, type Services } from './services.ts';
import { RoomRegistry } from './rooms/roomRegistry.ts';
import { SyncLimits } from './limits/syncLimits.ts';
import { openStorage } from './storage/open.ts';
import type { Storage } from './storage/types.ts';
import { SyncGate } from './transport/syncGate.ts';
import type { RedisFanout } from './fanout/redisFanout.ts';
import { ForwardedHeaders } from './http/forwarded.ts';
import { serveHealth } from './http/health.ts';
import { Metrics } from './metrics.ts';
import { attachSyncTransport, type SyncTransport } from './transport/wsTransport.ts';
import { ChapterFreeze, frozenChapterIn } from './rooms/chapterFreeze.ts';

export interface JointlyServer {
  readonly port: number;
  /** http://host:port of this instance. */
  readonly url: string;
  readonly tokens: TokenService;
  readonly access: AccessService;
  readonly live: LiveConnections;
  readonly services: Services;
  readonly storage: Storage;
  readonly registry: RoomRegistry;
  readonly transport: SyncTransport;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** With REDIS_URL: the link to the other instances. */
  readonly fanout: RedisFanout | undefined;
  /** Stops accepting, closes every socket, stores everything and closes the database. */
  close(): Promise<void>;
}

export const CLIENT_DIST = resolve(import.meta.dirname, '..', 'dist');

export async function startServer(config: Config, options: { storage?: Storage; clientDir?: string } = {}): Promise<JointlyServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const log = createLogger(config.logLevel);
  // Storage is chosen by DATABASE_URL (PostgreSQL) or else the SQLite file in dataDir: see storage/open.ts.
  const storage = options.storage ?? (await openStorage(config, (error) => log.error({ err: error }, 'postgres connection error'), log));
  const metrics = new Metrics();
  const fanoutLog = (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => log[level](extra ?? {}, msg);
  const fanout = config.redisUrl
    ? // ioredis is loaded only when instances are linked: a single instance starts without it.
      await (
        await import('./fanout/redisFanout.ts')
      ).RedisFanout.connect({ url: config.redisUrl, prefix: config.redisPrefix, log: fanoutLog, metrics }).catch(async (error: unknown) => {
        if (!options.storage) await storage.close();
        throw error;
      })
    : undefined;
  const tokens = new TokenService(loadSecret(config.dataDir, config.authSecret));
  const limits = new SyncLimits({
    onExceeded: (limit) => metrics.rateLimitCloses.inc({ limit }),
    maxConnectionsPerIp: config.maxConnectionsPerIp,
    maxConnectionsPerRoom: config.maxConnectionsPerRoom,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBufferedBytes: config.maxBufferedBytes,
  });
  const freeze = new ChapterFreeze((consortiumId) => frozenChapterIn(storage, consortiumId));
  const registry = new RoomRegistry(storage.documents, {
    freeze,
    syncStep1Ration: () => limits.syncStep1Ration(),
    unloadDelayMs: config.roomUnloadMs,
    // `services` is built below; no client can send an update before the server listens.
    onClientUpdate: (key, conn) => services.history.noteEdit(key, conn.identity),
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    log: (level, msg, extra) => log[level](extra ?? {}, msg),
    metrics,
    fanout,
    sharedStorage: fanout !== undefined,
  });
  const live = new LiveConnections();
  if (fanout) {
    // A membership change made here closes the person's sockets on every instance.
    live.onPublish((change) => fanout.publishMembership(change));
    fanout.onMembership((change) => live.apply(change));
    // Membership changes published while Redis was away are lost: after a reconnect this instance
    // re-reads the memberships of its open sockets (changes others made meanwhile) and asks the
    // others to do the same (changes made here, which they may not have heard if only this one was cut off).
    const recheck = () =>
      live
        .recheck((consortiumId, userId) => storage.members.get(consortiumId, userId))
        .catch((error: unknown) => log.warn({ err: error }, 'could not re-read memberships after Redis returned'));
    fanout.onMembershipRecheck(() => void recheck());
    // An agreement executed or amended on one instance freezes or frees it on all of them at once.
    freeze.onSet((change) => fanout.publishFreeze(change));
    fanout.onFreeze((change) => freeze.apply(change));
    fanout.onReconnected(() => {
      void registry.catchUpAll();
      void recheck();
      freeze.reload().catch((error: unknown) => log.warn({ err: error }, 'could not re-read agreement freezes after Redis returned'));
      fanout.askMembershipRecheck();
    });
  }
  const forwarded = new ForwardedHeaders(config.trustProxy);
  const publicHttps = (config.publicUrl ?? '').startsWith('https:');
  let publicUrl = config.publicUrl ?? '';
  const services = createServices(
    storage,
    registry,
    live,
    { idleMs: config.historyIdleMs, log: (level, msg, extra) => log[level](extra ?? {}, msg) },
    {
      mailer: createMailer(config.smtpUrl, config.mailFrom, log),
      publicUrl: () => publicUrl,
      linkTtlMinutes: config.signInLinkMinutes,
      emailsPerHour: config.signInEmailsPerHour,
      attemptsPerHour: config.signInAttemptsPerHour,
      ...(config.smtpUrl
        ? { notifications: { digestHour: config.notifyDigestHour, log: (level, msg, extra) => log[level](extra ?? {}, msg) } }
        : {}),
      oidc:
        config.oidcIssuer && config.oidcClientId && config.oidcClientSecret
          ? {
              issuer: config.oidcIssuer,
              clientId: config.oidcClientId,
              clientSecret: config.oidcClientSecret,
              displayName: config.oidcName,
            }
          : undefined,
      sharedCounter: fanout,
    },
    freeze,
  );
  const sessions = new SignInSessions(storage.sessions, { idleSeconds: config.sessionIdleSeconds, maxSeconds: config.sessionMaxSeconds });
  const access = new AccessService(tokens, storage, (claimed) => services.consortia.provision(claimed), sessions);
  const api = createApi({
    access,
    services,
    maxJsonBytes: config.maxJsonBytes,
    publicUrl: config.publicUrl,
    secureCookies: (req) => publicHttps || forwarded.forwardedHttps(req),
    clientAddress: (req) => forwarded.clientAddress(req),
  });
  const clientDir = options.clientDir ?? config.clientDir ?? CLIENT_DIST;
  const onError = (error: unknown) => log.error({ err: error }, 'unexpected error');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api(req, res, url)
      .then(async (handled) => {
        if (handled) return;
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError('method-not-allowed', 'Method not allowed.');
        const health = { pingStorage: () => storage.ping(), pingRedis: fanout && ((ms: number) => fanout.ping(ms)), metrics };
        if (await serveHealth(url.pathname, res, health)) return;
        serveStatic(clientDir, url.pathname, res);
      })
      .catch((error: unknown) => {
        if (res.headersSent) return void res.destroy();
        if (sendError(res, error)) return;
        onError(error);
        sendError(res, new HttpError('internal', 'Something went wrong on the server.'));
      });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  const gate = new SyncGate(registry, live, access, limits, onError);
  const transport = attachSyncTransport(server, gate, {
    maxMessageBytes: config.maxMessageBytes,
    limits,
    clientAddress: (req) => forwarded.clientAddress(req),
  });
  metrics.observe({ connections: () => transport.clientCount, rooms: () => registry.size, redisLinked: fanout && (() => fanout.linked) });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  publicUrl ||= `http://${host}:${port}`;
  services.notifications?.start();

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${host}:${port}`,
    tokens,
    access,
    live,
    services,
    storage,
    registry,
    transport,
    log,
    metrics,
    fanout,
    close() {
      closing ??= (async () => {
        server.close();
        await services.notifications?.stop();
        // Edits not yet in a version get one while their rooms are still loaded.
        await services.history.close();
        await registry.closeAll();
        await transport.close();
        // The sockets are gone now, so the rooms are empty: unload them (compacting, and cancelling
        // the unload timers their last leave started) before the storage they use is closed.
        await registry.closeAll();
        server.closeAllConnections();
        await fanout?.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
