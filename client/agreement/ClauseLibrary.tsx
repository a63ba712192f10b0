import { useEffect, useMemo, useState } from 'react';
import { useDialogFocus } from '../components/useDialogFocus.ts';
import type { Editor } from '@tiptap/react';
import { CLAUSE_LIBRARY, isRefKey, type ClauseType, type RefKey } from '../../shared/agreement/clauses.ts';
import type { ResolvedRefs } from '../../shared/agreement/references.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { insertClause } from './insertClause.ts';
import { useClauseLibrary, type LoadedClauses } from './useClauseLibrary.ts';

/** Lower case without accents, so "clausula" finds "Cláusula" and "gebuhr" finds "Gebühr". */
const fold = (text: string, locale: Locale) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);

/** A clause type's title and variants as the reader sees them; English until the language's words are here. */
function shownType(c: ClauseType, words: LoadedClauses['words'] | undefined, locale: Locale) {
  return {
    title: words?.clauseTitleIn(c.id, locale) ?? c.title,
    variants: c.variants.map((v) => ({ ...v, ...(words?.variantTextIn(c.id, v.id, locale) ?? {}) })),
  };
}

/** A paragraph of model wording with its references shown as they would read now. */
function Preview({ text, refs, shown }: { text: string; refs: ResolvedRefs; shown: (ref: RefKey, text: string) => string }) {
  const parts = text.split(/(\{\w+\})/g);
  return (
    <p>
      {parts.map((part, i) => {
        const ref = part.slice(1, -1);
        return part.startsWith('{') && isRefKey(ref) ? (
          <span key={i} className={`agreement-ref${refs[ref].set ? '' : ' agreement-ref-unset'}`}>
            {shown(ref, refs[ref].text)}
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
  const { locale } = useLocale();
  // A dialog: the keyboard goes into it (its search field), Escape closes it, focus returns to its opener.
  const dialog = useDialogFocus<HTMLDivElement>(onClose);
  useEffect(() => dialog.ref.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus(), [dialog.ref]);
  const words = useClauseLibrary()?.words;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ClauseType>(CLAUSE_LIBRARY[0]!);
  const [variantId, setVariantId] = useState(CLAUSE_LIBRARY[0]!.variants[0]!.id);
  const shown = useMemo(() => new Map(CLAUSE_LIBRARY.map((c) => [c.id, shownType(c, words, locale)])), [words, locale]);
  // A search finds a clause by what the reader sees and by its English, which partners often quote.
  const list = useMemo(() => {
    const q = fold(query.trim(), locale);
    if (!q) return CLAUSE_LIBRARY;
    return CLAUSE_LIBRARY.filter((c) => {
      const local = shown.get(c.id)!;
      const texts = [c.title, local.title, ...c.variants.flatMap((v) => [v.label, v.summary])];
      texts.push(...local.variants.flatMap((v) => [v.label, v.summary]));
      return fold(texts.join(' '), locale).includes(q);
    });
  }, [query, shown, locale]);
  const variant = chosen.variants.find((v) => v.id === variantId) ?? chosen.variants[0]!;
  const chosenShown = shown.get(chosen.id)!;
  const variantShown = chosenShown.variants.find((v) => v.id === variant.id)!;
  const refText = (ref: RefKey, text: string) => words?.refTextIn(ref, text, locale) ?? text;
  const choose = (c: ClauseType) => {
    setChosen(c);
    setVariantId(c.variants[0]!.id);
  };
  const insert = (where: 'cursor' | 'end') => {
    if (insertClause(editor, chosen.id, variant.id, where)) onClose();
  };
  return (
    <div
      ref={dialog.ref}
      tabIndex={-1}
      onKeyDown={dialog.onKeyDown}
      className="clause-library"
      role="dialog"
      aria-label={t('agreement.library.title')}
      data-testid="clause-library"
    >
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
                <span>{shown.get(c.id)!.title}</span>
                {c.mandatory && <span className="clause-tag">{t('agreement.library.mandatory')}</span>}
                {present.has(c.id) && <span className="clause-tag clause-tag-ok">{t('agreement.library.inAgreement')}</span>}
              </button>
            </li>
          ))}
          {list.length === 0 && <li className="clause-library-none">{t('agreement.library.noMatch')}</li>}
        </ul>
      </div>
      <div className="clause-library-detail">
        <h4>{chosenShown.title}</h4>
        {chosen.variants.length > 1 && (
          <fieldset className="clause-variants">
            <legend>{t('agreement.library.variant')}</legend>
            {chosenShown.variants.map((v) => (
              <label key={v.id}>
                <input type="radio" name="clause-variant" value={v.id} checked={v.id === variant.id} onChange={() => setVariantId(v.id)} />
                <span>
                  <strong>{v.label}</strong> {v.summary}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {chosen.variants.length === 1 && <p className="clause-summary">{variantShown.summary}</p>}
        <div className="clause-preview" aria-label={t('agreement.library.preview')}>
          {variant.paragraphs.map((p, i) => (
            <Preview key={i} text={p} refs={refs} shown={refText} />
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
