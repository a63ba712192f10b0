/**
 * Translations outside the message catalogue come in one pack per language. A browser loads only its
 * reader's pack (with the catalogue); until then, and for a pack it never loads, every lookup answers
 * in English rather than failing. This file imports no pack up front, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../shared/chapters.ts';
import { describeClose, CloseCode } from '../../shared/closeCodes.ts';
import { STATUS_LABEL } from '../../shared/discussion.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { contentPack, loadContentPack } from '../../shared/i18n/content/contentPack.ts';
import { ERROR_SENTENCES_EN, errorSentence } from '../../shared/i18n/content/errors.ts';
import { closeSentence } from '../../shared/i18n/content/notices.ts';
import { CHECK_TEXTS_EN, checkText } from '../../shared/i18n/content/programmeChecks.ts';
import { FIELD_LABELS_EN, modeLabel, programmeFieldLabel } from '../../shared/i18n/content/programmeFields.ts';
import { statusLabel } from '../../shared/i18n/content/terms.ts';
import { loadMessages } from '../../client/i18n/catalogs.ts';

const vision = CHAPTERS.find((c) => c.key === 'vision')!;

describe('content packs', () => {
  it('answers in English for a language whose pack is not loaded', () => {
    expect(contentPack('fr')).toBeUndefined();
    expect(chapterTitle('vision', 'fr')).toBe(vision.title);
    expect(statusLabel('approved', 'fr')).toBe(STATUS_LABEL.approved);
    expect(programmeFieldLabel('hours', 'fr')).toBe(FIELD_LABELS_EN.hours);
    expect(modeLabel('onsite', 'fr')).toBe('On site');
    expect(errorSentence('forbidden', 'fr')).toBe(ERROR_SENTENCES_EN.forbidden);
    expect(closeSentence(CloseCode.tooBig, 'fr')).toBe(describeClose(CloseCode.tooBig));
    expect(checkText({ key: 'unit.untitled' }, 'fr')).toBe(CHECK_TEXTS_EN['unit.untitled']);
  });

  it('answers in the language once its pack is loaded, and only in that one', async () => {
    await loadContentPack('fr');
    expect(chapterTitle('vision', 'fr')).toBe('Vision commune');
    expect(statusLabel('approved', 'fr')).not.toBe(STATUS_LABEL.approved);
    expect(modeLabel('onsite', 'fr')).toBe('Sur place');
    expect(errorSentence('forbidden', 'fr')).not.toBe(ERROR_SENTENCES_EN.forbidden);
    expect(checkText({ key: 'unit.untitled' }, 'fr')).toBe('Une unité sans titre');
    expect(chapterTitle('vision', 'de')).toBe(vision.title);
    expect(errorSentence('no-such-code', 'fr')).toBeUndefined();
  });

  it('comes with the interface catalogue: loading German messages registers the German pack', async () => {
    expect(contentPack('de')).toBeUndefined();
    const messages = await loadMessages('de');
    expect(contentPack('de')).toBeDefined();
    expect(messages['readiness.title']).toBe(contentPack('de')!.readiness['readiness.title']);
    expect(chapterTitle('vision', 'de')).not.toBe(vision.title);
  });
});
