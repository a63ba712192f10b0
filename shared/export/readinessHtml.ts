/**
 * The Annex I readiness report as one standalone HTML file (inline CSS, no scripts). Each verdict
 * is a coloured light and a word, so colour is never the only signal.
 */
import { escapeHtml } from './html.ts';
import type { ExportModel } from './model.ts';
import {
  fixHref,
  linkLabel,
  statusText,
  statusTone,
  type ReadinessItem,
  type ReadinessReport,
  type ReadinessSection,
} from './readinessTypes.ts';

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2rem}.muted{color:#59636e}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.light{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.4rem;vertical-align:-.05rem;border:1px solid #0002}
.green{background:#1a7f37}.red{background:#cf222e}.amber{background:#bf8700}.status{white-space:nowrap;font-weight:600}
.summary{padding:.75rem 1rem;border-radius:6px;background:#f6f8fa;border:1px solid #d1d9e0}`;

function itemRow(consortiumId: string, item: ReadinessItem): string {
  const fix =
    item.status === 'ready'
      ? ''
      : item.fromProgramme
        ? 'See the programme above'
        : `${escapeHtml(item.fix.charAt(0).toUpperCase() + item.fix.slice(1))}: <a href="${escapeHtml(fixHref(consortiumId, item.link))}">${escapeHtml(linkLabel(item))}</a>`;
  return `<tr><td>${escapeHtml(item.name.charAt(0).toUpperCase() + item.name.slice(1))}${item.mandatory ? '' : ' <span class="muted">(optional)</span>'}</td><td class="status"><span class="light ${statusTone(item)}" aria-hidden="true"></span>${escapeHtml(statusText(item))}${item.fromProgramme ? ' <span class="muted">(from the programme)</span>' : ''}</td><td>${fix}</td></tr>`;
}

function section(consortiumId: string, s: ReadinessSection, heading: string): string {
  return `<section><h2>${escapeHtml(heading)}</h2><table><thead><tr><th scope="col">Annex I element</th><th scope="col">Status</th><th scope="col">Where to fix it</th></tr></thead><tbody>${s.items.map((i) => itemRow(consortiumId, i)).join('')}</tbody></table></section>`;
}

export function renderReadinessHtml(report: ReadinessReport, model: ExportModel): string {
  const id = model.consortium.id;
  const missing = report.mandatoryMissing;
  const summary =
    missing === 0
      ? 'The programme describes all 11 mandatory Annex I elements.'
      : `${missing} of the 11 mandatory Annex I elements ${missing === 1 ? 'is' : 'are'} still missing for the programme.`;
  const gaps = report.elmGaps.length
    ? `<ul>${report.elmGaps.map((g) => `<li><strong>${escapeHtml(g.label)}</strong>: ${escapeHtml(g.message)} <a href="${escapeHtml(fixHref(id, g.link))}">Fix it</a></li>`).join('')}</ul>`
    : '<p>Nothing: the Europass description carries every value it needs.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`Annex I readiness – ${report.programme.label}`)}</title><style>${STYLE}</style></head><body>
<header><div class="muted">${escapeHtml(model.consortium.name)}</div><h1>Annex I readiness</h1><p>${escapeHtml(report.programme.label)}</p>
<p class="summary">${escapeHtml(summary)}</p>
<p class="muted">The 11 mandatory and 5 optional standard elements of the Council Recommendation on micro-credentials (2022), for the programme and for each unit. Generated ${escapeHtml(model.generatedAt.slice(0, 10))}.</p></header>
<main>${section(id, report.programme, 'The programme')}${report.units.map((u) => section(id, u, `Unit: ${u.label}`)).join('')}
<section><h2>What the Europass (ELM) description still needs</h2>${gaps}</section></main></body></html>`;
}
