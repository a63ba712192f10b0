import type Database from 'better-sqlite3';
import type { ExecutedFormat, ExecutionRecord, ExecutionStore, SignatureRecord } from '../executionTypes.ts';

export const EXECUTIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS executions (
  consortium_id TEXT    NOT NULL,
  number        INTEGER NOT NULL,
  record        TEXT    NOT NULL,
  docx          BLOB    NOT NULL,
  pdf           BLOB    NOT NULL,
  PRIMARY KEY (consortium_id, number)
);
CREATE TABLE IF NOT EXISTS execution_signatures (
  consortium_id TEXT    NOT NULL,
  number        INTEGER NOT NULL,
  partner_id    TEXT    NOT NULL,
  record        TEXT    NOT NULL,
  pdf           BLOB    NOT NULL,
  PRIMARY KEY (consortium_id, number, partner_id)
);
`;

export function sqliteExecutions(db: Database.Database): ExecutionStore {
  const insert = db.prepare<[string, number, string, Uint8Array, Uint8Array]>(
    'INSERT OR IGNORE INTO executions (consortium_id, number, record, docx, pdf) VALUES (?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string], { record: string }>('SELECT record FROM executions WHERE consortium_id = ? ORDER BY number');
  const update = db.prepare<[string, string, number]>('UPDATE executions SET record = ? WHERE consortium_id = ? AND number = ?');
  const documents: Record<ExecutedFormat, Database.Statement<[string, number], { data: Buffer }>> = {
    docx: db.prepare('SELECT docx AS data FROM executions WHERE consortium_id = ? AND number = ?'),
    pdf: db.prepare('SELECT pdf AS data FROM executions WHERE consortium_id = ? AND number = ?'),
  };
  const putSignature = db.prepare<[string, number, string, string, Uint8Array]>(
    'INSERT OR REPLACE INTO execution_signatures (consortium_id, number, partner_id, record, pdf) VALUES (?, ?, ?, ?, ?)',
  );
  const signatures = db.prepare<[string, number], { record: string }>(
    'SELECT record FROM execution_signatures WHERE consortium_id = ? AND number = ? ORDER BY partner_id',
  );
  const signedCopy = db.prepare<[string, number, string], { pdf: Buffer }>(
    'SELECT pdf FROM execution_signatures WHERE consortium_id = ? AND number = ? AND partner_id = ?',
  );
  return {
    async add(record, files) {
      return insert.run(record.consortiumId, record.number, JSON.stringify(record), files.docx, files.pdf).changes === 1;
    },
    async list(consortiumId) {
      return list.all(consortiumId).map((r) => JSON.parse(r.record) as ExecutionRecord);
    },
    async update(record) {
      update.run(JSON.stringify(record), record.consortiumId, record.number);
    },
    async document(consortiumId, number, format) {
      const row = documents[format].get(consortiumId, number);
      return row ? new Uint8Array(row.data) : undefined;
    },
    async putSignature(signature, pdf) {
      putSignature.run(signature.consortiumId, signature.number, signature.partnerId, JSON.stringify(signature), pdf);
    },
    async signatures(consortiumId, number) {
      return signatures.all(consortiumId, number).map((r) => JSON.parse(r.record) as SignatureRecord);
    },
    async signedCopy(consortiumId, number, partnerId) {
      const row = signedCopy.get(consortiumId, number, partnerId);
      return row ? new Uint8Array(row.pdf) : undefined;
    },
  };
}
