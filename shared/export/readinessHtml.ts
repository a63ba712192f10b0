/**
 * The Annex I readiness report as one standalone HTML file (inline CSS, no scripts), in the
 * consortium's document language, with absolute links back into the app. Each verdict is a coloured
 * light and a word, so colour is never the only signal.
 */
import { escapeHtml } from './html.ts';
import type { ExportModel } from './model.ts';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  fixHref,
  linkWordId,
  statusTone,
  statusWordId,
  type FixLink,
  type ReadinessItem,
  type ReadinessReport,
  type ReadinessSection,
} from './readinessTypes.ts';
import { capitalize, checkText } from '../i18n/content/programmeChecks.ts';
import { elmGapLabel, elmGapText } from '../i18n/content/elmGapTexts.ts';
import { READINESS_MESSAGES_EN, type ReadinessMessageId } from '../i18n/content/readinessMessages.ts';
import { contentPack } from '../i18n/content/contentPack.ts';
import { formatDateIn } from '../i18n/content/exportLabels.ts';
import type { Locale } from '../i18n/locales.ts';
import { annexNameKey } from '../programme/annexRules.ts';

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2rem}.muted{color:#59636e}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.light{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.4rem;vertical-align:-.05rem;border:1px solid #0002}
.green{background:#1a7f37}.red{background:#cf222e}.amber{background:#bf8700}.status{white-space:nowrap;font-weight:600}
.summary{padding:.75rem 1rem;border-radius:6px;background:#f6f8fa;border:1px solid #d1d9e0}`;

type Say = (id: ReadinessMessageId, values?: Record<string, string | number>) => string;

/** The report's words in `locale` (ICU messages, the same the readiness page shows). */
function sayer(locale: Locale): Say {
  const cache = new Map<ReadinessMessageId, IntlMessageFormat>();
  return (id, values) => {
    let format = cache.get(id);
    if (!format) cache.set(id, (format = new IntlMessageFormat(contentPack(locale)?.readiness[id] ?? READINESS_MESSAGES_EN[id], locale)));
    return String(format.format(values));
  };
}

const linkWord = (say: Say, item: ReadinessItem) => say(linkWordId(item));
const statusWord = (say: Say, item: ReadinessItem) => say(statusWordId(item));

interface Context {
  say: Say;
  locale: Locale;
  /** Absolute address of a fix in the app: the file is read outside it (downloaded, mailed). */
  href: (link: FixLink) => string;
}

function itemRow(c: Context, item: ReadinessItem): string {
  const fix =
    item.status === 'ready'
      ? ''
      : item.fromProgramme
        ? escapeHtml(c.say('readiness.seeAbove'))
        : `${escapeHtml(capitalize(checkText({ key: item.fixKey }, c.locale)))}: <a href="${escapeHtml(c.href(item.link))}">${escapeHtml(linkWord(c.say, item))}</a>`;
  const name = capitalize(checkText({ key: annexNameKey(item.key) }, c.locale));
  return `<tr><td>${escapeHtml(name)}${item.mandatory ? '' : ` <span class="muted">${escapeHtml(c.say('readiness.optional'))}</span>`}</td><td class="status"><span class="light ${statusTone(item)}" aria-hidden="true"></span>${escapeHtml(statusWord(c.say, item))}${item.fromProgramme ? ` <span class="muted">${escapeHtml(c.say('readiness.fromProgramme'))}</span>` : ''}</td><td>${fix}</td></tr>`;
}

function section(c: Context, s: ReadinessSection, heading: string): string {
  const th = (id: ReadinessMessageId) => `<th scope="col">${escapeHtml(c.say(id))}</th>`;
  return `<section><h2>${escapeHtml(heading)}</h2><table><thead><tr>${th('readiness.col.element')}${th('readiness.col.status')}${th('readiness.col.fix')}</tr></thead><tbody>${s.items.map((i) => itemRow(c, i)).join('')}</tbody></table></section>`;
}

/** `publicUrl`: the app's address (PUBLIC_URL), so the "where to fix it" links work from the downloaded file. */
export function renderReadinessHtml(report: ReadinessReport, model: ExportModel, publicUrl: string): string {
  const id = model.consortium.id;
  const locale = model.language;
  const say = sayer(locale);
  const c: Context = { say, locale, href: (link) => `${publicUrl.replace(/\/$/, '')}${fixHref(id, link)}` };
  const missing = report.mandatoryMissing;
  const untitled = say('readiness.programme');
  const programme = elmGapLabel(report.programme, untitled);
  const summary = missing === 0 ? say('readiness.complete') : say('readiness.missing', { count: missing });
  const gaps = report.elmGaps.length
    ? `<ul>${report.elmGaps.map((g) => `<li><strong>${escapeHtml(elmGapLabel(g, untitled))}</strong>: ${escapeHtml(elmGapText(g.text, locale))} <a href="${escapeHtml(c.href(g.link))}">${escapeHtml(say('readiness.fixIt'))}</a></li>`).join('')}</ul>`
    : `<p>${escapeHtml(say('readiness.elmComplete'))}</p>`;
  // The same date form as every other export ("4 December 2026": British English for `en`).
  const date = formatDateIn(model.generatedAt, locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${say('readiness.title')} – ${programme}`)}</title><style>${STYLE}</style></head><body>
<header><div class="muted">${escapeHtml(model.consortium.name)}</div><h1>${escapeHtml(say('readiness.title'))}</h1><p>${escapeHtml(programme)}</p>
<p class="summary">${escapeHtml(summary)}</p>
<p class="muted">${escapeHtml(say('readiness.lead'))} ${escapeHtml(say('readiness.generated', { date }))}</p></header>
<main>${section(c, report.programme, say('readiness.programme'))}${report.units.map((u) => section(c, u, say('readiness.unit', { label: u.label }))).join('')}
<section><h2>${escapeHtml(say('readiness.elmGaps'))}</h2>${gaps}</section></main></body></html>`;
}
