import type { ProgrammeOutcome, UnitOutcome } from '../../shared/programme/fields.ts';
import { useT } from '../i18n/useT.ts';

/** The next free programme outcome id: PO1, PO2, … never reusing one that units may still link to. */
function nextOutcomeId(outcomes: ProgrammeOutcome[]): string {
  const max = outcomes.reduce((m, o) => Math.max(m, Number(/^PO(\d+)$/.exec(o.id)?.[1] ?? 0)), 0);
  return `PO${max + 1}`;
}

export function ProgrammeOutcomesEditor({
  value,
  disabled,
  onChange,
}: {
  value: ProgrammeOutcome[];
  disabled: boolean;
  onChange(v: ProgrammeOutcome[]): void;
}) {
  const t = useT();
  return (
    <div className="pf-field pf-wide" data-field="outcomes">
      <label>{t('programme.outcomes.programme')}</label>
      <ol className="pf-outcomes">
        {value.map((o, i) => (
          <li key={o.id}>
            <span className="pf-outcome-id">{o.id}</span>
            <input
              type="text"
              aria-label={t('programme.outcomes.outcome', { id: o.id })}
              value={o.text}
              disabled={disabled}
              onChange={(e) => onChange(value.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
            {!disabled && (
              <button
                type="button"
                className="pf-remove"
                aria-label={t('programme.outcomes.remove', { id: o.id })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" className="pf-add" onClick={() => onChange([...value, { id: nextOutcomeId(value), text: '' }])}>
          {t('programme.outcomes.addProgramme')}
        </button>
      )}
    </div>
  );
}

export function UnitOutcomesEditor({
  value,
  programmeOutcomes,
  disabled,
  error,
  onChange,
}: {
  value: UnitOutcome[];
  programmeOutcomes: ProgrammeOutcome[];
  disabled: boolean;
  error?: string;
  onChange(v: UnitOutcome[]): void;
}) {
  const t = useT();
  const set = (i: number, next: UnitOutcome) => onChange(value.map((x, j) => (j === i ? next : x)));
  return (
    <div className="pf-field pf-wide" data-field="outcomes">
      <label>{t('programme.outcomes.unit')}</label>
      <ol className="pf-outcomes">
        {value.map((o, i) => (
          <li key={i}>
            <input
              type="text"
              aria-label={t('programme.outcomes.unitOutcome', { n: i + 1 })}
              value={o.text}
              disabled={disabled}
              onChange={(e) => set(i, { ...o, text: e.target.value })}
            />
            <span className="pf-serves" role="group" aria-label={t('programme.outcomes.serves')}>
              {programmeOutcomes.map((po) => {
                const on = o.serves.includes(po.id);
                return (
                  <button
                    key={po.id}
                    type="button"
                    title={po.text}
                    className={`pf-chip small${on ? ' on' : ''}`}
                    aria-pressed={on}
                    disabled={disabled}
                    onClick={() => set(i, { ...o, serves: on ? o.serves.filter((s) => s !== po.id) : [...o.serves, po.id] })}
                  >
                    {po.id}
                  </button>
                );
              })}
              {o.serves
                .filter((s) => !programmeOutcomes.some((po) => po.id === s))
                .map((s) => (
                  <span key={s} className="pf-chip small bad">
                    {s}?
                  </span>
                ))}
            </span>
            {!disabled && (
              <button
                type="button"
                className="pf-remove"
                aria-label={t('programme.outcomes.removeUnit', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      {error && <div className="pf-error">{error}</div>}
      {!disabled && (
        <button type="button" className="pf-add" onClick={() => onChange([...value, { text: '', serves: [] }])}>
          {t('programme.outcomes.add')}
        </button>
      )}
    </div>
  );
}
