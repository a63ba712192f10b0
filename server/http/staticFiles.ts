import { closeSync, createReadStream, existsSync, fstatSync, openSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { HttpError } from './errors.ts';
import { pagePolicy } from './pagePolicy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const gone = () => new HttpError('not-found', 'This file is not (or no longer) here. Reload the page.');

/** Serves the built client from `root`; unknown paths get index.html so client-side routes work. */
export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  const file = normalize(join(root, decoded));
  const inside = file.startsWith(root + sep);
  const isFile = inside && existsSync(file) && statSync(file).isFile();
  // A missing built asset is an error, not the app's page: a tab left open across a deploy asks for
  // chunks of the release it started with, and HTML in their place fails with a misleading type error.
  if (!isFile && decoded.startsWith('/assets/')) throw gone();
  const target = isFile ? file : join(root, 'index.html');
  if (!existsSync(target)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built yet. Run `npm run build` (npm start does this for you).');
    return;
  }
  // Hashed build output never changes under its name; everything else (index.html, sw.js) is revalidated.
  const immutable = target.includes(`${sep}assets${sep}`);
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  const encoding = COMPRESSIBLE.has(extname(target)) ? precompressed(target, res.req.headers['accept-encoding']) : undefined;
  const body = encoding ? `${target}${encoding.suffix}` : target;
  // Opened once and streamed from the open file: a rebuild or deploy replacing `dist/` under a running
  // server made the stream fail to open after the headers were sent, and an unhandled stream error
  // stopped the whole server. Now a vanished file is a 404 (thrown to the caller's error answer),
  // and a read error ends only this response.
  let fd: number;
  try {
    fd = openSync(body, 'r');
  } catch {
    throw gone();
  }
  let size: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw gone();
    size = stat.size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(COMPRESSIBLE.has(extname(target)) ? { vary: 'Accept-Encoding' } : {}),
    ...(encoding ? { 'content-encoding': encoding.name } : {}),
    ...(target.endsWith('.html') ? { 'content-security-policy': pagePolicy(target), 'referrer-policy': 'same-origin' } : {}),
  });
  createReadStream('', { fd })
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Text files the build also writes as `.br` and `.gz` (vite.config.ts), so nothing is compressed per request. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The best precompressed sibling the client accepts (brotli first: smaller), or undefined for the file itself. */
function precompressed(file: string, acceptEncoding: string | string[] | undefined): (typeof ENCODINGS)[number] | undefined {
  const accepted = acceptedEncodings(Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? ''));
  return ENCODINGS.find((e) => accepted.has(e.name) && existsSync(file + e.suffix));
}

/** Names in an Accept-Encoding header whose quality is above zero (`*` stands for both of ours). */
export function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let any = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (!name) continue;
    if (q !== undefined && Number(q) === 0) refused.add(name);
    else if (name === '*') any = true;
    else accepted.add(name);
  }
  // `*` accepts whatever was not named with q=0.
  if (any && !refused.has('*')) for (const e of ENCODINGS) if (!refused.has(e.name)) accepted.add(e.name);
  return accepted;
}
