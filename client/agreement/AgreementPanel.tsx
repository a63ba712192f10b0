import { memo, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/react';
import { CLAUSE_NODE, REF_KEYS, REF_LABEL, isRefKey } from '../../shared/agreement/clauses.ts';
import { agreementReadiness, type ReadinessChapterState } from '../../shared/agreement/readiness.ts';
import { CHAPTER_KEYS, type ChapterKey } from '../../shared/chapterTypes.ts';
import type { DiscussionView } from '../comments/useDiscussion.ts';
import type { Consortium } from '../api.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import { statusLabel } from '../../shared/i18n/content/terms.ts';
import { useAgreementContext } from './AgreementContext.ts';
import { onChapterViewsRedrawn } from '../editor/frozenChapter.ts';
import { ClauseLibrary } from './ClauseLibrary.tsx';
import { cursorInClause, insertRef } from './insertClause.ts';
import { useClauseLibrary } from './useClauseLibrary.ts';

/** The clause types in the agreement chapter, re-read when the document changes (a short list, compared by value). */
function useClauseTypes(editor: Editor): string[] {
  const joined = useSyncExternalStore(
    (cb) => {
      editor.on('update', cb);
      return () => void editor.off('update', cb);
    },
    () => {
      const types: string[] = [];
      editor.state.doc.forEach((chapter) => {
        if (chapter.attrs.key === 'agreement')
          chapter.forEach((b) => {
            if (b.type.name === CLAUSE_NODE) types.push(String(b.attrs.clauseType));
          });
      });
      return types.join('|');
    },
  );
  return useMemo(() => (joined ? joined.split('|') : []), [joined]);
}

function Readiness(props: { clauseTypes: string[]; consortium: Consortium; view: DiscussionView; versions: Map<string, string> }) {
  const t = useT();
  const { locale } = useLocale();
  const { clauseTypes, consortium, view, versions } = props;
  const readiness = useMemo(() => {
    const chapters: Partial<Record<ChapterKey, ReadinessChapterState>> = {};
    for (const key of CHAPTER_KEYS)
      chapters[key] = {
        status: view.workflow[key]?.status ?? 'not-started',
        version: versions.get(key),
        signoffs: view.signoffs[key] ?? [],
      };
    return agreementReadiness({ clauseTypes, partners: consortium.partners, chapters });
  }, [clauseTypes, consortium.partners, view.workflow, view.signoffs, versions]);
  const openDeps = readiness.dependencies.filter((d) => !d.ready);
  const library = useClauseLibrary();
  const titleOf = (c: { id: string; title: string }) => library?.words.clauseTitleIn(c.id, locale) ?? c.title;
  return (
    <section className={`agreement-readiness${readiness.ready ? ' is-ready' : ''}`} data-testid="agreement-readiness">
      <h3>{readiness.ready ? t('agreement.readiness.ready') : t('agreement.readiness.title')}</h3>
      {readiness.missingClauses.length > 0 && (
        <div className="readiness-group" data-testid="missing-clauses">
          <h4>{t('agreement.readiness.missingClauses', { count: readiness.missingClauses.length })}</h4>
          <p className="readiness-items">{readiness.missingClauses.map(titleOf).join(' · ')}</p>
        </div>
      )}
      {readiness.partnersWithoutSignatory.length > 0 && (
        <div className="readiness-group" data-testid="missing-signatories">
          <h4>{t('agreement.readiness.noSignatory')}</h4>
          <p className="readiness-items">
            {readiness.partnersWithoutSignatory.map((p) => p.name).join(' · ')} —{' '}
            <a href={`/c/${consortium.id}/partners`}>{t('agreement.readiness.addSignatory')}</a>
          </p>
        </div>
      )}
      {readiness.dependencies.length > 0 && (
        <div className="readiness-group" data-testid="agreement-dependencies">
          <h4>
            {t('agreement.readiness.chapters', {
              ready: readiness.dependencies.length - openDeps.length,
              total: readiness.dependencies.length,
            })}
          </h4>
          <ul className="readiness-deps">
            {readiness.dependencies.map((d) => (
              <li key={d.chapter} className={d.ready ? 'is-ready' : ''}>
                <a href={`#chapter-${d.chapter}`}>{chapterTitle(d.chapter, locale)}</a>
                <span className="dep-status">{statusLabel(d.status, locale)}</span>
                {!d.ready && d.missingSignoffs.length > 0 && (
                  <span className="dep-missing">
                    {d.missingSignoffs.length === consortium.partners.length
                      ? t('agreement.readiness.waitingForAll')
                      : t('agreement.readiness.waitingFor', { partners: d.missingSignoffs.map((p) => p.name).join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Tools({ editor, clauseTypes }: { editor: Editor; clauseTypes: string[] }) {
  const t = useT();
  const { locale } = useLocale();
  const { refs } = useAgreementContext();
  const words = useClauseLibrary()?.words;
  const [library, setLibrary] = useState(false);
  const [hint, setHint] = useState('');
  const present = useMemo(() => new Set(clauseTypes), [clauseTypes]);
  return (
    <div className="agreement-tools">
      <div className="agreement-tool-row">
        <button type="button" className="btn btn-primary btn-small" onClick={() => setLibrary((v) => !v)} data-testid="open-clause-library">
          {t('agreement.library.open')}
        </button>
        <select
          className="agreement-ref-select"
          aria-label={t('agreement.ref.insert')}
          value=""
          data-testid="insert-reference"
          onChange={(e) => {
            const ref = e.target.value;
            if (!isRefKey(ref)) return;
            setHint(cursorInClause(editor) && insertRef(editor, ref) ? '' : t('agreement.ref.placeCursor'));
          }}
        >
          <option value="">{t('agreement.ref.insert')}</option>
          {REF_KEYS.map((k) => {
            const text = words?.refTextIn(k, refs[k].text, locale) ?? refs[k].text;
            return (
              <option key={k} value={k}>
                {words?.refLabelIn(k, locale) ?? REF_LABEL[k]} — {text.length > 40 ? `${text.slice(0, 40)}…` : text}
              </option>
            );
          })}
        </select>
        {hint && (
          <span className="agreement-hint" role="status">
            {hint}
          </span>
        )}
      </div>
      {library && <ClauseLibrary editor={editor} refs={refs} present={present} onClose={() => setLibrary(false)} />}
    </div>
  );
}

/** The agreement chapter's panel, drawn into the slot its chapter view leaves: readiness for everyone, the library and references for writers. */
export const AgreementPanel = memo(function AgreementPanel(props: {
  editor: Editor | undefined;
  consortium: Consortium;
  view: DiscussionView;
  versions: Map<string, string>;
  canWrite: boolean;
}) {
  const { editor } = props;
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!editor) return;
    let current: HTMLElement | null = null;
    const find = () => setSlot((current = editor.view.dom.querySelector<HTMLElement>('.agreement-slot')));
    find();
    return onChapterViewsRedrawn(editor, find, () => (current ? [current] : []));
  }, [editor]);
  if (!editor || !slot) return null;
  return createPortal(<PanelBody {...props} editor={editor} />, slot);
});

function PanelBody(props: {
  editor: Editor;
  consortium: Consortium;
  view: DiscussionView;
  versions: Map<string, string>;
  canWrite: boolean;
}) {
  const t = useT();
  const clauseTypes = useClauseTypes(props.editor);
  const { frozen } = props.view.execution;
  // Once executed, "before it can be signed" is history and the text takes no clauses: the chapter's
  // execution panel shows the signed state, and this says where the readiness went.
  if (frozen)
    return (
      <div className="agreement-panel" data-testid="agreement-panel">
        <p className="meta-note" data-testid="agreement-executed-note">
          {t('agreement.executedNote', { number: frozen.number })}
        </p>
      </div>
    );
  return (
    <div className="agreement-panel" data-testid="agreement-panel">
      <Readiness clauseTypes={clauseTypes} consortium={props.consortium} view={props.view} versions={props.versions} />
      {props.canWrite && <Tools editor={props.editor} clauseTypes={clauseTypes} />}
    </div>
  );
}
