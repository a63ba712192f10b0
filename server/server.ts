import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadSecret } from './auth/secret.ts';
import { TokenService } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { createApi } from './http/api.ts';
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
import { attachSyncTransport, type SyncTransport } from './transport/wsTransport.ts';

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
  /** Stops accepting, closes every socket, stores everything and closes the database. */
  close(): Promise<void>;
}

export const CLIENT_DIST = resolve(import.meta.dirname, '..', 'dist');

export async function startServer(config: Config, options: { storage?: Storage; clientDir?: string } = {}): Promise<JointlyServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const log = createLogger(config.logLevel);
  // Storage is chosen by DATABASE_URL (PostgreSQL) or else the SQLite file in dataDir: see storage/open.ts.
  const storage = options.storage ?? (await openStorage(config, (error) => log.error({ err: error }, 'postgres connection error'), log));
  const tokens = new TokenService(loadSecret(config.dataDir, config.authSecret));
  const limits = new SyncLimits({
    maxConnectionsPerIp: config.maxConnectionsPerIp,
    maxConnectionsPerRoom: config.maxConnectionsPerRoom,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBufferedBytes: config.maxBufferedBytes,
  });
  const registry = new RoomRegistry(storage.documents, {
    syncStep1Ration: () => limits.syncStep1Ration(),
    unloadDelayMs: config.roomUnloadMs,
    // `services` is built below; no client can send an update before the server listens.
    onClientUpdate: (key, conn) => services.history.noteEdit(key, conn.identity),
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    log: (level, msg, extra) => log[level](extra ?? {}, msg),
  });
  const live = new LiveConnections();
  const services = createServices(storage, registry, live, { idleMs: config.historyIdleMs, log: (level, msg, extra) => log[level](extra ?? {}, msg) });
  const access = new AccessService(tokens, storage, (claimed) => services.consortia.provision(claimed));
  const api = createApi({
    access, services, maxJsonBytes: config.maxJsonBytes, publicUrl: config.publicUrl,
    secureCookies: (config.publicUrl ?? '').startsWith('https:'),
  });
  const clientDir = options.clientDir ?? CLIENT_DIST;
  const onError = (error: unknown) => log.error({ err: error }, 'unexpected error');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api(req, res, url)
      .then((handled) => {
        if (handled) return;
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError('method-not-allowed', 'Method not allowed.');
        if (url.pathname === '/healthz') {
          res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
          return;
        }
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
  const transport = attachSyncTransport(server, gate, { maxMessageBytes: config.maxMessageBytes, limits });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

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
    close() {
      closing ??= (async () => {
        server.close();
        // Edits not yet in a version get one while their rooms are still loaded.
        await services.history.close();
        await registry.closeAll();
        await transport.close();
        // The sockets are gone now, so the rooms are empty: unload them (compacting, and cancelling
        // the unload timers their last leave started) before the storage they use is closed.
        await registry.closeAll();
        server.closeAllConnections();
        await storage.close();
      })();
      return closing;
    },
  };
}
