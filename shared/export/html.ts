import type { JSONContent } from '@tiptap/core';
import { clauseNumbers, formatDate, inlineRuns, type Run, versionLine } from './inline.ts';
import type { ExportChapter, ExportModel } from './model.ts';
import { collectsSignOffs } from '../discussion.ts';
import { exportLabels } from '../i18n/content/exportLabels.ts';
import { isLanguageTag } from '../i18n/languageTags.ts';

/** Every piece of text passes through here: nothing from the dossier can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function runHtml(run: Run): string {
  if (run.break) return '<br>';
  let html = escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.strike) html = `<s>${html}</s>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer">${html}</a>`;
  return html;
}

const inline = (node: JSONContent) => inlineRuns(node).map(runHtml).join('');

/** ` lang="de"` for a block its authors marked as written in another language. */
function langAttr(node: JSONContent): string {
  const lang = node.attrs?.lang;
  return typeof lang === 'string' && isLanguageTag(lang) ? ` lang="${lang}"` : '';
}

function blockHtml(node: JSONContent, numbers?: Map<JSONContent, string>): string {
  const children = (n: JSONContent) => (n.content ?? []).map((c) => blockHtml(c)).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p${langAttr(node)}>${inline(node)}</p>`;
    case 'heading': {
      const tag = Number(node.attrs?.level) >= 4 ? 'h4' : 'h3';
      const n = numbers?.get(node);
      return `<${tag}${langAttr(node)}>${n ? `<span class="clause">${escapeHtml(n)}</span> ` : ''}${inline(node)}</${tag}>`;
    }
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>${children(node)}</ol>`;
    }
    case 'listItem':
      return `<li${langAttr(node)}>${children(node)}</li>`;
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml((node.content ?? []).map((t) => t.text ?? '').join(''))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'table': {
      const rows = node.content ?? [];
      const isHeader = (row: JSONContent) => (row.content ?? []).every((c) => c.type === 'tableHeader');
      const head = rows[0] && isHeader(rows[0]) ? rows[0] : undefined;
      const cells = (row: JSONContent) =>
        (row.content ?? []).map((c) => (c.type === 'tableHeader' ? `<th>${children(c)}</th>` : `<td>${children(c)}</td>`)).join('');
      const body = (head ? rows.slice(1) : rows).map((r) => `<tr>${cells(r)}</tr>`).join('');
      return `<table>${head ? `<thead><tr>${cells(head)}</tr></thead>` : ''}<tbody>${body}</tbody></table>`;
    }
    default:
      return '';
  }
}

function chapterHtml(model: ExportModel, c: ExportChapter): string {
  const L = exportLabels(model.language);
  const numbers = c.agreement ? clauseNumbers(c.blocks) : undefined;
  const facts = [
    `${L.status}: ${c.statusLabel}`,
    c.lead && `${L.lead}: ${c.lead}`,
    c.due && `${L.due}: ${formatDate(c.due, model.language)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts = [
    `<section class="chapter" id="chapter-${c.key}">`,
    `<h2>${c.number}. ${escapeHtml(c.title)}</h2>`,
    `<p class="facts">${escapeHtml(facts)}</p>`,
  ];
  parts.push(...c.blocks.map((b) => blockHtml(b, numbers)));
  if (c.agreement) {
    parts.push(`<h3>${escapeHtml(L.signatures)}</h3><div class="signatures">`);
    for (const p of model.consortium.partners) {
      parts.push(
        `<div class="signature"><strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(p.signatoryName || '—')}, ${escapeHtml(p.signatoryRole || '—')}` +
          `<div class="line">${escapeHtml(L.signature)}</div><div class="line">${escapeHtml(L.date)}</div></div>`,
      );
    }
    parts.push('</div>');
  }
  if (c.signoffs.length > 0 || collectsSignOffs(c.status)) {
    const approvals = c.approvals.length > 0;
    parts.push(
      `<h3>${escapeHtml(L.signOff)}</h3><table class="signoff"><thead><tr>${[
        L.partner,
        L.signedBy,
        L.date,
        L.status,
        ...(approvals ? [L.approval] : []),
      ]
        .map((h) => `<th>${escapeHtml(h)}</th>`)
        .join('')}</tr></thead><tbody>`,
    );
    for (const p of model.consortium.partners) {
      const s = c.signoffs.find((x) => x.partnerId === p.id);
      const status = escapeHtml(s ? (s.current ? L.signed : L.changedSince) : L.notSigned);
      const approval = approvals ? `<td>${escapeHtml(c.approvals.find((a) => a.partnerId === p.id)?.text ?? '')}</td>` : '';
      parts.push(
        `<tr><td>${escapeHtml(p.name)}</td><td>${s ? escapeHtml(s.name) : ''}</td><td>${s ? formatDate(s.date, model.language) : ''}</td><td>${status}</td>${approval}</tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2933;max-width:780px;margin:40px auto;padding:0 24px;line-height:1.55}
.title{border-bottom:2px solid #1d4ed8;padding-bottom:24px;margin-bottom:32px}.title h1{font-size:32px;margin:8px 0}.muted,.facts{color:#52606d}
h2{color:#1e3a8a;margin-top:48px;border-bottom:1px solid #e4e7eb;padding-bottom:6px}h3,h4{color:#1e3a8a}
table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border:1px solid #cbd2d9;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f1f5f9}
blockquote{border-left:3px solid #cbd2d9;margin:12px 0;padding-left:14px;color:#52606d}pre{background:#f5f6f8;padding:10px;overflow:auto}
.signatures{display:grid;grid-template-columns:1fr 1fr;gap:24px}.signature .line{border-bottom:1px solid #52606d;height:36px;color:#7b8794;font-size:12px;display:flex;align-items:flex-end}
.clause{color:#52606d}@media print{h2{break-before:page}}`;

/** A standalone HTML file (styles inline, no scripts, no external resources). */
export function renderHtml(model: ExportModel): string {
  const L = exportLabels(model.language);
  const partners = model.consortium.partners
    .map((p) => `<li>${escapeHtml(p.name)}${p.country ? ` (${escapeHtml(p.country)})` : ''}</li>`)
    .join('');
  const toc = model.whole
    ? `<nav><h2>${escapeHtml(L.contents)}</h2><ol>${model.chapters.map((c) => `<li><a href="#chapter-${c.key}">${escapeHtml(c.title)}</a></li>`).join('')}</ol></nav>`
    : '';
  const comments = model.comments
    ? `<section class="appendix"><h2>${escapeHtml(L.commentsAppendix)}</h2>${
        model.comments.length === 0 ? `<p>${escapeHtml(L.noComments)}</p>` : ''
      }${model.comments
        .map(
          (t) =>
            `<h3>${escapeHtml(t.chapterTitle)}: “${escapeHtml(t.quote)}”</h3><ul>${t.messages
              .map(
                (m) =>
                  `<li><strong>${escapeHtml(m.author)}</strong> (${escapeHtml(m.partnerName)}, ${formatDate(m.date, model.language)}): ${escapeHtml(m.text)}</li>`,
              )
              .join('')}</ul>`,
        )
        .join('')}</section>`
    : '';
  return `<!doctype html>
<html lang="${model.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${model.title} – ${model.consortium.name}`)}</title><style>${STYLE}</style></head>
<body>
<header class="title"><div class="muted">${escapeHtml(model.consortium.name)}</div><h1>${escapeHtml(model.title)}</h1>
${model.consortium.programmeTitle ? `<p>${escapeHtml(model.consortium.programmeTitle)}</p>` : ''}<ul>${partners}</ul>
<p>${escapeHtml(versionLine(model))} <small class="muted">· ${escapeHtml(L.ref)} ${escapeHtml(model.version)}</small></p></header>
${toc}
${model.chapters.map((c) => chapterHtml(model, c)).join('\n')}
${comments}
</body></html>
`;
}
