import type { Plugin, Rollup } from 'vite';
import { ID_PATTERN } from '../shared/names.ts';
import { DOSSIER_ADDRESS, dossierStateUrl } from '../client/boot/dossierAddress.ts';

/**
 * Adds a small inline script to the head of index.html that, on a dossier's address, sets off the
 * document's state and the code that opens it while the HTML is still being read. Left to the first
 * script, both waited for that script to arrive and run (35-70 ms into a load), and the code that
 * opens the text was only found one import later.
 *
 * The list of files is the text-first module's chunk and every chunk it imports, read from the
 * finished bundle, so it never goes stale.
 */
export function dossierHead(): Plugin {
  return {
    name: 'jointly-dossier-head',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return;
        const files = textFirstChunks(ctx.bundle, ctx.chunk?.fileName);
        if (!files.length) throw new Error('dossierHead: the chunk of client/boot/dossierFirst.ts is not in the bundle');
        // After the charset (it must come in the first 1024 bytes) and before any stylesheet: a
        // classic script placed after a stylesheet waits for it.
        if (!html.includes('</title>')) throw new Error('dossierHead: index.html has no <title>');
        return html.replace('</title>', `</title>\n    <script>${inlineScript(files.map((f) => `/${f}`))}</script>`);
      },
    },
  };
}

function textFirstChunks(bundle: Rollup.OutputBundle, entry: string | undefined): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId?.endsWith('/client/boot/dossierFirst.ts'));
  if (!start) return [];
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    // The entry is loading already; its own imports are in the page's head as modulepreload links.
    if (seen.has(name) || name === entry) return;
    seen.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  visit(start.fileName);
  return [...seen];
}

/** Plain script, no module: it runs as soon as the parser reaches it, before any file has arrived. */
function inlineScript(files: string[]): string {
  return `(function () {
  var id = (${DOSSIER_ADDRESS}.exec(location.pathname) || [])[1];
  if (!id || !${ID_PATTERN}.test(id)) return;
  window.__jointlyDossierState = fetch(${JSON.stringify(dossierStateUrl('ID'))}.replace('ID', id))
    .then(function (res) { return res.ok ? res.arrayBuffer() : undefined; })
    .catch(function () { return undefined; });
  ${JSON.stringify(files)}.forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  });
})();`;
}
