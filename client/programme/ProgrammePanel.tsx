import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { ProgrammeReport } from '../../shared/programme/blocks.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { CurriculumTable } from './CurriculumTable.tsx';
import { insertFacts, insertUnit, revealBlock } from './insertBlocks.ts';
import { useEditable } from './ProgrammeContext.ts';
import { UnitImport } from './UnitImport.tsx';
import { useProgramme } from './useProgramme.ts';
import './programme.css';
import { useT } from '../i18n/useT.ts';

function InsertButtons({ editor, report, consortiumId }: { editor: Editor; report: ProgrammeReport; consortiumId: string }) {
  const editable = useEditable(editor);
  const t = useT();
  if (!editable) return null;
  return (
    <div className="pf-actions">
      {report.programme ? (
        <button type="button" onClick={() => revealBlock(report.programme!.id, 'title')}>
          {t('programme.goToFacts')}
        </button>
      ) : (
        <button type="button" onClick={() => insertFacts(editor)} data-testid="insert-facts">
          {t('programme.addFacts')}
        </button>
      )}
      <button type="button" onClick={() => insertUnit(editor)} data-testid="insert-unit">
        {t('programme.addUnit')}
      </button>
      <UnitImport consortiumId={consortiumId} />
    </div>
  );
}

/** Beside the dossier: the live checks and the curriculum table. The checks run here, so a keystroke re-renders this panel, not the page. */
export function ProgrammePanel({
  editor,
  partners,
  consortiumId,
}: {
  editor: Editor | undefined;
  partners: PartnerRef[];
  consortiumId: string;
}) {
  const report = useProgramme(editor, partners);
  const t = useT();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'checks' | 'table'>('checks');
  const errors = report.checks.filter((c) => c.severity === 'error').length;
  const warnings = report.checks.filter((c) => c.severity === 'warning').length;
  return (
    <>
      <button
        type="button"
        className={`pf-toggle${errors ? ' has-errors' : ''}`}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="programme-toggle"
      >
        {t('programme.toggle.label')} · <span data-testid="error-count">{errors}</span> {t('programme.toggle.errors', { count: errors })} ·{' '}
        {t('programme.toggle.warnings', { count: warnings })}
      </button>
      {open && (
        <aside className="pf-panel" aria-label={t('programme.panel.label')} data-testid="programme-panel">
          <header>
            <div role="tablist">
              <button role="tab" aria-selected={tab === 'checks'} onClick={() => setTab('checks')}>
                {t('programme.tab.checks', { count: report.checks.length })}
              </button>
              <button role="tab" aria-selected={tab === 'table'} onClick={() => setTab('table')} data-testid="tab-table">
                {t('programme.tab.table', { count: report.units.length })}
              </button>
            </div>
            <button type="button" className="pf-close" aria-label={t('programme.close')} onClick={() => setOpen(false)}>
              ×
            </button>
          </header>
          {editor && <InsertButtons editor={editor} report={report} consortiumId={consortiumId} />}
          {tab === 'checks' ? (
            <ChecksPanel checks={report.checks} />
          ) : (
            <>
              <a
                className="pf-download"
                href={`/api/consortia/${encodeURIComponent(consortiumId)}/export?format=csv&chapter=curriculum`}
                download
                data-testid="download-units-csv"
              >
                {t('programme.downloadCsv')}
              </a>
              <CurriculumTable report={report} partners={partners} />
            </>
          )}
        </aside>
      )}
    </>
  );
}
