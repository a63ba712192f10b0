import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createSqliteStorage } from './sqlite.ts';
import type { Storage } from './types.ts';

/** The storage the configuration asks for: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR. */
export async function openStorage(
  config: Pick<Config, 'dataDir' | 'sqliteSynchronous' | 'databaseUrl'>,
  onError?: (error: Error) => void,
  log?: Logger,
): Promise<Storage> {
  if (config.databaseUrl) {
    // `pg` is loaded only by installations that use it: a SQLite server starts without it.
    const { createPostgresStorage } = await import('./postgres/storage.ts');
    return createPostgresStorage({ connectionString: config.databaseUrl, onError });
  }
  return createSqliteStorage({ file: join(config.dataDir, 'jointly.db'), synchronous: config.sqliteSynchronous, log });
}
