import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { isRefKey, REF_SHORT, type RefKey } from '../../shared/agreement/clauseTypes.ts';
import { useClauseLibrary } from './useClauseLibrary.ts';
import { changedSinceSignOff } from '../../shared/agreement/references.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useAgreementContext } from './AgreementContext.ts';
import { clauseNumberOf } from './clauseNumbers.ts';

/** The references a clause holds, read from its live node (cheap: a clause is a few paragraphs). */
function refsOf(node: ReactNodeViewProps['node']): string[] {
  const found: string[] = [];
  node.descendants((child) => {
    if (child.type.name === 'agreementRef' && !found.includes(String(child.attrs.ref))) found.push(String(child.attrs.ref));
  });
  return found;
}

/** A clause: number and title drawn from its place and type, the wording editable below, and a note when a value changed since a sign-off. */
export function ClauseView({ node, decorations }: ReactNodeViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const { refs, signoffs, partnerName } = useAgreementContext();
  const number = clauseNumberOf(decorations);
  const type = String(node.attrs.clauseType);
  const library = useClauseLibrary();
  const variant = library?.words.variantTextIn(type, node.attrs.variant, locale);
  const changes = changedSinceSignOff(refsOf(node), refs, signoffs);
  // Until the library's words are here, change notes name references in English (REF_SHORT ships with the editor).
  const what = (ref: RefKey) => library?.words.refShortIn(ref, locale) ?? REF_SHORT[ref];
  const shown = (ref: RefKey, text: string) => library?.words.refTextIn(ref, text, locale) ?? text;
  return (
    <NodeViewWrapper className={`clause${changes.length ? ' clause-changed' : ''}`} data-clause-type={type} data-testid="clause">
      <div className="clause-head" contentEditable={false}>
        <span className="clause-number" data-testid="clause-number">
          {number ?? ''}
        </span>
        <span className="clause-title">{library?.words.clauseTitleIn(type, locale)}</span>
        {variant && (library?.clauses.clauseType(type)?.variants.length ?? 0) > 1 && (
          <span className="clause-variant">{variant.label}</span>
        )}
      </div>
      {changes.length > 0 && (
        <ul className="clause-changes" contentEditable={false} data-testid="clause-changed">
          {changes.map((c) => (
            <li key={`${c.partnerId}-${c.ref}`}>
              {t('agreement.changedSince', {
                what: what(c.ref),
                before: shown(c.ref, c.before),
                now: shown(c.ref, c.now),
                partner: partnerName(c.partnerId),
              })}
            </li>
          ))}
        </ul>
      )}
      <NodeViewContent className="clause-body" />
    </NodeViewWrapper>
  );
}

/** A live reference: shows the value now; a value nobody has set yet is marked so it stands out. */
export function AgreementRefView({ node, selected }: ReactNodeViewProps) {
  const { refs } = useAgreementContext();
  const { locale } = useLocale();
  const library = useClauseLibrary();
  const ref = String(node.attrs.ref);
  const key = isRefKey(ref) ? ref : undefined;
  const resolved = key ? refs[key] : undefined;
  return (
    <NodeViewWrapper
      as="span"
      className={`agreement-ref${resolved?.set ? '' : ' agreement-ref-unset'}${selected ? ' is-selected' : ''}`}
      data-ref={ref}
      data-testid="agreement-ref"
      title={key ? (library?.words.refShortIn(key, locale) ?? REF_SHORT[key]) : ''}
    >
      {key && resolved ? (library?.words.refTextIn(key, resolved.text, locale) ?? resolved.text) : '[?]'}
    </NodeViewWrapper>
  );
}
