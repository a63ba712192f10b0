import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { EXPORT_FORMATS, PROGRAMME_FORMATS, type ExportFormat } from '../../shared/export/formats.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import { useT } from '../i18n/useT.ts';
import { moveInMenu } from './menuKeys.ts';

/** Each format's name in the menu, in the interface language (the keys written out, so the catalogue test finds them). */
const FORMAT_LABEL: Record<ExportFormat, MessageId> = {
  docx: 'export.format.docx',
  pdf: 'export.format.pdf',
  md: 'export.format.md',
  html: 'export.format.html',
  elm: 'export.format.elm',
  'readiness-html': 'export.format.readiness-html',
  'supplement-docx': 'export.format.supplement-docx',
  'supplement-pdf': 'export.format.supplement-pdf',
  'programme-html': 'export.format.programme-html',
};

/**
 * Export as Word, PDF, Markdown or HTML; for the whole dossier also the programme's outside-world
 * formats (Europass, readiness, supplement, programme page). The server renders from the shared document, so what
 * comes out is what everyone has agreed so far, whether or not anyone else has it open.
 */
export function ExportMenu({ consortiumId, chapter, label }: { consortiumId: string; chapter?: string; label?: string }) {
  const t = useT();
  const [comments, setComments] = useState(false);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const href = (format: string) => {
    const q = new URLSearchParams({ format });
    if (chapter) q.set('chapter', chapter);
    if (comments) q.set('comments', '1');
    return `/api/consortia/${consortiumId}/export?${q}`;
  };
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  /** The menu's items in order (the formats, the comments option, the programme's formats). */
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemcheckbox"]') ?? [])];
  // What a menu does from the keyboard: arrows move between its items, Home and End to the ends,
  // Escape closes it and gives the focus back to its button (it used to drop to the page).
  const onMenuKey = (event: ReactKeyboardEvent) => {
    // Closed, the keys are the page's own (ArrowUp and End scroll it).
    if (!menu.current?.open) return;
    if (moveInMenu(event, items())) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      menu.current.querySelector('summary')?.focus();
    }
  };
  const onButtonKey = (event: ReactKeyboardEvent) => {
    if (event.key !== 'ArrowDown' || !menu.current) return;
    event.preventDefault();
    event.stopPropagation();
    menu.current.open = true;
    items()[0]?.focus();
  };

  // A menu closes when you are done with it: a click elsewhere or Escape. Listened for only while it
  // is open: every chapter has a menu, and forty document listeners ran at every keystroke.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && menu.current?.open) close();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <details
      ref={menu}
      className="export-menu"
      data-testid={`export-${chapter ?? 'dossier'}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={onMenuKey}
    >
      <summary className="btn btn-small" aria-haspopup="menu" onKeyDown={onButtonKey}>
        {label ?? t('export.button')}
      </summary>
      <div className="export-popover" role="menu">
        {EXPORT_FORMATS.map((f) => (
          // The download starts from the link's default action; the menu has done its job.
          <a key={f} role="menuitem" href={href(f)} download data-format={f} onClick={close}>
            {t(FORMAT_LABEL[f])}
          </a>
        ))}
        <label className="export-option">
          <input
            type="checkbox"
            role="menuitemcheckbox"
            aria-checked={comments}
            checked={comments}
            onChange={(e) => setComments(e.target.checked)}
          />{' '}
          {t('export.withComments')}
        </label>
        {!chapter && (
          // The programme described for the outside world: from the programme blocks and partner records, whole dossier only.
          <div className="export-group" role="group" aria-label={t('export.programmeGroup')}>
            <div className="export-group-title">{t('export.programmeGroup')}</div>
            <a role="menuitem" href={`/c/${encodeURIComponent(consortiumId)}/readiness`} onClick={close} data-format="readiness-page">
              {t('export.readinessPage')}
            </a>
            {PROGRAMME_FORMATS.map((f) => (
              <a
                key={f}
                role="menuitem"
                href={`/api/consortia/${consortiumId}/export?format=${f}`}
                download
                data-format={f}
                onClick={close}
              >
                {t(FORMAT_LABEL[f])}
              </a>
            ))}
          </div>
        )}
      </div>
    </details>
  );
}
