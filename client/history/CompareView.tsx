import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';
import type { CompareResult } from '../../shared/history.ts';
import { CHAPTERS } from '../../shared/chapters.ts';
import type { Consortium } from '../api.ts';
import { partnerColor } from '../colors.ts';
import { describeFieldChange } from './fieldChange.ts';

/** Inline insertions and deletions, each coloured by the partner whose person made it, with who changed what. */
export function CompareView({ result, consortium }: { result: CompareResult; consortium: Consortium }) {
  const { locale } = useLocale();
  const t = useT();
  const partnerIds = consortium.partners.map((p) => p.id);
  const partnerName = (id: string) => consortium.partners.find((p) => p.id === id)?.name ?? id;
  if (result.chapters.length === 0) return <p className="history-empty">{t('history.nothingChanged')}</p>;
  return (
    <div className="history-compare" data-testid="history-compare">
      {result.chapters.map((c) => (
        <section key={c.chapter}>
          <h4>{CHAPTERS.some((d) => d.key === c.chapter) ? chapterTitle(c.chapter as ChapterKey, locale) : c.chapter}</h4>
          <p className="history-people">
            {c.people.length === 0
              ? t('history.noChanges')
              : c.people.map((p) => (
                  <span key={p.userId} className="history-person" style={{ borderColor: partnerColor(p.partnerId, partnerIds) }}>
                    {p.name} ({partnerName(p.partnerId)})
                  </span>
                ))}
          </p>
          <div className="history-text">
            {c.ops.map((op, i) => {
              if (op.kind === 'equal') return <span key={i}>{op.text}</span>;
              const color = partnerColor(op.by?.[0]?.partnerId ?? '', partnerIds);
              const who = (op.by ?? []).map((p) => `${p.name} (${partnerName(p.partnerId)})`).join(', ');
              const style = { color, textDecorationColor: color, background: `${color}14` };
              return op.kind === 'insert' ? (
                <ins key={i} style={style} title={t('history.addedBy', { who })}>
                  {op.text}
                </ins>
              ) : (
                <del key={i} style={style} title={t('history.deletedBy', { who })}>
                  {op.text}
                </del>
              );
            })}
          </div>
          {c.fields.length > 0 && (
            <ul className="history-fields">
              {c.fields.map((f) => (
                <li key={f.block}>{describeFieldChange(f, t, locale)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
