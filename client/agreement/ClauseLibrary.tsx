import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { CLAUSE_LIBRARY, isRefKey, type ClauseType } from '../../shared/agreement/clauses.ts';
import type { ResolvedRefs } from '../../shared/agreement/references.ts';
import { useT } from '../i18n/useT.ts';
import { insertClause } from './insertClause.ts';

/** A paragraph of model wording with its references shown as they would read now. */
function Preview({ text, refs }: { text: string; refs: ResolvedRefs }) {
  const parts = text.split(/(\{\w+\})/g);
  return (
    <p>
      {parts.map((part, i) => {
        const ref = part.slice(1, -1);
        return part.startsWith('{') && isRefKey(ref) ? (
          <span key={i} className={`agreement-ref${refs[ref].set ? '' : ' agreement-ref-unset'}`}>
            {refs[ref].text}
          </span>
        ) : (
          part
        );
      })}
    </p>
  );
}

/** The clause library: browse or search the clause types, choose a variant, read it, insert it. */
export function ClauseLibrary({
  editor,
  refs,
  present,
  onClose,
}: {
  editor: Editor;
  refs: ResolvedRefs;
  present: Set<string>;
  onClose: () => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ClauseType>(CLAUSE_LIBRARY[0]!);
  const [variantId, setVariantId] = useState(CLAUSE_LIBRARY[0]!.variants[0]!.id);
  const list = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q
      ? CLAUSE_LIBRARY.filter((c) => `${c.title} ${c.variants.map((v) => `${v.label} ${v.summary}`).join(' ')}`.toLowerCase().includes(q))
      : CLAUSE_LIBRARY;
  }, [query]);
  const variant = chosen.variants.find((v) => v.id === variantId) ?? chosen.variants[0]!;
  const choose = (c: ClauseType) => {
    setChosen(c);
    setVariantId(c.variants[0]!.id);
  };
  const insert = (where: 'cursor' | 'end') => {
    if (insertClause(editor, chosen.id, variant.id, where)) onClose();
  };
  return (
    <div className="clause-library" role="dialog" aria-label={t('agreement.library.title')} data-testid="clause-library">
      <div className="clause-library-list">
        <input
          type="search"
          className="clause-library-search"
          placeholder={t('agreement.library.search')}
          aria-label={t('agreement.library.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ul>
          {list.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={c.id === chosen.id ? 'is-active' : ''}
                onClick={() => choose(c)}
                data-testid={`clause-type-${c.id}`}
              >
                <span>{c.title}</span>
                {c.mandatory && <span className="clause-tag">{t('agreement.library.mandatory')}</span>}
                {present.has(c.id) && <span className="clause-tag clause-tag-ok">{t('agreement.library.inAgreement')}</span>}
              </button>
            </li>
          ))}
          {list.length === 0 && <li className="clause-library-none">{t('agreement.library.noMatch')}</li>}
        </ul>
      </div>
      <div className="clause-library-detail">
        <h4>{chosen.title}</h4>
        {chosen.variants.length > 1 && (
          <fieldset className="clause-variants">
            <legend>{t('agreement.library.variant')}</legend>
            {chosen.variants.map((v) => (
              <label key={v.id}>
                <input type="radio" name="clause-variant" value={v.id} checked={v.id === variant.id} onChange={() => setVariantId(v.id)} />
                <span>
                  <strong>{v.label}</strong> {v.summary}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {chosen.variants.length === 1 && <p className="clause-summary">{variant.summary}</p>}
        <div className="clause-preview" aria-label={t('agreement.library.preview')}>
          {variant.paragraphs.map((p, i) => (
            <Preview key={i} text={p} refs={refs} />
          ))}
        </div>
        <div className="clause-library-actions">
          <button
            type="button"
            className="btn btn-primary"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert('end')}
            data-testid="insert-clause-end"
          >
            {t('agreement.library.insertEnd')}
          </button>
          <button
            type="button"
            className="btn"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert('cursor')}
            data-testid="insert-clause-cursor"
          >
            {t('agreement.library.insertCursor')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t('agreement.library.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
