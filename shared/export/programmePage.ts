/**
 * The programme page: one standalone, accessible HTML file (inline CSS, no scripts, no outside
 * resources) that partners put on their websites, in the consortium's document language (its `lang`
 * says so, for screen readers and search engines). Every value is escaped.
 */
import { programmeExportLabels, type ProgrammeExportLabels } from '../i18n/content/programmeExportLabels.ts';
import { escapeHtml } from './html.ts';
import type { ExportModel } from './model.ts';
import { programmeSummary, type ProgrammeSummary } from './programmeSummary.ts';

const STYLE = `body{font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #d1d9e0;padding-bottom:.25rem}
.kicker{color:#59636e;margin:0}.titles{color:#59636e;margin:.25rem 0}.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:1.25rem 0;padding:0}
.facts div{background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:.6rem .8rem}.facts dt{font-size:.85rem;color:#59636e}.facts dd{margin:0;font-weight:600}
table{border-collapse:collapse;width:100%}caption{text-align:left;color:#59636e;padding-bottom:.25rem}th,td{border-bottom:1px solid #d1d9e0;padding:.45rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}td.num,td.code{text-align:right;white-space:nowrap}td.code{text-align:left}a{color:#0b57d0}a:focus{outline:3px solid #0b57d0;outline-offset:2px}
@media print{a{color:inherit}}`;

const esc = escapeHtml;
const paras = (lines: string[]) => lines.map((l) => `<p>${esc(l)}</p>`).join('');

function factsList(s: ProgrammeSummary, L: ProgrammeExportLabels): string {
  const f = s.facts;
  const P = L.page;
  const items: [string, string][] = [];
  if (f?.totalEcts !== null && f?.totalEcts !== undefined) items.push([P.credits, `${f.totalEcts} ${P.ects}`]);
  if (f?.eqf) items.push([P.level, `${L.eqf} ${f.eqf}`]);
  if (f?.languages.trim()) items.push([P.language, f.languages.trim()]);
  if (s.mode) items.push([P.mode, s.mode]);
  if (f?.programmeType.trim()) items.push([P.type, f.programmeType.trim()]);
  if (items.length === 0) return '';
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}

function unitsTable(s: ProgrammeSummary, P: ProgrammeExportLabels['page']): string {
  if (s.units.length === 0) return '';
  const rows = s.units
    .map(
      (u) =>
        `<tr><td class="code">${esc(u.code)}</td><th scope="row">${esc(u.title || P.untitledUnit)}</th><td class="num">${u.ects ?? '—'}</td><td>${esc(u.kind === 'elective' ? P.elective : P.compulsory)}</td><td>${esc(u.partners.join(', ') || '—')}</td></tr>`,
    )
    .join('');
  const head = [P.code, P.unit, P.ects, P.kind, P.taughtBy].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  return `<h2 id="units">${esc(P.units)}</h2><table><caption>${esc(P.unitsCaption)}</caption>
<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderProgrammePage(model: ExportModel): string {
  const L = programmeExportLabels(model.language);
  const P = L.page;
  const s = programmeSummary(model);
  const f = s.facts;
  const admission = [...(f?.prerequisites.trim() ? [f.prerequisites.trim()] : []), ...s.admission];
  const sections = [
    s.audience.length ? `<h2 id="audience">${esc(P.audience)}</h2>${paras(s.audience)}` : '',
    s.outcomes.length ? `<h2 id="outcomes">${esc(P.outcomes)}</h2><ul>${s.outcomes.map((o) => `<li>${esc(o)}</li>`).join('')}</ul>` : '',
    unitsTable(s, P),
    admission.length ? `<h2 id="admission">${esc(P.admission)}</h2>${paras(admission)}` : '',
    s.fees.length ? `<h2 id="fees">${esc(P.fees)}</h2>${paras(s.fees)}` : '',
    s.awardingBodies.length
      ? `<h2 id="awarded-by">${esc(P.awardedBy)}</h2><ul>${s.awardingBodies.map((b) => `<li>${esc(b.legalName || b.name)}${b.country ? `, ${esc(b.country)}` : ''}</li>`).join('')}</ul>`
      : '',
    s.link ? `<h2 id="more">${esc(P.more)}</h2><p><a href="${esc(s.link)}">${esc(s.link)}</a></p>` : '',
  ].join('\n');
  const others = s.otherTitles.map((t) => `<span lang="${esc(t.lang)}">${esc(t.text)}</span>`).join(' · ');
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(s.title)}</title><style>${STYLE}</style></head><body><main>
<header><p class="kicker">${esc(s.consortiumName)}</p><h1>${esc(s.title)}</h1>${others ? `<p class="titles">${others}</p>` : ''}${factsList(s, L)}</header>
${sections}
</main></body></html>`;
}
