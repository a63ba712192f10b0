/**
 * `npm run migrate`: a SQLite installation made by the real server (documents with a snapshot and later updates,
 * members including a removed one, a used invite, an activity entry, accounts with a single-sign-on subject and
 * passkeys, an executed agreement with a signed copy) is copied into a fresh
 * PostgreSQL schema and verified; a server started on PostgreSQL then serves the same dossier.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { waitFor } from '../utils/waitFor.ts';
import { freshSchema, querySchema, type PostgresSchema } from '../utils/postgres.ts';
import { tempDir } from '../utils/tempDir.ts';
import Database from 'better-sqlite3';
import { createSqliteStorage } from '../../server/storage/sqlite.ts';
import { NOT_COPIED } from '../../server/storage/postgres/fromSqlite/copy.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const servers: TestServer[] = [];
const clients: SyncClient[] = [];
let schema: PostgresSchema | undefined;
const dirs: { remove(): void }[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.stop();
  for (const d of dirs.splice(0)) d.remove();
  await schema?.drop();
  schema = undefined;
});

/** The migration tool as an operator runs it: a separate process with the real arguments. */
function runMigrate(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('exit', (code) => done({ code, output }));
  });
}

async function api(ts: TestServer, method: string, path: string, token: string | undefined, body?: unknown) {
  const res = await fetch(`${ts.server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  const type = res.headers.get('content-type') ?? '';
  return type.includes('json') ? ((await res.json()) as Record<string, unknown>) : await res.text();
}

const open = (ts: TestServer, token: string) => {
  const c = connectClient(ts.wsUrl, 'c1/dossier', token);
  clients.push(c);
  return c;
};
const text = (c: SyncClient) => c.doc.getText('t').toString();

describe('npm run migrate: SQLite to PostgreSQL', () => {
  it('copies and verifies an installation, refuses a non-empty target, and a PostgreSQL server serves the same dossier', async () => {
    // 1. A SQLite installation, written through the real server.
    const data = tempDir('migrate-sqlite');
    dirs.push(data);
    const sqlite = await startTestServer({ dataDir: data.path });
    servers.push(sqlite);
    const coord = await sqlite.token({ userId: 'coord', name: 'Coordinator', role: 'coordinator' });
    const editor = await sqlite.token({ userId: 'ed', name: 'Editor' });
    await api(sqlite, 'GET', '/api/me', coord);
    await api(sqlite, 'GET', '/api/me', editor);
    await api(sqlite, 'DELETE', '/api/consortia/c1/members/ed', coord);
    const created = (await api(sqlite, 'POST', '/api/consortia/c1/invites', coord, { role: 'commenter', partnerId: 'p1', maxUses: 1 })) as {
      url: string;
    };
    const code = created.url.split('/join/')[1]!;
    await api(sqlite, 'POST', `/api/invites/${code}/accept`, undefined, { name: 'Joiner' });
    // Accounts: a browser session, an e-mail link asked for (unused) and a notification choice.
    const signIn = await fetch(`${sqlite.server.url}/auth?token=${coord}`, { redirect: 'manual' });
    const cookie = /jointly_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1]!;
    await api(sqlite, 'POST', '/api/account/email', coord, { email: 'coord@uni.example' });
    await api(sqlite, 'PATCH', '/api/account', coord, { notifications: 'daily' });

    const a = open(sqlite, coord);
    await waitSynced(a);
    for (let i = 0; i < 12; i++) a.doc.getText('t').insert(text(a).length, `line ${i}. `);
    const probe = open(sqlite, coord);
    await waitSynced(probe);
    await waitFor(() => text(probe) === text(a), { message: 'the edits did not reach the server' });
    await api(sqlite, 'GET', '/api/consortia/c1/export?format=md', coord);
    for (const c of clients.splice(1)) c.destroy();
    await sqlite.server.close(); // unloading compacts the dossier into one snapshot

    // Two more edits land in the log after the snapshot, as after a crash before compaction.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(a.doc));
    const later: Uint8Array[] = [];
    offline.on('update', (u: Uint8Array) => later.push(u));
    offline.getText('t').insert(0, 'first later edit. ');
    offline.getText('t').insert(0, 'second later edit. ');
    const file = join(data.path, 'jointly.db');
    const log = createSqliteStorage({ file });
    for (const u of later) await log.documents.append('c1/dossier', u);
    // A notification still queued (a daily digest not sent yet).
    const queued = {
      id: 'n1',
      accountId: 'coord',
      consortiumId: 'c1',
      kind: 'mention' as const,
      actorName: 'Editor',
      chapter: 'vision',
      threadId: 't1',
      excerpt: '@Coordinator please look',
      createdAt: new Date().toISOString(),
      sentAt: null,
    };
    await log.notifications.add([queued]);
    // Sign-in methods: the coordinator's institutional subject and two passkeys (their order is the list's); a passkey challenge under way.
    const subject = { issuer: 'https://idp.uni.example', subject: 'sub-coord', accountId: 'coord', createdAt: new Date().toISOString() };
    await log.oidcSubjects.link(subject);
    const passkey = (id: string, name: string) => ({
      id,
      accountId: 'coord',
      publicKey: `key-${id}`,
      counter: 3,
      transports: ['internal'],
      name,
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
    });
    await log.passkeys.create(passkey('pk-z', 'Laptop'));
    await log.passkeys.create(passkey('pk-a', 'Phone'));
    await log.passkeys.used('pk-a', 7, new Date().toISOString());
    const passkeysBefore = await log.passkeys.listForAccount('coord');
    await log.challenges.create({
      idHash: 'h1',
      kind: 'passkey-sign-in',
      accountId: null,
      data: { challenge: 'c' },
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    // An executed agreement (its rendered documents are kept as bytes) and one partner's signed copy.
    const person = { userId: 'coord', name: 'Coordinator', partnerId: 'p1' };
    const executed = {
      consortiumId: 'c1',
      number: 1,
      executedAt: new Date().toISOString(),
      by: person,
      versionId: 'v-exec',
      fingerprint: 'f'.repeat(64),
      docxSha256: 'd'.repeat(64),
      pdfSha256: 'e'.repeat(64),
      amendedAt: null,
      amendedBy: null,
    };
    const executedFiles = {
      docx: new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 1]),
      pdf: new TextEncoder().encode('%PDF-1.4 executed\n%%EOF\n'),
    };
    expect(await log.executions.add(executed, executedFiles)).toBe(true);
    const signedPdf = new TextEncoder().encode('%PDF-1.4 signed by p1\n%%EOF\n');
    const signature = {
      consortiumId: 'c1',
      number: 1,
      partnerId: 'p1',
      signedOn: '2026-03-02',
      signatoryName: 'Rector',
      uploadedAt: new Date().toISOString(),
      uploadedBy: person,
      sha256: 'a'.repeat(64),
      bytes: signedPdf.byteLength,
    };
    await log.executions.putSignature(signature, signedPdf);
    const sqliteLog = await log.documents.load('c1/dossier');
    await log.close();
    expect(sqliteLog.updates).toHaveLength(3);
    const expectedText = offline.getText('t').toString();
    const expectedVector = Y.encodeStateVector(offline);
    clients.splice(0).forEach((c) => c.destroy());

    // 2. Migrate into a fresh schema.
    schema = await freshSchema();
    const from = `sqlite:${file}`;
    const first = await runMigrate('--from', from, '--to', schema.url);
    expect(first.output).toMatch(
      /copied 1 consortia, 3 members, 1 invites, 1 activity entries, 1 versions, \d+ pending authors, 2 accounts, 2 sessions, 1 sign-in links, 1 single-sign-on subjects, 2 passkeys, 1 notifications, 1 executed agreements, 1 signed copies, 1 documents \(3 updates/,
    );
    expect(first.output).toMatch(/verified 1 documents and 17 records: identical/);
    expect(first.code, first.output).toBe(0);
    // The log is copied as it is (snapshot, then the later updates), with its sequence numbers.
    const copied = await querySchema<{ seq: string }>(schema, `SELECT seq FROM doc_updates WHERE doc = 'c1/dossier' ORDER BY seq`);
    expect(copied.map((r) => Number(r.seq))).toHaveLength(3);
    expect(Number(copied.at(-1)!.seq)).toBe(sqliteLog.lastSeq);
    // Every SQLite table is copied row for row, except the ones left behind on purpose (passkey challenges).
    const sqliteTables = new Database(file, { readonly: true });
    const tables = sqliteTables
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((t) => t.name);
    expect(Object.keys(NOT_COPIED)).toEqual(['sign_in_challenges']);
    for (const table of tables) {
      const [{ n }] = sqliteTables.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).all() as [{ n: number }];
      const [target] = await querySchema<{ n: string }>(schema, `SELECT count(*) AS n FROM ${table}`);
      if (table in NOT_COPIED) expect(Number(target!.n), table).toBe(0);
      else expect(Number(target!.n), table).toBe(n);
    }
    sqliteTables.close();

    // 3. Into a non-empty target only with --force.
    const again = await runMigrate('--from', from, '--to', schema.url);
    expect(again.code, again.output).toBe(2);
    expect(again.output).toMatch(
      /The target is not empty \(doc_updates: \d+, consortia: 1, members: 3, invites: 1, activity: 1, accounts: 2, sessions: 2, sign_in_links: 1, versions: 1, version_contents: 19, notifications: 1, oidc_subjects: 1, passkeys: 2, executions: 1, execution_signatures: 1\); nothing copied/,
    );

    // 4. A server on PostgreSQL (and an empty data dir) serves the dossier and the people.
    const pgData = tempDir('migrate-pg');
    dirs.push(pgData);
    const onPg = await startTestServer({ dataDir: pgData.path, databaseUrl: schema.url });
    servers.push(onPg);
    const fresh = open(onPg, await onPg.token({ userId: 'coord', name: 'Coordinator', role: 'coordinator' }));
    await waitSynced(fresh);
    expect(text(fresh)).toBe(expectedText);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(expectedVector);
    const coordOnPg = await onPg.token({ userId: 'coord', name: 'Coordinator', role: 'coordinator' });
    const members = (await api(onPg, 'GET', '/api/consortia/c1/members', coordOnPg)) as { members: { name: string }[] };
    expect(members.members.map((m) => m.name).sort()).toEqual(['Coordinator', 'Joiner']);
    const invites = (await api(onPg, 'GET', '/api/consortia/c1/invites', coordOnPg)) as { invites: { uses: number }[] };
    expect(invites.invites.map((i) => i.uses)).toEqual([1]);
    expect((await onPg.server.storage.activity.list('c1', 10)).map((e) => e.action)).toEqual(['export']);
    // History came along: the version the export took, with every chapter's content.
    const versions = await onPg.server.storage.versions.list('c1');
    expect(versions.map((v) => v.reason)).toEqual(['export']);
    const history = (await api(onPg, 'GET', '/api/consortia/c1/versions', coordOnPg)) as { versions: { id: string }[] };
    expect(history.versions.map((v) => v.id)).toEqual([versions[0]!.id]);
    expect((await onPg.server.storage.versions.contents('c1', Object.values(versions[0]!.chapters))).size).toBe(19);
    // Accounts came along: the browser stays signed in, the choice and the queued notification are kept.
    const me = await fetch(`${onPg.server.url}/api/me`, { headers: { cookie: `jointly_session=${cookie}` } });
    expect(me.status).toBe(200);
    expect(await onPg.server.storage.accounts.get('coord')).toMatchObject({ notify: 'daily' });
    expect(await onPg.server.storage.notifications.pending(10)).toEqual([queued]);
    // Single sign-on finds the same account; the passkeys keep their order and counters, and a new one comes after them.
    expect(await onPg.server.storage.oidcSubjects.find(subject.issuer, subject.subject)).toBe('coord');
    expect(await onPg.server.storage.passkeys.listForAccount('coord')).toEqual(passkeysBefore);
    expect(passkeysBefore.map((p) => [p.id, p.counter])).toEqual([
      ['pk-z', 3],
      ['pk-a', 7],
    ]);
    await onPg.server.storage.passkeys.create(passkey('pk-m', 'Tablet'));
    expect((await onPg.server.storage.passkeys.listForAccount('coord')).map((p) => p.id)).toEqual(['pk-z', 'pk-a', 'pk-m']);
    // The executed agreement downloads byte-identical, with its partner's signed copy.
    expect(await onPg.server.storage.executions.list('c1')).toEqual([executed]);
    expect(await onPg.server.storage.executions.document('c1', 1, 'docx')).toEqual(executedFiles.docx);
    expect(await onPg.server.storage.executions.document('c1', 1, 'pdf')).toEqual(executedFiles.pdf);
    expect(await onPg.server.storage.executions.signatures('c1', 1)).toEqual([signature]);
    expect(await onPg.server.storage.executions.signedCopy('c1', 1, 'p1')).toEqual(signedPdf);
    // New appends number after the copied ones.
    const before = await onPg.server.storage.documents.load('c1/dossier');
    fresh.doc.getText('t').insert(0, 'after the move. ');
    await waitFor(async () => (await onPg.server.storage.documents.load('c1/dossier')).lastSeq > before.lastSeq);
    for (const c of clients.splice(0)) c.destroy();
    await onPg.server.close();

    // 5. Verification notices a target that lost an update, and --force copies again from scratch.
    await querySchema(
      schema,
      `DELETE FROM doc_updates WHERE doc = 'c1/dossier' AND seq = (SELECT max(seq) FROM doc_updates WHERE doc = 'c1/dossier')`,
    );
    // …and a signed copy whose bytes changed.
    await querySchema(schema, `UPDATE execution_signatures SET pdf = pdf || '\\x00'::bytea WHERE partner_id = 'p1'`);
    const check = await runMigrate('--from', from, '--to', schema.url, '--verify-only');
    expect(check.output).toMatch(/MISMATCH document c1\/dossier: state vectors differ/);
    expect(check.output).toMatch(/MISMATCH signed copy c1\/1\/p1: differs/);
    expect(check.code, check.output).toBe(1);
    const forced = await runMigrate('--from', from, '--to', schema.url, '--force');
    expect(forced.output).toMatch(/--force: replacing what the target holds/);
    expect(forced.code, forced.output).toBe(0);
  });
});
