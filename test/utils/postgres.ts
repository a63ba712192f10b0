import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests use; TEST_DATABASE_URL overrides it. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface PostgresSchema {
  name: string;
  /** TEST_DATABASE_URL with the schema as the only entry of search_path, as DATABASE_URL would carry it. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

export function urlWithSchema(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    // Never a silent skip: these tests are about PostgreSQL, so without it they fail, in CI and locally.
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(error as Error).message}). ` +
        'Start it, or point TEST_DATABASE_URL at one (a database the user may create schemas in).',
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty schema `jointly_test_<random>` in the test database. */
export async function freshSchema(): Promise<PostgresSchema> {
  const name = `jointly_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE SCHEMA ${name}`));
  return {
    name,
    url: urlWithSchema(TEST_DATABASE_URL, name),
    drop: () => admin(async (c) => void (await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`))),
  };
}

/** Runs one query in the given schema (for checks the Storage interface does not offer). */
export async function querySchema<R extends pg.QueryResultRow>(schema: PostgresSchema, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: schema.url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
