import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { ConsortiumShell, type ShellContext } from '../components/ConsortiumShell.tsx';
import {
  fixHref,
  linkLabel,
  statusText,
  statusTone,
  type ReadinessItem,
  type ReadinessReport,
  type ReadinessSection,
} from '../../shared/export/readinessTypes.ts';
import './readiness.css';

/** /c/<id>/readiness: the Annex I elements, for the programme and each unit, with where to fix what is missing. */
export function ReadinessPage({ consortiumId }: { consortiumId: string }) {
  return (
    <ConsortiumShell consortiumId={consortiumId} tab="readiness">
      {(ctx) => <Readiness ctx={ctx} />}
    </ConsortiumShell>
  );
}

function Readiness({ ctx }: { ctx: ShellContext }) {
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
          <h1>Annex I readiness</h1>
          <p className="page-lead">
            The 11 mandatory and 5 optional elements that the EU Council Recommendation on micro-credentials asks every micro-credential to
            describe, for the programme and for each unit.
          </p>
        </div>
        <a className="button" href={`/api/consortia/${encodeURIComponent(id)}/export?format=readiness-html`} download>
          Download this report
        </a>
      </div>
      {error && <p role="alert">We could not load the report: {error}</p>}
      {!report && !error && <p className="soft">Loading the report…</p>}
      {report && (
        <>
          <p className="readiness-summary" data-testid="readiness-summary">
            {missing === 0
              ? 'The programme describes all 11 mandatory elements.'
              : `${missing} of the 11 mandatory elements ${missing === 1 ? 'is' : 'are'} still missing for the programme.`}
          </p>
          <Section consortiumId={id} section={report.programme} heading="The programme" />
          {report.units.map((u) => (
            <Section key={u.id} consortiumId={id} section={u} heading={`Unit: ${u.label}`} />
          ))}
          <section className="card section-card readiness-section" aria-labelledby="elm-gaps">
            <h2 id="elm-gaps">What the Europass description still needs</h2>
            {report.elmGaps.length === 0 ? (
              <p>Nothing: the Europass (ELM) export carries every value it needs.</p>
            ) : (
              <ul className="readiness-gaps" data-testid="elm-gaps">
                {report.elmGaps.map((g, i) => (
                  <li key={i}>
                    <strong>{g.label}</strong>: {g.message} <a href={fixHref(id, g.link)}>Fix it</a>
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
  const headingId = `readiness-${section.id}`;
  return (
    <section className="card section-card readiness-section" aria-labelledby={headingId} data-testid={`readiness-${section.id}`}>
      <h2 id={headingId}>{heading}</h2>
      <table className="readiness-table">
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Status</th>
            <th scope="col">Where to fix it</th>
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
  const name = item.name.charAt(0).toUpperCase() + item.name.slice(1);
  return (
    <tr data-element={item.key} data-status={item.status}>
      <th scope="row">
        {name}
        {!item.mandatory && <span className="soft"> (optional)</span>}
      </th>
      <td className="readiness-status">
        <span className={`light light-${statusTone(item)}`} aria-hidden="true" />
        {statusText(item)}
        {item.fromProgramme && <span className="soft"> (from the programme)</span>}
      </td>
      <td>
        {item.status === 'missing' &&
          (item.fromProgramme ? (
            <span className="soft">See the programme above</span>
          ) : (
            <>
              {item.fix.charAt(0).toUpperCase() + item.fix.slice(1)}: <a href={fixHref(consortiumId, item.link)}>{linkLabel(item)}</a>
            </>
          ))}
      </td>
    </tr>
  );
}
