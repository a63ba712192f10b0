import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

const POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const withScripts = (hashes: string[]) => [...POLICY, ["script-src 'self'", ...hashes].join(' ')].join('; ');

/** Policies by file, for the version of the file they were worked out from. */
const known = new Map<string, { stamp: string; policy: string }>();

/**
 * The Content-Security-Policy for one of the build's HTML pages: scripts from this origin, plus
 * exactly the inline scripts that page holds (a bare `<script>` tag, as the build writes them),
 * allowed by their hash. index.html carries one: it sets off the dossier's text while the HTML is
 * read. Anything injected later has another hash and is refused. Worked out once per version of
 * the file, since a deploy may replace it under a running server.
 */
export function pagePolicy(file: string): string {
  try {
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    const cached = known.get(file);
    if (cached?.stamp === stamp) return cached.policy;
    const html = readFileSync(file, 'utf8');
    const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, body]) =>
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
    );
    const policy = withScripts(hashes);
    known.set(file, { stamp, policy });
    return policy;
  } catch {
    // Replaced while being served: no inline script runs, and the page's own script does its work.
    return withScripts([]);
  }
}
