import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import * as Y from 'yjs';
import { postgresDocuments } from '../documents.ts';
import type { SqliteSource } from './source.ts';

export interface VerifyResult {
  documentsChecked: number;
  recordsChecked: number;
  /** One line per difference; empty when the target holds exactly what the source does. */
  mismatches: string[];
}

function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

/** Records keyed by `key`, compared as parsed JSON (jsonb does not keep key order or spacing). */
function compareRecords(
  what: string,
  source: { key: string; record: unknown }[],
  target: { key: string; record: unknown }[],
  mismatches: string[],
): number {
  const wanted = new Map(source.map((r) => [r.key, r.record]));
  const found = new Map(target.map((r) => [r.key, r.record]));
  for (const [key, record] of wanted) {
    if (!found.has(key)) mismatches.push(`${what} ${key}: missing in the target`);
    else if (!isDeepStrictEqual(found.get(key), record)) mismatches.push(`${what} ${key}: differs`);
  }
  for (const key of found.keys()) if (!wanted.has(key)) mismatches.push(`${what} ${key}: only in the target`);
  return wanted.size;
}

/**
 * Checks the target against the source: every record equal, and every document, loaded from each
 * side as the server loads it, with an equal state vector and an equal encoded state.
 */
export async function verifyCopy(source: SqliteSource, pool: Pool): Promise<VerifyResult> {
  const mismatches: string[] = [];
  const rows = async (sql: string) => (await pool.query<{ key: string; record: unknown }>(sql)).rows;
  const parsed = <T extends { record: string }>(list: T[], key: (r: T) => string) =>
    list.map((r) => ({ key: key(r), record: JSON.parse(r.record) as unknown }));

  let recordsChecked = 0;
  recordsChecked += compareRecords(
    'consortium',
    parsed(source.consortia(), (c) => c.id),
    await rows('SELECT id AS key, record FROM consortia'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'member',
    parsed(source.members(), (m) => `${m.consortiumId}/${m.userId}`),
    await rows(`SELECT consortium_id || '/' || user_id AS key, record FROM members`),
    mismatches,
  );
  recordsChecked += compareRecords(
    'invite',
    parsed(source.invites(), (i) => i.codeHash),
    await rows('SELECT code_hash AS key, record FROM invites'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'activity',
    parsed(source.activity(), (a) => String(a.id)),
    await rows('SELECT id::text AS key, record FROM activity'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'pending author',
    parsed(source.pendingAuthors(), (a) => `${a.consortiumId}/${a.userId}`),
    await rows(`SELECT consortium_id || '/' || user_id AS key, record FROM version_pending_authors`),
    mismatches,
  );
  recordsChecked += compareRecords(
    'account',
    parsed(source.accounts(), (a) => a.id),
    await rows('SELECT id AS key, record FROM accounts'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'session',
    parsed(source.sessions(), (x) => x.idHash),
    await rows('SELECT id_hash AS key, record FROM sessions'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'sign-in link',
    parsed(source.signInLinks(), (l) => l.codeHash),
    await rows('SELECT code_hash AS key, record FROM sign_in_links'),
    mismatches,
  );
  recordsChecked += compareRecords(
    'single-sign-on subject',
    source.oidcSubjects().map((x) => ({ key: `${x.issuer} ${x.subject}`, record: { accountId: x.accountId, createdAt: x.createdAt } })),
    await rows(
      `SELECT issuer || ' ' || subject AS key, jsonb_build_object('accountId', account_id, 'createdAt', created_at) AS record FROM oidc_subjects`,
    ),
    mismatches,
  );
  recordsChecked += compareRecords(
    'passkey',
    source.passkeys().map((x) => ({ key: x.id, record: { accountId: x.accountId, record: JSON.parse(x.record) as unknown } })),
    await rows(`SELECT id AS key, jsonb_build_object('accountId', account_id, 'record', record) AS record FROM passkeys`),
    mismatches,
  );
  recordsChecked += compareRecords(
    'notification',
    parsed(source.notifications(), (n) => n.id),
    await rows('SELECT id AS key, record FROM notifications'),
    mismatches,
  );

  // Executed documents and signed copies must stay byte-identical: compared by SHA-256 with the record.
  recordsChecked += compareRecords(
    'execution',
    source.executions().map((e) => ({
      key: `${e.consortiumId}/${e.number}`,
      record: { record: JSON.parse(e.record) as unknown, docx: sha256(e.docx), pdf: sha256(e.pdf) },
    })),
    await rows(
      `SELECT consortium_id || '/' || number AS key, jsonb_build_object('record', record, 'docx', encode(sha256(docx), 'hex'), 'pdf', encode(sha256(pdf), 'hex')) AS record FROM executions`,
    ),
    mismatches,
  );
  recordsChecked += compareRecords(
    'signed copy',
    source.executionSignatures().map((x) => ({
      key: `${x.consortiumId}/${x.number}/${x.partnerId}`,
      record: { record: JSON.parse(x.record) as unknown, pdf: sha256(x.pdf) },
    })),
    await rows(
      `SELECT consortium_id || '/' || number || '/' || partner_id AS key, jsonb_build_object('record', record, 'pdf', encode(sha256(pdf), 'hex')) AS record FROM execution_signatures`,
    ),
    mismatches,
  );

  const documents = postgresDocuments(pool);
  const keys = source.docKeys();
  const { rows: targetKeys } = await pool.query<{ doc: string }>('SELECT DISTINCT doc FROM doc_updates');
  const sourceKeys = new Set(keys);
  for (const { doc } of targetKeys) if (!sourceKeys.has(doc)) mismatches.push(`document ${doc}: only in the target`);
  for (const key of keys) {
    const expected = docFrom(source.docUpdates(key).map((u) => u.data));
    const actual = docFrom((await documents.load(key)).updates);
    if (!sameBytes(Y.encodeStateVector(expected), Y.encodeStateVector(actual))) mismatches.push(`document ${key}: state vectors differ`);
    else if (!sameBytes(Y.encodeStateAsUpdate(expected), Y.encodeStateAsUpdate(actual)))
      mismatches.push(`document ${key}: content differs`);
    expected.destroy();
    actual.destroy();
  }
  return { documentsChecked: keys.length, recordsChecked, mismatches };
}
