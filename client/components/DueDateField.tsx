import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDay, parseDay } from './dates.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/**
 * A due date people can type ("15 Mar 2027", "15/03/2027", "15032027") or pick. The native date
 * input saved every keystroke (typing the year made "0002-03-15", then "0020-…") and showed
 * mm/dd/yyyy to Europeans with an English browser: this field saves only a complete, real date,
 * when the person leaves the field or presses Enter, and always shows day-month-year.
 */
export function DueDateField({ value, onSave, label }: { value: string | null; onSave: (day: string | null) => void; label?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const name = label ?? t('due.label');
  const shown = value ? formatDay(value, locale) : '';
  const [draft, setDraft] = useState(shown);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  // The day this person just saved, until the shared document brings it back: without it the field
  // fell back to the old (often empty) value for the round trip, and blinked blank after Tab.
  const saving = useRef<{ over: string | null } | null>(null);

  // Someone else changed the date: show it, unless this person is typing over it.
  useEffect(() => {
    if (saving.current && saving.current.over === value) return;
    saving.current = null;
    if (!editing) setDraft(shown);
  }, [shown, editing, value]);

  const save = (day: string | null) => {
    saving.current = { over: value };
    onSave(day);
  };

  const commit = () => {
    const text = draft.trim();
    if (text === '') {
      setProblem('');
      if (value !== null) save(null);
      return;
    }
    const day = parseDay(text, locale);
    if (!day) {
      setProblem(t('due.problem', { example: formatDay('2027-03-15', locale) }));
      return;
    }
    setProblem('');
    setDraft(formatDay(day, locale));
    if (day !== value) save(day);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(shown);
      setProblem('');
    }
  };

  const placeholder = t('due.placeholder', { example: formatDay('2027-03-15', locale) });
  return (
    <span className="due-field">
      <input
        type="text"
        inputMode="text"
        aria-label={name}
        aria-invalid={problem ? true : undefined}
        className={problem ? 'invalid' : undefined}
        placeholder={placeholder}
        // Wide enough for the example in every language ("z. B. 15. März 2027" was cut at a fixed width).
        size={Math.max(placeholder.length, 10)}
        value={draft}
        title={problem || t('due.title')}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setEditing(false);
          commit();
        }}
      />
      <button type="button" className="due-pick" aria-label={t('due.pick', { label: name })} onClick={() => picker.current?.showPicker()}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M4 1h1.5v2h5V1H12v2h2a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h2zM2.5 7v6.5h11V7z"
          />
        </svg>
      </button>
      {/* Only the calendar of the native input is used: a pick is always a complete date. */}
      <input
        ref={picker}
        type="date"
        className="due-picker-native"
        tabIndex={-1}
        aria-hidden="true"
        value={value ?? ''}
        onChange={(e) => {
          const day = parseDay(e.target.value);
          if (day && day !== value) onSave(day);
        }}
      />
      {problem && (
        <span className="due-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
