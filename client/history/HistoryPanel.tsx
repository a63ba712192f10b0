import { useEffect, useState } from 'react';
import type { CompareResult, VersionSummary } from '../../shared/history.ts';
import { canWrite } from '../../shared/roles.ts';
import type { Consortium, Identity } from '../api.ts';
import { partnerColor } from '../colors.ts';
import { CompareView } from './CompareView.tsx';
import { historyApi } from './historyApi.ts';
import './history.css';
import { formatMoment } from '../components/dates.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';

const REASON: Record<VersionSummary['reason'], string> = {
  edits: 'Edits',
  named: 'Named version',
  signoff: 'Sign-off',
  status: 'Status change',
  export: 'Export',
  restore: 'Restore',
};

export interface HistoryPanelProps {
  consortium: Consortium;
  identity: Identity;
  /** One chapter's history; the whole dossier's without. */
  chapter?: string;
  /** Open straight on this compare (e.g. "what changed since you signed": signed version → now). */
  initialCompare?: { from: string; to: string };
  onClose(): void;
}

/** The versions of the dossier or of one chapter: time, people and partners, name; compare with now; restore a chapter. */
export function HistoryPanel({ consortium, identity, chapter, initialCompare, onClose }: HistoryPanelProps) {
  const { locale } = useLocale();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [compare, setCompare] = useState<{ from: string; to: string } | undefined>(initialCompare);
  const [result, setResult] = useState<CompareResult>();
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const editor = canWrite(identity.role, 'dossier');
  const partnerIds = consortium.partners.map((p) => p.id);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = () => historyApi.list(consortium.id).then(setVersions).catch(fail);

  useEffect(() => void reload(), [consortium.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    setResult(undefined);
    if (compare) historyApi.compare(consortium.id, compare.from, compare.to, chapter).then(setResult).catch(fail);
  }, [consortium.id, chapter, compare]);

  const shown = versions
    .filter((v) => !chapter || v.changed.includes(chapter) || v.detail?.chapter === chapter || v.reason === 'named')
    .reverse();
  const restore = (v: VersionSummary) =>
    historyApi.restore(consortium.id, v.id, chapter!).then(() => {
      setError('');
      void reload();
    }, fail);

  return (
    <div className="history-panel" role="dialog" aria-label={chapter ? 'Chapter history' : 'Dossier history'} data-testid="history-panel">
      <header>
        <h3>{chapter ? 'History of this chapter' : 'History of the dossier'}</h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p className="meta-error" role="alert">
          {error}
        </p>
      )}
      {compare && (
        <div>
          <p className="history-caption">
            {compare.to === 'current' ? 'Changes from the selected version to now' : 'Changes between the selected versions'}{' '}
            <button type="button" className="btn btn-small" onClick={() => setCompare(undefined)}>
              Back to the list
            </button>
          </p>
          {result ? <CompareView result={result} consortium={consortium} /> : <p>Comparing…</p>}
        </div>
      )}
      {!compare && (
        <>
          {editor && (
            <form
              className="history-name"
              onSubmit={(e) => {
                e.preventDefault();
                historyApi.name(consortium.id, name).then(() => {
                  setName('');
                  void reload();
                }, fail);
              }}
            >
              <input
                aria-label="Version name"
                placeholder="Name this version, e.g. Sent to faculty boards"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <button type="submit" className="btn btn-small" disabled={!name.trim()}>
                Save version
              </button>
            </form>
          )}
          {shown.length === 0 && <p className="history-empty">No versions yet: one is kept a few minutes after each burst of editing.</p>}
          <ol className="history-list">
            {shown.map((v) => (
              <li key={v.id} data-testid="history-version">
                <div>
                  <strong>{v.name ?? REASON[v.reason]}</strong> <time dateTime={v.createdAt}>{formatMoment(v.createdAt, locale)}</time>
                </div>
                <div className="history-people">
                  {v.authors.map((a) => (
                    <span key={a.userId} className="history-person" style={{ borderColor: partnerColor(a.partnerId, partnerIds) }}>
                      {a.name} ({consortium.partners.find((p) => p.id === a.partnerId)?.name ?? a.partnerId})
                    </span>
                  ))}
                </div>
                <button type="button" className="btn btn-small" onClick={() => setCompare({ from: v.id, to: 'current' })}>
                  Compare with now
                </button>
                {chapter && editor && (
                  <button type="button" className="btn btn-small" onClick={() => void restore(v)}>
                    Restore this chapter
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
