import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { ConsortiumShell, type ShellContext } from '../components/ConsortiumShell.tsx';
import {
  fixHref,
  linkWordId,
  statusWordId,
  statusTone,
  type ReadinessItem,
  type ReadinessReport,
  type ReadinessSection,
} from '../../shared/export/readinessTypes.ts';
import './readiness.css';
import { useT, type Translate } from '../i18n/useT.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { capitalize, checkText } from '../../shared/i18n/content/programmeChecks.ts';
import { elmGapLabel, elmGapText } from '../../shared/i18n/content/elmGapTexts.ts';
import { annexNameKey } from '../../shared/programme/annexRules.ts';

const statusWord = (t: Translate, item: ReadinessItem) => t(statusWordId(item));
const linkWord = (t: Translate, item: ReadinessItem) => t(linkWordId(item));

/** /c/<id>/readiness: the Annex I elements, for the programme and each unit, with where to fix what is missing. */
export function ReadinessPage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="readiness">
      {(ctx) => <Readiness ctx={ctx} />}
    </ConsortiumShell>
  );
}

function Readiness({ ctx }: { ctx: ShellContext }) {
  const t = useT();
  const { locale } = useLocale();
  const id = ctx.consortium.id;
  const [report, setReport] = useState<ReadinessReport>();
  const [error, setError] = useState('');
  useEffect(() => {
    api<ReadinessReport>(`/api/consortia/${encodeURIComponent(id)}/readiness`).then(setReport, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [id]);

  const missing = report?.mandatoryMissing ?? 0;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('readiness.title')}</h1>
          <p className="page-lead">{t('readiness.lead')}</p>
        </div>
        <a className="button" href={`/api/consortia/${encodeURIComponent(id)}/export?format=readiness-html`} download>
          {t('readiness.download')}
        </a>
      </div>
      {error && <p role="alert">{t('readiness.error', { error })}</p>}
      {!report && !error && <p className="soft">{t('readiness.loading')}</p>}
      {report && (
        <>
          <p className="readiness-summary" data-testid="readiness-summary">
            {missing === 0 ? t('readiness.complete') : t('readiness.missing', { count: missing })}
          </p>
          <Section consortiumId={id} section={report.programme} heading={t('readiness.programme')} />
          {report.units.map((u) => (
            <Section key={u.id} consortiumId={id} section={u} heading={t('readiness.unit', { label: u.label })} />
          ))}
          <section className="card section-card readiness-section" aria-labelledby="elm-gaps">
            <h2 id="elm-gaps">{t('readiness.elmGaps')}</h2>
            {report.elmGaps.length === 0 ? (
              <p>{t('readiness.elmComplete')}</p>
            ) : (
              <ul className="readiness-gaps" data-testid="elm-gaps">
                {report.elmGaps.map((g, i) => (
                  <li key={i}>
                    <strong>{elmGapLabel(g, t('readiness.programme'))}</strong>: {elmGapText(g.text, locale)}{' '}
                    <a href={fixHref(id, g.link)}>{t('readiness.fixIt')}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function Section({ consortiumId, section, heading }: { consortiumId: string; section: ReadinessSection; heading: string }) {
  const t = useT();
  const headingId = `readiness-${section.id}`;
  return (
    <section className="card section-card readiness-section" aria-labelledby={headingId} data-testid={`readiness-${section.id}`}>
      <h2 id={headingId}>{heading}</h2>
      <table className="readiness-table">
        <thead>
          <tr>
            <th scope="col">{t('readiness.col.element')}</th>
            <th scope="col">{t('readiness.col.status')}</th>
            <th scope="col">{t('readiness.col.fix')}</th>
          </tr>
        </thead>
        <tbody>
          {section.items.map((item) => (
            <Row key={item.key} consortiumId={consortiumId} item={item} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Row({ consortiumId, item }: { consortiumId: string; item: ReadinessItem }) {
  const t = useT();
  const { locale } = useLocale();
  const name = capitalize(checkText({ key: annexNameKey(item.key) }, locale));
  return (
    <tr data-element={item.key} data-status={item.status}>
      <th scope="row">
        {name}
        {!item.mandatory && <span className="soft"> {t('readiness.optional')}</span>}
      </th>
      <td className="readiness-status">
        <span className={`light light-${statusTone(item)}`} aria-hidden="true" />
        {statusWord(t, item)}
        {item.fromProgramme && <span className="soft"> {t('readiness.fromProgramme')}</span>}
      </td>
      <td>
        {item.status === 'missing' &&
          (item.fromProgramme ? (
            <span className="soft">{t('readiness.seeAbove')}</span>
          ) : (
            <>
              {capitalize(checkText({ key: item.fixKey }, locale))}: <a href={fixHref(consortiumId, item.link)}>{linkWord(t, item)}</a>
            </>
          ))}
      </td>
    </tr>
  );
}
