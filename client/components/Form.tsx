import type { ReactNode } from 'react';
import { fieldLabel } from '../../shared/fieldLabel.ts';
import type { ErrorReport } from '../api.ts';
import { useT } from '../i18n/useT.ts';

interface FieldBase {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

function FieldFrame({ id, label, hint, error, className, children }: FieldBase & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function TextField(
  props: FieldBase & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'number';
    placeholder?: string;
    required?: boolean;
    autoComplete?: string;
    maxLength?: number;
    min?: number;
    max?: number;
    inputClassName?: string;
    autoFocus?: boolean;
  },
) {
  const { id, name, value, onChange, type = 'text', hint, error } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={props.placeholder}
        aria-required={props.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete={props.autoComplete ?? 'off'}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        className={props.inputClassName}
        autoFocus={props.autoFocus}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldBase & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
  },
) {
  const { id, name, value, onChange, options, hint, error } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * The server's answer to a failed form: its sentence, plus any field messages the form could not
 * place next to a field of its own (so nothing the server said is lost).
 */
export function FormError({ report, placed = [] }: { report?: ErrorReport; placed?: readonly string[] }) {
  const t = useT();
  if (!report) return null;
  const rest = Object.entries(report.fields).filter(([path]) => !placed.includes(path));
  // When every problem is shown next to its field, a friendly pointer reads better than the server's first message.
  const allPlaced = rest.length === 0 && Object.keys(report.fields).length > 0;
  return (
    <div className="form-error" role="alert">
      <strong>{allPlaced ? t('form.checkMarked') : report.message}</strong>
      {rest.length > 0 && (
        <ul>
          {rest.map(([path, text]) => (
            <li key={path}>{path ? `${fieldLabel(path)}: ${text}` : text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A small inline message after an action on a row or card (e.g. the server's 409). */
export function InlineError({ message, onDismiss }: { message?: string; onDismiss?: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="inline-error" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss} aria-label={t('form.dismissMessage')}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
