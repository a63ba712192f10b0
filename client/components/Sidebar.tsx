import { CHAPTERS } from '../../shared/chapters.ts';
import type { PresentUser } from '../collab/useAwarenessUsers.ts';
import { Avatar } from './Avatar.tsx';

/** The chapter list: where each chapter is, and who is working in it right now. */
export function Sidebar({ users, active, onJump }: { users: PresentUser[]; active: string; onJump: (key: string) => void }) {
  return (
    <nav className="sidebar" aria-label="Chapters">
      <div className="sidebar-heading">Dossier</div>
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
                <span className="chapter-link-title">{chapter.title}</span>
                <span className="chapter-people" data-testid={`people-${chapter.key}`}>
                  {here.slice(0, 3).map((u) => (
                    <Avatar key={u.clientId} name={u.name} color={u.color} size={20} title={u.self ? `${u.name} (you)` : u.name} />
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
