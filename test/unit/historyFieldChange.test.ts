import { beforeAll, describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { describeFieldChange } from '../../client/history/fieldChange.ts';
import { en, type MessageId } from '../../client/i18n/messages/en.ts';
import { de } from '../../client/i18n/messages/de.ts';
import type { Translate } from '../../client/i18n/useT.ts';
import { loadContentPack } from '../../shared/i18n/content/contentPack.ts';

/** The interface's own catalogue, formatted as react-intl formats it. */
const translate =
  (messages: Partial<Record<MessageId, string>>, locale: string): Translate =>
  (id, values) =>
    String(new IntlMessageFormat(messages[id] ?? en[id], locale).format(values as Record<string, string>));

describe('changed block fields in the compare view', () => {
  // as the page does when it loads the German catalogue
  beforeAll(() => loadContentPack('de'));

  it('names the block and its fields in the reader’s language, not the code’s', () => {
    const change = { block: 2, type: 'curriculumUnit', fields: ['ects', 'hours'] };
    expect(describeFieldChange(change, translate(en, 'en'), 'en')).toBe('Unit 3: ECTS, Notional hours changed');
    const german = describeFieldChange(change, translate(de, 'de'), 'de');
    expect(german).toMatch(/^Einheit 3: /);
    expect(german).not.toMatch(/curriculumUnit|ects|hours/);
    expect(describeFieldChange({ block: 0, type: 'clause', fields: ['variant'] }, translate(de, 'de'), 'de')).toBe(
      'Klausel 1: Fassung der Klausel geändert',
    );
  });

  it('keeps a name it does not know as it is, rather than hide the change', () => {
    expect(describeFieldChange({ block: 0, type: 'somethingNew', fields: ['odd'] }, translate(en, 'en'), 'en')).toBe(
      'somethingNew 1: odd changed',
    );
  });
});
