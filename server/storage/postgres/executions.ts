import type { Pool } from 'pg';
import type { ExecutionRecord, ExecutionStore, SignatureRecord } from '../executionTypes.ts';

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Executions and signed copies (migration 6). */
export function postgresExecutions(pool: Pool): ExecutionStore {
  return {
    async add(record, files) {
      const { rowCount } = await pool.query(
        `INSERT INTO executions (consortium_id, number, record, docx, pdf) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [record.consortiumId, record.number, JSON.stringify(record), buffer(files.docx), buffer(files.pdf)],
      );
      return rowCount === 1;
    },
    async list(consortiumId) {
      const { rows } = await pool.query<{ record: ExecutionRecord }>(
        'SELECT record FROM executions WHERE consortium_id = $1 ORDER BY number',
        [consortiumId],
      );
      return rows.map((r) => r.record);
    },
    async update(record) {
      await pool.query('UPDATE executions SET record = $1 WHERE consortium_id = $2 AND number = $3', [
        JSON.stringify(record),
        record.consortiumId,
        record.number,
      ]);
    },
    async document(consortiumId, number, format) {
      const column = format === 'docx' ? 'docx' : 'pdf';
      const { rows } = await pool.query<{ data: Buffer }>(
        `SELECT ${column} AS data FROM executions WHERE consortium_id = $1 AND number = $2`,
        [consortiumId, number],
      );
      return rows[0] ? new Uint8Array(rows[0].data) : undefined;
    },
    async putSignature(signature, pdf) {
      await pool.query(
        `INSERT INTO execution_signatures (consortium_id, number, partner_id, record, pdf) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (consortium_id, number, partner_id) DO UPDATE SET record = EXCLUDED.record, pdf = EXCLUDED.pdf`,
        [signature.consortiumId, signature.number, signature.partnerId, JSON.stringify(signature), buffer(pdf)],
      );
    },
    async signatures(consortiumId, number) {
      const { rows } = await pool.query<{ record: SignatureRecord }>(
        'SELECT record FROM execution_signatures WHERE consortium_id = $1 AND number = $2 ORDER BY partner_id',
        [consortiumId, number],
      );
      return rows.map((r) => r.record);
    },
    async signedCopy(consortiumId, number, partnerId) {
      const { rows } = await pool.query<{ pdf: Buffer }>(
        'SELECT pdf FROM execution_signatures WHERE consortium_id = $1 AND number = $2 AND partner_id = $3',
        [consortiumId, number, partnerId],
      );
      return rows[0] ? new Uint8Array(rows[0].pdf) : undefined;
    },
  };
}
