import type { DecisionCount } from '../../shared/decisions.ts';
import type { Consortium } from '../api.ts';
import { useT } from '../i18n/useT.ts';

/** The overview's card of decisions still to take, per owner partner (and those nobody owns yet). */
export function DecisionsByPartner({ consortium, byPartner }: { consortium: Consortium; byPartner: Map<string, DecisionCount> }) {
  const t = useT();
  const rows = [
    ...consortium.partners.map((p) => ({ id: p.id, name: p.name })),
    // Owners no longer in the consortium still count, under their id.
    ...[...byPartner.keys()].filter((id) => id && !consortium.partners.some((p) => p.id === id)).map((id) => ({ id, name: id })),
    { id: '', name: t('decisions.byPartner.noOwner') },
  ];
  return (
    <section className="dash-card dash-decisions">
      <h2>{t('decisions.byPartner.title')}</h2>
      <table className="chapters-table" data-testid="decisions-by-partner">
        <thead>
          <tr>
            <th>{t('decisions.byPartner.owner')}</th>
            <th>{t('decisions.byPartner.open')}</th>
            <th>{t('decisions.byPartner.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = byPartner.get(r.id) ?? { open: 0, overdue: 0 };
            return (
              <tr key={r.id || 'none'} data-testid={`decisions-partner-${r.id || 'none'}`}>
                <td className={r.id ? '' : 'muted'}>{r.name}</td>
                <td className="num" data-testid="open">
                  {c.open}
                </td>
                <td className={`num${c.overdue ? ' overdue' : ''}`} data-testid="overdue">
                  {c.overdue}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted legend">{t('decisions.byPartner.legend')}</p>
    </section>
  );
}
