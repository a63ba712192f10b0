import { memo } from 'react';
import { CHAPTERS } from '../../shared/chapters.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/**
 * The chapter list as one menu, for windows too narrow for the sidebar (tablets, phones: CSS shows
 * one or the other). It follows the chapter in view, as the sidebar does.
 */
export const ChapterJump = memo(function ChapterJump({ active, onJump }: { active: string; onJump: (key: string) => void }) {
  const { locale } = useLocale();
  const t = useT();
  return (
    <label className="chapter-jump">
      <span>{t('sidebar.jump')}</span>
      <select value={active} onChange={(e) => onJump(e.target.value)}>
        {CHAPTERS.map((chapter) => (
          <option key={chapter.key} value={chapter.key}>
            {chapter.number}. {chapterTitle(chapter.key, locale)}
          </option>
        ))}
      </select>
    </label>
  );
});
