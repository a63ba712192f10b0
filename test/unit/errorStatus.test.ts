import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/consortia/errors.ts';
import { ERROR_STATUS, errorResponse, HttpError } from '../../server/http/errors.ts';

/** code → status from the table in docs/API.md: rows `| <status> | <codes in backticks> |`. */
function documentedStatuses(): Record<string, number> {
  const text = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'API.md'), 'utf8');
  const statuses: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const row = /^\| (\d{3}) \| (.+) \|$/.exec(line);
    if (!row) continue;
    // Only the leading backticked word of each comma-separated entry is a code; the rest is explanation.
    for (const entry of row[2]!.split(/,(?![^(]*\))/)) {
      const code = /^\s*`([a-z-]+)`/.exec(entry)?.[1];
      if (code) statuses[code] = Number(row[1]);
    }
  }
  return statuses;
}

describe('error codes and statuses', () => {
  it('docs/API.md lists every code with the status the server answers', () => {
    expect(documentedStatuses()).toEqual(ERROR_STATUS);
  });

  it('domain and HTTP errors become one ErrorBody; anything else is not an answer', () => {
    expect(errorResponse(new DomainError('partner-in-use', 'busy', { members: 2 }))).toEqual({
      status: 409,
      body: { error: { code: 'partner-in-use', message: 'busy', details: { members: 2 } } },
    });
    expect(errorResponse(new HttpError('too-large', 'big'))).toEqual({
      status: 413,
      body: { error: { code: 'too-large', message: 'big' } },
    });
    expect(errorResponse(new Error('bug'))).toBeUndefined();
  });
});
