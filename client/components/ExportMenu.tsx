import { useState } from 'react';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../shared/export/formats.ts';

/**
 * Export as Word, PDF, Markdown or HTML. The server renders from the shared document, so what
 * comes out is what everyone has agreed so far, whether or not anyone else has it open.
 */
export function ExportMenu({ consortiumId, chapter, label = 'Export' }: { consortiumId: string; chapter?: string; label?: string }) {
  const [comments, setComments] = useState(false);
  const href = (format: string) => {
    const q = new URLSearchParams({ format });
    if (chapter) q.set('chapter', chapter);
    if (comments) q.set('comments', '1');
    return `/api/consortia/${consortiumId}/export?${q}`;
  };
  return (
    <details className="export-menu" data-testid={`export-${chapter ?? 'dossier'}`}>
      <summary className="btn btn-small">{label}</summary>
      <div className="export-popover" role="menu">
        {EXPORT_FORMATS.map((f) => (
          <a key={f} role="menuitem" href={href(f)} download data-format={f}>
            {FORMAT_INFO[f].label}
          </a>
        ))}
        <label className="export-option">
          <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} /> Add open comments as an appendix
        </label>
      </div>
    </details>
  );
}
