import { memo } from 'react';
import { CHAPTERS } from '../../shared/chapters.ts';
import type { PresentUser } from '../collab/useAwarenessUsers.ts';
import { Avatar } from './Avatar.tsx';
import type { ChapterStatus } from '../../shared/discussion.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { statusLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';
import { withSoftHyphens } from '../i18n/softHyphens.ts';

/** The chapter list: where each chapter is, and who is working in it right now. */
export interface SidebarProps {
  users: PresentUser[];
  active: string;
  onJump: (key: string) => void;
  status?: Record<string, ChapterStatus>;
  /** Open threads per chapter, and how many of them have news for this person. */
  threads?: Record<string, { open: number; unread: number }>;
}

export const Sidebar = memo(function Sidebar({ users, active, onJump, status = {}, threads = {} }: SidebarProps) {
  const { locale } = useLocale();
  const t = useT();
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-heading">{t('sidebar.heading')}</div>
      <ol className="chapter-list">
        {CHAPTERS.map((chapter) => {
          const here = users.filter((u) => u.chapter === chapter.key);
          return (
            <li key={chapter.key}>
              <button
                type="button"
                className={`chapter-link${active === chapter.key ? ' active' : ''}`}
                onClick={() => onJump(chapter.key)}
                data-chapter-link={chapter.key}
              >
                <span className="chapter-number">{chapter.number}</span>
                <span
                  className={`status-dot-mini ${status[chapter.key] ?? 'not-started'}`}
                  title={statusLabel(status[chapter.key] ?? 'not-started', locale)}
                  data-testid={`status-${chapter.key}`}
                  data-status={status[chapter.key] ?? 'not-started'}
                >
                  <span className="visually-hidden">{statusLabel(status[chapter.key] ?? 'not-started', locale)}</span>
                </span>
                <span className="chapter-link-title">{withSoftHyphens(chapterTitle(chapter.key, locale))}</span>
                {(threads[chapter.key]?.open ?? 0) > 0 && (
                  <span
                    className={`thread-count${(threads[chapter.key]?.unread ?? 0) > 0 ? ' unread' : ''}`}
                    title={t('sidebar.threads', { open: threads[chapter.key]!.open, unread: threads[chapter.key]!.unread })}
                    data-testid={`threads-${chapter.key}`}
                  >
                    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
                      <path fill="currentColor" d="M2 2h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H7l-4 3v-3H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" />
                    </svg>{' '}
                    {threads[chapter.key]!.open}
                  </span>
                )}
                <span className="chapter-people" data-testid={`people-${chapter.key}`}>
                  {here.slice(0, 3).map((u) => (
                    <Avatar
                      key={u.clientId}
                      name={u.name}
                      color={u.color}
                      size={20}
                      title={u.self ? t('presence.you', { name: u.name }) : u.name}
                    />
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
