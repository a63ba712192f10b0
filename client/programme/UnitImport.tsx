import { useState } from 'react';
import type { CsvError } from '../../shared/programme/unitsCsv.ts';
import { useT } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { csvErrorText } from '../../shared/i18n/content/csvImportTexts.ts';
import { errorSentence } from '../../shared/i18n/content/errors.ts';

/** Imports units from a CSV file through the server (all rows or none); every open page sees them arrive over sync. */
export function UnitImport({ consortiumId }: { consortiumId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; added: number } | { kind: 'failed'; message: string; errors: CsvError[] }
  >({ kind: 'idle' });
  const upload = async (file: File) => {
    setState({ kind: 'busy' });
    const res = await fetch(`/api/consortia/${encodeURIComponent(consortiumId)}/units/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: await file.text(),
      credentials: 'same-origin',
    });
    const body = (await res.json().catch(() => ({}))) as {
      added?: number;
      errors?: CsvError[];
      error?: { code?: string; message?: string };
    };
    if (res.ok) setState({ kind: 'done', added: body.added ?? 0 });
    else
      setState({
        kind: 'failed',
        message:
          (body.error?.code && errorSentence(body.error.code, locale)) ||
          body.error?.message ||
          t('programme.import.failed', { status: res.status }),
        errors: body.errors ?? [],
      });
  };
  return (
    <div className="pf-import">
      <label className="pf-import-label">
        {t('programme.import.label')}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="import-units"
          disabled={state.kind === 'busy'}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void upload(f);
          }}
        />
      </label>
      {state.kind === 'done' && (
        <p role="status" data-testid="import-result">
          {t('programme.import.done', { count: state.added })}
        </p>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="pf-error" data-testid="import-errors">
          <p>{state.message}</p>
          <ul>
            {state.errors.map((e, i) => (
              <li key={i}>
                {t('programme.import.line', { line: e.line })}
                {e.field ? `, ${e.field}` : ''}: {e.text ? csvErrorText(e.text, locale) : e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
