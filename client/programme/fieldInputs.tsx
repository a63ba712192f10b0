import { useId, useState } from 'react';
import type { FieldError } from '../../shared/programme/fields.ts';
import { checkText } from '../../shared/i18n/content/programmeChecks.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

export interface FieldProps {
  field: string;
  label: string;
  value: string;
  disabled: boolean;
  errors: FieldError[];
  onChange(value: string): void;
}

/**
 * Binds a block's attributes to its inputs: `bind(field, label)` gives the props of one input, whose
 * change writes that attribute alone (so concurrent edits of other fields merge).
 */
export function fieldBinder<F extends string>(
  attrs: Record<string, string | undefined>,
  errors: FieldError[],
  disabled: boolean,
  update: (attrs: Record<string, string>) => void,
): (field: F, label: string) => FieldProps {
  return (field, label) => ({ field, label, value: attrs[field] ?? '', disabled, errors, onChange: (v: string) => update({ [field]: v }) });
}

/**
 * What the input shows, kept here and set in the same event as the keystroke. The block's attribute
 * changes only when the editor's transaction has gone through and the node view re-renders, after
 * React has already compared the controlled input with its (old) value: React wrote the old value
 * back and the new one a moment later, so a letter typed in the middle of a title sent the caret to
 * the end (the next letters landed there), and each key cost two value writes of milliseconds in
 * the large editable page. A change from elsewhere (another partner, an undo) replaces the draft.
 */
function useDraft(value: string, onChange: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  return [
    draft,
    (next) => {
      setDraft(next);
      onChange(next);
    },
  ];
}

function FieldShell({
  field,
  label,
  errors,
  children,
  wide,
}: {
  field: string;
  label: string;
  errors: FieldError[];
  children: (id: string) => React.ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  const { locale } = useLocale();
  const error = errors.find((e) => e.field === field);
  return (
    <div className={`pf-field${wide ? ' pf-wide' : ''}${error ? ' pf-invalid' : ''}`} data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {error && (
        <div className="pf-error" role="alert">
          {checkText(error.text, locale)}
        </div>
      )}
    </div>
  );
}

export function TextField(props: FieldProps & { wide?: boolean; multiline?: boolean; placeholder?: string }) {
  const [value, change] = useDraft(props.value, props.onChange);
  return (
    <FieldShell {...props}>
      {(id) =>
        props.multiline ? (
          <textarea
            id={id}
            value={value}
            disabled={props.disabled}
            placeholder={props.placeholder}
            rows={2}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={value}
            disabled={props.disabled}
            placeholder={props.placeholder}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

export function NumberField(props: FieldProps & { min?: number; step?: number }) {
  const [value, change] = useDraft(props.value, props.onChange);
  return (
    <FieldShell {...props}>
      {(id) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={props.min}
          step={props.step ?? 'any'}
          value={value}
          disabled={props.disabled}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const known = props.options.some(([v]) => v === props.value);
  return (
    <FieldShell {...props}>
      {(id) => (
        <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">—</option>
          {/* A value that came from elsewhere (an older import) stays visible so it can be corrected. */}
          {!known && props.value && <option value={props.value}>{props.value} (invalid)</option>}
          {props.options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Several partners as a row of toggles; partners not in the consortium stay listed so they can be removed. */
export function PartnerPicker(
  props: Omit<FieldProps, 'value' | 'onChange'> & {
    value: string[];
    partners: { id: string; name: string }[];
    onChange(ids: string[]): void;
  },
) {
  const t = useT();
  const unknown = props.value.filter((id) => !props.partners.some((p) => p.id === id));
  const options = [
    ...props.partners.map((p) => ({ id: p.id, name: p.name })),
    ...unknown.map((id) => ({ id, name: t('programme.notPartner', { id }) })),
  ];
  return (
    <FieldShell {...props} wide>
      {(id) => (
        <div className="pf-chips" id={id} role="group" aria-label={props.label}>
          {options.map((p) => {
            const on = props.value.includes(p.id);
            return (
              <button
                key={p.id}
                type="button"
                className={`pf-chip${on ? ' on' : ''}`}
                aria-pressed={on}
                disabled={props.disabled}
                onClick={() => props.onChange(on ? props.value.filter((v) => v !== p.id) : [...props.value, p.id])}
              >
                {p.name}
              </button>
            );
          })}
        </div>
      )}
    </FieldShell>
  );
}
