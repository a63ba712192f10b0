/**
 * Dutch speaks to the person as "je", as the interface does: a sentence in the formal "u" beside an
 * informal screen reads as two voices. This walks every Dutch table people read.
 */
import { describe, expect, it } from 'vitest';
import { nl } from '../../client/i18n/messages/nl.ts';
import { nl as content } from '../../shared/i18n/content/packs/nl.ts';
import { help } from '../../shared/i18n/content/help/nl.ts';
import { EXPORT_LABELS } from '../../shared/i18n/content/exportLabels.ts';
import { nl as clauses } from '../../shared/i18n/content/clauses/nl.ts';

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const FORMAL = /(?<![\p{L}'’-])(u|uw|uzelf)(?![\p{L}'’-])/iu;

describe('Dutch register', () => {
  it('addresses the person as "je" in the interface, content pack (errors, notices, checks, labels), guidance, clause library and exports', () => {
    const tables = {
      nl,
      content,
      help,
      clauses,
      exports: EXPORT_LABELS.nl,
    };
    const formal = Object.entries(tables).flatMap(([name, table]) =>
      strings(table)
        .filter((s) => FORMAL.test(s))
        .map((s) => `${name}: ${s}`),
    );
    expect(formal).toEqual([]);
  });

  it('would notice a formal sentence', () => {
    expect(FORMAL.test('Meld u opnieuw aan.')).toBe(true);
    expect(FORMAL.test('Uw rol is gewijzigd.')).toBe(true);
    expect(FORMAL.test('Meld je opnieuw aan, of ga naar de universiteit.')).toBe(false);
  });
});
