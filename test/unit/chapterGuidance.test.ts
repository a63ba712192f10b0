import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../shared/chapters.ts';
import { CHAPTER_GUIDANCE } from '../../shared/chapterGuidance.ts';

// The guidance lives apart from the chapter definitions so that the browser loads it only when a
// chapter's guidance is opened; every chapter must still have its own.
describe('chapter guidance', () => {
  it('has guidance paragraphs and decisions to take for every chapter, and nothing else', () => {
    expect(Object.keys(CHAPTER_GUIDANCE).sort()).toEqual(CHAPTERS.map((c) => c.key).sort());
    for (const chapter of CHAPTERS) {
      const { guidance, checklist } = CHAPTER_GUIDANCE[chapter.key];
      expect(guidance.length, chapter.key).toBeGreaterThanOrEqual(2);
      expect(guidance.length, chapter.key).toBeLessThanOrEqual(4);
      expect(checklist.length, chapter.key).toBeGreaterThan(0);
      for (const text of [...guidance, ...checklist]) expect(text.trim().length, chapter.key).toBeGreaterThan(10);
    }
  });
});
