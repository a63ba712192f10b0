import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseCode, retryable } from '../../shared/closeCodes.ts';

interface DocumentedCode {
  code: number;
  name: string;
  retries: boolean;
}

/** The close-code table of docs/PROTOCOL.md: rows that start with a numeric code. */
function documentedCodes(): DocumentedCode[] {
  const text = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'PROTOCOL.md'), 'utf8');
  const rows: DocumentedCode[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // A table row splits into ['', code, name, when, retries, ''].
    if (cells.length !== 6 || !/^\d{4}$/.test(cells[1]!)) continue;
    rows.push({ code: Number(cells[1]), name: cells[2]!, retries: cells[4]!.startsWith('yes') });
  }
  return rows;
}

describe('docs/PROTOCOL.md close codes', () => {
  const documented = documentedCodes();

  it('lists exactly the codes of shared/closeCodes.ts, under their names', () => {
    const declared = Object.entries(CloseCode).map(([name, code]) => ({ code, name }));
    const byCode = (a: { code: number }, b: { code: number }) => a.code - b.code;
    expect(documented.map(({ code, name }) => ({ code, name })).sort(byCode)).toEqual(declared.sort(byCode));
  });

  it('says "yes" to retrying exactly where the client retries', () => {
    expect(documented.length).toBeGreaterThan(0);
    for (const row of documented)
      expect({ code: row.code, retries: row.retries }).toEqual({ code: row.code, retries: retryable(row.code) });
  });
});
