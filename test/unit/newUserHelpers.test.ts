/**
 * The two small pieces of logic behind issue 9's fixes that are worth checking without a browser:
 * what a typed due date means, and the export's version number.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatDay, parseDay } from '../../client/components/dates.ts';
import { revisionOf } from '../../shared/export/model.ts';
import { dossierSeedUpdate } from '../../server/consortia/seed.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

describe('parseDay', () => {
  it('reads the ways people type a day, day first', () => {
    for (const typed of [
      '15 Mar 2027',
      '15 March 2027',
      'March 15 2027',
      '15/03/2027',
      '15.3.2027',
      '15-03-2027',
      '15032027',
      '2027-03-15',
      ' 15. März 2027 '.replace('März', 'Mar'),
    ]) {
      expect(parseDay(typed), typed).toBe('2027-03-15');
    }
    expect(parseDay('02/12/2026')).toBe('2026-12-02');
  });

  it('falls back to month first only when day first is no date (the keystrokes of a US-ordered field)', () => {
    expect(parseDay('03152027')).toBe('2027-03-15');
    expect(parseDay('03/15/2027')).toBe('2027-03-15');
  });

  it('refuses anything incomplete or impossible, so nothing half-typed is saved', () => {
    for (const typed of [
      '',
      '15',
      '1503',
      '150320',
      '15/03/27',
      '0002-03-15',
      '31/04/2027',
      '29/02/2027',
      '15 Foo 2027',
      'tomorrow',
      '32/13/2027',
    ]) {
      expect(parseDay(typed), typed).toBeUndefined();
    }
    expect(parseDay('29/02/2028')).toBe('2028-02-29');
  });
});

describe('revisionOf', () => {
  it('is 0 for the seeded dossier and counts every character added or removed by people', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await dossierSeedUpdate());
    expect(revisionOf(doc)).toBe(0);

    const text = new Y.XmlText();
    doc.getXmlFragment(DOSSIER_FRAGMENT).insert(0, [text]);
    text.insert(0, 'abc');
    const afterTyping = revisionOf(doc);
    expect(afterTyping).toBe(4); // the text node and three characters
    text.delete(0, 1);
    expect(revisionOf(doc)).toBe(afterTyping + 1);

    // The same stored state gives the same number anywhere.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(revisionOf(copy)).toBe(revisionOf(doc));
  });
});

describe('dates in the interface language', () => {
  it('shows days and moments in the language of the interface, day first', () => {
    expect(formatDay('2027-03-15', 'en')).toBe('15 Mar 2027');
    expect(formatDay('2027-03-15', 'fr')).toMatch(/^15 mars 2027$/);
    expect(formatDay('2027-03-15', 'de')).toMatch(/^15\. März 2027$/);
    expect(formatDay('2027-03-15', 'nl')).toMatch(/^15 mrt\.? 2027$/);
  });

  it('reads month names typed in the interface language as well as English ones', () => {
    expect(parseDay('15 mars 2027', 'fr')).toBe('2027-03-15');
    expect(parseDay('3 août 2027', 'fr')).toBe('2027-08-03');
    expect(parseDay('15. März 2027', 'de')).toBe('2027-03-15');
    expect(parseDay('15 mrt 2027', 'nl')).toBe('2027-03-15');
    expect(parseDay('15 de marzo de 2027', 'es')).toBeUndefined();
    expect(parseDay('15 marzo 2027', 'es')).toBe('2027-03-15');
    expect(parseDay('15 Mar 2027', 'de')).toBe('2027-03-15');
  });
});
