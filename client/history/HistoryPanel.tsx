import { useEffect, useState } from 'react';
import type { CompareResult, VersionSummary } from '../../shared/history.ts';
import { canWrite } from '../../shared/roles.ts';
import type { Consortium, Identity } from '../api.ts';
import { partnerColor } from '../colors.ts';
import { CompareView } from './CompareView.tsx';
import { historyApi } from './historyApi.ts';
import './history.css';
import { formatMoment } from '../components/dates.ts';
import { statusLabel } from '../../shared/i18n/content/terms.ts';
import { CHAPTER_STATUSES, type ChapterStatus } from '../../shared/discussion.ts';

const isStatus = (s: unknown): s is ChapterStatus => (CHAPTER_STATUSES as readonly unknown[]).includes(s);
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';
import { useDialogFocus } from '../components/useDialogFocus.ts';

// Spelled out so every message key appears literally in the source (the catalogue test looks for them).
const REASON = {
  edits: 'history.reason.edits',
  named: 'history.reason.named',
  signoff: 'history.reason.signoff',
  status: 'history.reason.status',
  export: 'history.reason.export',
  restore: 'history.reason.restore',
} as const satisfies Record<VersionSummary['reason'], string>;

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
  const t = useT();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [compare, setCompare] = useState<{ from: string; to: string } | undefined>(initialCompare);
  const [result, setResult] = useState<CompareResult>();
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const dialog = useDialogFocus<HTMLDivElement>(onClose);
  const editor = canWrite(identity.role, 'dossier');
  // Bringing back every chapter at once is the coordinator's call (the server refuses anyone else).
  const restoresDossier = !chapter && identity.role === 'coordinator';
  const partnerIds = consortium.partners.map((p) => p.id);
  const partnerName = (id: string) => consortium.partners.find((p) => p.id === id)?.name ?? id;
  // Who made the change a version records, when it is not an edit of the text (its authors say that).
  const actorLine = ({ reason, detail }: VersionSummary): string | undefined => {
    if (!detail?.partnerId) return undefined;
    const who = { name: detail.by ?? '', partner: partnerName(detail.partnerId) };
    if (reason === 'signoff') return detail.by ? t('history.signedOffBy', who) : t('history.signedOffFor', who);
    if (!detail.by) return undefined;
    if (reason === 'status' && isStatus(detail.status))
      return t('history.statusSetBy', { ...who, status: statusLabel(detail.status, locale) });
    if (reason === 'export') return t('history.exportedBy', who);
    return undefined;
  };
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = () => historyApi.list(consortium.id).then(setVersions).catch(fail);

  useEffect(() => void reload(), [consortium.id]); // eslint-disable-line react-hooks/exhaustive-deps
  // Going from the list to a compare (or back) removes the button that was pressed: keep the keyboard
  // in the panel, or Escape no longer reaches it.
  useEffect(() => {
    const panel = dialog.ref.current;
    if (panel && !panel.contains(document.activeElement)) panel.focus();
  }, [compare, dialog.ref]);
  useEffect(() => {
    setResult(undefined);
    if (compare) historyApi.compare(consortium.id, compare.from, compare.to, chapter).then(setResult).catch(fail);
  }, [consortium.id, chapter, compare]);

  const shown = versions
    .filter((v) => !chapter || v.changed.includes(chapter) || v.detail?.chapter === chapter || v.reason === 'named')
    .reverse();
  const restore = (v: VersionSummary, which: string) =>
    historyApi.restore(consortium.id, v.id, which).then(() => {
      setError('');
      setConfirming(null);
      void reload();
    }, fail);

  return (
    <div
      ref={dialog.ref}
      tabIndex={-1}
      onKeyDown={dialog.onKeyDown}
      className="history-panel"
      role="dialog"
      aria-label={chapter ? t('history.chapterLabel') : t('history.dossierLabel')}
      data-testid="history-panel"
    >
      <header>
        <h3>{chapter ? t('history.chapterTitle') : t('dossier.history')}</h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('history.close')}
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
            {compare.to === 'current' ? t('history.changesToNow') : t('history.changesBetween')}{' '}
            <button type="button" className="btn btn-small" onClick={() => setCompare(undefined)}>
              {t('history.backToList')}
            </button>
          </p>
          {result ? <CompareView result={result} consortium={consortium} /> : <p>{t('history.comparing')}</p>}
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
                aria-label={t('history.versionName')}
                placeholder={t('history.versionNamePlaceholder')}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <button type="submit" className="btn btn-small" disabled={!name.trim()}>
                {t('history.saveVersion')}
              </button>
            </form>
          )}
          {shown.length === 0 && <p className="history-empty">{t('history.noVersions')}</p>}
          <ol className="history-list">
            {shown.map((v) => (
              <li key={v.id} data-testid="history-version">
                <div>
                  <strong>{v.name ?? t(REASON[v.reason])}</strong> <time dateTime={v.createdAt}>{formatMoment(v.createdAt, locale)}</time>
                </div>
                <div className="history-people">
                  {actorLine(v) && (
                    <span className="history-actor" data-testid="history-actor">
                      {actorLine(v)}
                    </span>
                  )}
                  {v.authors.map((a) => (
                    <span key={a.userId} className="history-person" style={{ borderColor: partnerColor(a.partnerId, partnerIds) }}>
                      {a.name} ({partnerName(a.partnerId)})
                    </span>
                  ))}
                </div>
                <button type="button" className="btn btn-small" onClick={() => setCompare({ from: v.id, to: 'current' })}>
                  {t('history.compareWithNow')}
                </button>
                {chapter && editor && (
                  <button type="button" className="btn btn-small" onClick={() => void restore(v, chapter)}>
                    {t('history.restoreChapter')}
                  </button>
                )}
                {restoresDossier &&
                  (confirming === v.id ? (
                    <div className="history-confirm" role="group" aria-label={t('history.restoreDossier')}>
                      <p>{t('history.restoreDossierConfirm')}</p>
                      <button type="button" className="btn btn-small button danger" onClick={() => void restore(v, '*')}>
                        {t('history.restoreDossierYes')}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => setConfirming(null)}>
                        {t('approval.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="btn btn-small" onClick={() => setConfirming(v.id)}>
                      {t('history.restoreDossier')}
                    </button>
                  ))}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
