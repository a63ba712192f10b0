import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import { SignJWT } from 'jose';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { spawnChild, type Child } from '../procs.ts';
import { AUTH_SECRET, newDataDir } from '../targets.ts';

/**
 * The "full dossier" of the browser bench: our server as a child process serving the built client,
 * 19 chapters of about 1,500 words each, 100 comment threads and three partners, all made through
 * the server (REST and a sync client), as real people would have produced it.
 */

export const PARTNERS = ['northbridge', 'mar', 'baltic'] as const;
export const CONSORTIUM = 'bench-browser';
const secretKey = new TextEncoder().encode(AUTH_SECRET);

export interface BenchServer {
  child: Child;
  url: string;
  wsUrl: string;
}

/** Our server on a fresh data folder, sending `dist/` or, given `clientDir`, another build. */
export async function startServer(clientDir?: string): Promise<BenchServer> {
  const child = await spawnChild({
    name: clientDir ? 'Jointly server (baseline build)' : 'Jointly server',
    args: ['--import', 'tsx', 'server/start.ts'],
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: newDataDir(),
      AUTH_SECRET,
      DEMO: '0',
      SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      ...(clientDir ? { CLIENT_DIR: clientDir } : {}),
    },
    ready: /JOINTLY_LISTENING (\d+)/,
  });
  return { child, url: `http://127.0.0.1:${child.port}`, wsUrl: `ws://127.0.0.1:${child.port}/sync` };
}

/** Person n (0-based) works for partner n % 3; person 0 is the coordinator. */
export function personToken(n: number): Promise<string> {
  return new SignJWT({
    name: `Bench Person ${n}`,
    consortium: CONSORTIUM,
    partner: PARTNERS[n % PARTNERS.length],
    role: n === 0 ? 'coordinator' : 'editor',
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`bench-person-${n}`)
    .setExpirationTime('2h')
    .sign(secretKey);
}

async function rest(server: BenchServer, token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export interface SyncPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export async function connectPeer(server: BenchServer, person: number): Promise<SyncPeer> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, `${CONSORTIUM}/dossier`, doc, {
    params: { token: await personToken(person) },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sync peer did not sync')), 20_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider, destroy: () => (provider.destroy(), doc.destroy()) };
}

export function chapters(doc: Y.Doc): Y.XmlElement[] {
  return doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'chapter');
}

const WORDS = (
  'programme partners learning outcomes credits assessment quality assurance stackable micro-credential ' +
  'consortium curriculum workload recognition ECTS digital literacy module learners mobility agreement ' +
  'governance evaluation feedback accreditation pathway employability skills competences tutors online ' +
  'blended portfolio the of and to in for with on by each a shared joint institutions students review'
).split(' ');

/** Deterministic prose: the same dossier every run. */
function prose(words: number, seed: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ') + '.';
}

/** A new paragraph holding `text`, appended to the end of a chapter. */
function appendParagraph(chapter: Y.XmlElement, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  chapter.insert(chapter.length, [paragraph]);
  return content;
}

export interface FullDossier {
  /** Characters of chapter text written. */
  chars: number;
  words: number;
  threads: number;
}

/** Provisions the consortium and its three partners, writes every chapter, then opens 100 threads. */
export async function buildFullDossier(server: BenchServer, options = { wordsPerChapter: 1500, threads: 100 }): Promise<FullDossier> {
  const tokens = await Promise.all(PARTNERS.map((_, n) => personToken(n)));
  for (const token of tokens) await rest(server, token, 'GET', '/api/me');
  const writer = await connectPeer(server, 0);
  const anchors: { chapter: string; text: Y.XmlText }[] = [];
  let chars = 0;
  let words = 0;
  try {
    chapters(writer.doc).forEach((chapter, c) => {
      // One transaction (one update) per chapter, as ~10 paragraphs of 150 words.
      writer.doc.transact(() => {
        for (let p = 0; p * 150 < options.wordsPerChapter; p++) {
          const text = prose(150, c * 100 + p);
          chars += text.length;
          words += 150;
          anchors.push({ chapter: String(chapter.getAttribute('key')), text: appendParagraph(chapter, text) });
        }
      });
    });
    await waitStored(server, writer);
    for (let t = 0; t < options.threads; t++) {
      const { chapter, text } = anchors[(t * 7) % anchors.length]!;
      const index = 10 + ((t * 13) % 60);
      const from = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index, 0));
      const to = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index + 12, -1));
      const quote = text.toString().slice(index, index + 12);
      await rest(server, tokens[t % tokens.length]!, 'POST', `/api/consortia/${CONSORTIUM}/threads`, {
        chapter,
        anchor: { from, to },
        quote,
        text: `Comment ${t}: should we reword this?`,
      });
    }
  } finally {
    writer.destroy();
  }
  return { chars, words, threads: options.threads };
}

/** What `peer` wrote is stored once a fresh peer, synced from the server, holds the same state. */
async function waitStored(server: BenchServer, peer: SyncPeer): Promise<void> {
  const want = Buffer.from(Y.encodeStateVector(peer.doc));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const probe = await connectPeer(server, 1);
    const same = Buffer.compare(Buffer.from(Y.encodeStateVector(probe.doc)), want) === 0;
    probe.destroy();
    if (same) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the full dossier did not reach the server');
}
