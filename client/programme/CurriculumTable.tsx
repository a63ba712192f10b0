import { useMemo, useState } from 'react';
import type { ProgrammeReport } from '../../shared/programme/blocks.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';
import type { Unit } from '../../shared/programme/fields.ts';
import { assessmentLabel, unitKindLabel } from '../../shared/i18n/content/programmeFields.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT, type Translate } from '../i18n/useT.ts';
import { coverageMatrix, curriculumTotals } from '../../shared/programme/curriculumStats.ts';
import { revealBlock } from './insertBlocks.ts';

type SortKey = 'code' | 'title' | 'partners' | 'ects' | 'hours' | 'eqf' | 'kind' | 'assessment';
const columns = (t: Translate): [SortKey, string][] => [
  ['code', t('programme.col.code')],
  ['title', t('programme.col.title')],
  ['partners', t('programme.col.partners')],
  ['ects', 'ECTS'],
  ['hours', t('programme.col.hours')],
  ['eqf', 'EQF'],
  ['kind', t('programme.col.kind')],
  ['assessment', t('programme.col.assessment')],
];

function sortValue(u: Unit, key: SortKey, name: (id: string) => string): string | number {
  if (key === 'partners') return u.partners.map(name).join(', ');
  if (key === 'ects' || key === 'hours' || key === 'eqf') return u[key] ?? -1;
  return u[key] ?? '';
}

/** Every unit in one sortable table, with totals, each partner's share of the ECTS and the outcome × unit matrix. */
export function CurriculumTable({ report, partners }: { report: ProgrammeReport; partners: PartnerRef[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const name = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const units = useMemo(() => {
    if (!sort) return report.units;
    return [...report.units].sort((a, b) => {
      const x = sortValue(a, sort.key, name),
        y = sortValue(b, sort.key, name);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sort.dir;
    });
  }, [report.units, sort]); // eslint-disable-line react-hooks/exhaustive-deps
  const totals = curriculumTotals(report.units, partners);
  const matrix = coverageMatrix(report.programme, report.units);
  const toggle = (key: SortKey) => setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));

  if (report.units.length === 0) return <p className="pf-empty">{t('programme.table.empty')}</p>;
  return (
    <div className="pf-table-wrap" data-testid="curriculum-table">
      <table className="pf-table">
        <thead>
          <tr>
            {columns(t).map(([key, label]) => (
              <th key={key} aria-sort={sort?.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => toggle(key)}>
                  {label}
                  {sort?.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} onClick={() => revealBlock(u.id, 'title')}>
              <td>{u.code}</td>
              <td>{u.title}</td>
              <td>{u.partners.map(name).join(', ')}</td>
              <td className="num">{u.ects ?? ''}</td>
              <td className="num">{u.hours ?? ''}</td>
              <td className="num">{u.eqf ?? ''}</td>
              <td>{unitKindLabel(u.kind, locale)}</td>
              <td>{u.assessment ? assessmentLabel(u.assessment, locale) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>{t('programme.table.total', { count: report.units.length })}</th>
            <td className="num" data-testid="total-ects">
              {totals.ects}
            </td>
            <td className="num">{totals.hours}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
      <h4>{t('programme.table.shares')}</h4>
      <ul className="pf-shares" data-testid="partner-shares">
        {totals.shares.map((s) => (
          <li key={s.partnerId}>
            <span>{s.name}</span>
            <span className="pf-bar">
              <span style={{ width: `${Math.round(s.share * 100)}%` }} />
            </span>
            <span className="num">
              {s.ects} ECTS ({Math.round(s.share * 100)}%)
            </span>
          </li>
        ))}
      </ul>
      {matrix.length > 0 && (
        <>
          <h4>{t('programme.table.matrix')}</h4>
          <table className="pf-table pf-matrix" data-testid="coverage-matrix">
            <thead>
              <tr>
                <th />
                {report.units.map((u) => (
                  <th key={u.id} title={u.title}>
                    {u.code || u.title.slice(0, 8) || '?'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.map((row) => (
                <tr key={row.outcome.id} className={row.cells.some(Boolean) ? '' : 'uncovered'}>
                  <th title={row.outcome.text}>{row.outcome.id}</th>
                  {row.cells.map((on, i) => (
                    <td key={report.units[i]!.id} className="center">
                      {on ? '●' : ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
