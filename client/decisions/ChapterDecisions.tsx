import { checklistTitle } from '../../shared/i18n/chapterText.ts';
import { useChapterHelp } from '../i18n/useChapterHelp.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { isOverdue, isPending, localToday, type Decision, type DecisionField } from '../../shared/decisions.ts';
import type { Thread } from '../../shared/discussion.ts';
import type { Consortium } from '../api.ts';
import { DecisionRow } from './DecisionRow.tsx';
import { decisionsApi } from './decisionsApi.ts';
import { useT } from '../i18n/useT.ts';
import './decisions.css';

export interface ChapterDecisionsProps {
  consortium: Consortium;
  chapter: string;
  decisions: Decision[];
  threads: Thread[];
  canDecide: boolean;
  onOpenThread: (threadId: string) => void;
}

/**
 * The chapter's decisions under its workflow bar: a one-line summary that opens the list (19
 * chapters of open lists would bury the text), each decision with its state, text, owner, due date
 * and thread, and a field to add one.
 */
/** A checklist decision's place (from 0) in its chapter's list; its key counts from 1 (`<chapter>-<n>`). */
const checklistIndex = (d: Decision) => Number(d.key.slice(d.chapter.length + 1)) - 1;

export function ChapterDecisions({ consortium, chapter, decisions, threads, canDecide, onOpenThread }: ChapterDecisionsProps) {
  const help = useChapterHelp();
  const t = useT();
  const [open, setOpen] = useState(false);
  // A reminder e-mail links to one decision (/c/<id>/dossier#decision-<key>): open the list and show it once it is here.
  const [linked, setLinked] = useState(() => (location.hash.startsWith('#decision-') ? decodeURIComponent(location.hash.slice(10)) : ''));
  const linkedHere = linked !== '' && decisions.some((d) => d.key === linked);
  useEffect(() => {
    if (linkedHere) setOpen(true);
  }, [linkedHere]);
  useEffect(() => {
    if (!open || !linkedHere) return;
    document.getElementById(`decision-${linked}`)?.scrollIntoView({ block: 'center' });
    setLinked('');
  }, [open, linkedHere, linked]);
  const [error, setError] = useState('');
  const [title, setTitle] = useState('');
  const today = localToday();
  const agreed = decisions.filter((d) => d.state === 'agreed').length;
  const pending = decisions.filter(isPending).length;
  const overdue = decisions.filter((d) => isOverdue(d, today)).length;
  const run = (action: Promise<unknown>) =>
    action.then(
      () => setError(''),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const change = (key: string, patch: Partial<Pick<Decision, DecisionField>>) => run(decisionsApi.update(consortium.id, key, patch));
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void run(decisionsApi.add(consortium.id, chapter, title.trim()).then(() => setTitle('')));
  };

  return (
    <div className="chapter-decisions" data-testid={`decisions-${chapter}`}>
      <button
        type="button"
        className="decisions-toggle"
        aria-expanded={open}
        aria-controls={`decision-list-${chapter}`}
        onClick={() => setOpen(!open)}
      >
        <span className="decisions-caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {t('decisions.heading')}
        <span className="decisions-summary" data-testid={`decisions-summary-${chapter}`}>
          {t('decisions.summary', { agreed, total: decisions.length, pending })}
          {overdue > 0 && <span className="decision-overdue"> · {t('decisions.summaryOverdue', { count: overdue })}</span>}
        </span>
      </button>
      {open && (
        <div id={`decision-list-${chapter}`}>
          <ol className="decision-list">
            {decisions.map((d) => (
              <DecisionRow
                key={d.key}
                decision={d.own ? d : { ...d, title: checklistTitle(help, d.chapter, checklistIndex(d)) }}
                consortium={consortium}
                threads={threads}
                canDecide={canDecide}
                today={today}
                onChange={(patch) => void change(d.key, patch)}
                onOpenThread={onOpenThread}
              />
            ))}
          </ol>
          {canDecide && (
            <form className="decision-add" onSubmit={add}>
              <input
                type="text"
                aria-label={t('decisions.addLabel')}
                placeholder={t('decisions.addPlaceholder')}
                value={title}
                maxLength={300}
                onChange={(e) => setTitle(e.target.value)}
              />
              <button type="submit" className="btn btn-small" disabled={!title.trim()}>
                {t('decisions.add')}
              </button>
            </form>
          )}
          {!canDecide && <p className="muted decision-note">{t('decisions.onlyEditors')}</p>}
        </div>
      )}
      {error && (
        <p className="meta-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
