/**
 * `npm run migrate -- --from sqlite:./data/jointly.db --to postgres://… [--force] [--verify-only]`
 *
 * Copies a SQLite installation (stop its server first) into PostgreSQL in one transaction, then
 * verifies it record by record and document by document. Exit codes: 0 copied and verified,
 * 1 a mismatch or an error, 2 bad arguments or a non-empty target without --force.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import pg from 'pg';
import { migrate } from '../server/storage/postgres/migrations.ts';
import { redactUrl } from '../server/storage/postgres/storage.ts';
import { openSqliteSource } from '../server/storage/postgres/fromSqlite/source.ts';
import { copySqliteToPostgres, targetRowCounts } from '../server/storage/postgres/fromSqlite/copy.ts';
import { verifyCopy } from '../server/storage/postgres/fromSqlite/verify.ts';

const USAGE = 'usage: npm run migrate -- --from sqlite:<path to jointly.db> --to postgres://… [--force] [--verify-only]';

class UsageError extends Error {}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean', default: false },
  'verify-only': { type: 'boolean', default: false },
} as const;

function parse() {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.from?.startsWith('sqlite:')) throw new UsageError('--from must be sqlite:<path>');
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) throw new UsageError('--to must be a postgres:// URL');
  return { file: resolve(values.from.slice('sqlite:'.length)), url: values.to, force: values.force, verifyOnly: values['verify-only'] };
}

async function main(): Promise<number> {
  const args = parse();
  if (!existsSync(args.file)) throw new UsageError(`no SQLite database at ${args.file}`);
  const source = openSqliteSource(args.file);
  const pool = new pg.Pool({ connectionString: args.url, max: 2, application_name: 'jointly-migrate' });
  try {
    console.log(`from ${args.file}\nto   ${redactUrl(args.url)}`);
    const applied = await migrate(pool);
    if (applied.length) console.log(`schema: applied migrations ${applied.join(', ')}`);

    if (!args.verifyOnly) {
      const existing = await targetRowCounts(pool);
      const nonEmpty = Object.entries(existing).filter(([, n]) => n > 0);
      if (nonEmpty.length > 0 && !args.force) {
        console.error(`The target is not empty (${nonEmpty.map(([t, n]) => `${t}: ${n}`).join(', ')}); nothing copied.`);
        console.error('Use --force to replace everything in it with the source.');
        return 2;
      }
      if (nonEmpty.length > 0) console.log('--force: replacing what the target holds');
      const started = Date.now();
      const c = await copySqliteToPostgres(source, pool, { replace: args.force });
      console.log(
        `copied ${c.consortia} consortia, ${c.members} members, ${c.invites} invites, ${c.activity} activity entries, ${c.versions} versions, ${c.pendingAuthors} pending authors, ` +
          `${c.accounts} accounts, ${c.sessions} sessions, ${c.signInLinks} sign-in links, ${c.oidcSubjects} single-sign-on subjects, ` +
          `${c.passkeys} passkeys, ${c.notifications} notifications, ${c.executions} executed agreements, ${c.signedCopies} signed copies, ` +
          `${c.documents} documents (${c.updates} updates, ${c.bytes} bytes) in ${Date.now() - started} ms`,
      );
    }

    const result = await verifyCopy(source, pool);
    for (const line of result.mismatches) console.error(`MISMATCH ${line}`);
    if (result.mismatches.length > 0) {
      console.error(`verification FAILED: ${result.mismatches.length} mismatches`);
      return 1;
    }
    console.log(`verified ${result.documentsChecked} documents and ${result.recordsChecked} records: identical`);
    return 0;
  } finally {
    source.close();
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
