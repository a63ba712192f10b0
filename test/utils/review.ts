/**
 * Helpers for the comment / workflow / sign-off tests: a REST caller with bearer tokens, a crew of
 * people in one consortium, and plain-Yjs access to the dossier's chapters (no editor involved).
 */
import * as Y from 'yjs';
import { connectClientWith, type SyncClient } from './syncClient.ts';
import type { Role } from '../../shared/roles.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { TestServer } from './testServer.ts';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: { code: string; message: string } };
}

/** One REST call as a script would make it: `Authorization: Bearer <token>`, JSON in and out. */
export async function rest<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Reply<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Reply<T>['body'] };
}

export interface Member {
  userId: string;
  name: string;
  partnerId: string;
  role: Role;
  token: string;
  /** REST call as this person, on the consortium's API (`path` relative to /api/consortia/<id>). */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<Reply<T>>;
}

/**
 * Mints tokens for people of one consortium and makes each of them a member (GET /api/me provisions
 * the consortium, the partner and the membership on first use), so that mentions find their names.
 */
export async function crew<K extends string>(
  ts: TestServer,
  consortiumId: string,
  people: Record<K, { userId: string; name: string; partnerId: string; role: Role }>,
): Promise<Record<K, Member>> {
  const out = {} as Record<K, Member>;
  for (const key of Object.keys(people) as K[]) {
    const p = people[key];
    const token = await ts.token({ ...p, consortiumId });
    const me = await rest(ts.server.url, 'GET', '/api/me', token);
    if (me.status !== 200) throw new Error(`could not provision ${p.userId}: ${me.status} ${JSON.stringify(me.body)}`);
    out[key] = {
      ...p,
      token,
      call: (method, path, body) => rest(ts.server.url, method, `/api/consortia/${consortiumId}${path}`, token, body),
    };
  }
  return out;
}

/** One person of each role, each from their own partner: the cast most REST and room tests need. */
export const FOUR_ROLES = {
  coord: { userId: 'anna', name: 'Anna de Vries', partnerId: 'pa', role: 'coordinator' as Role },
  editor: { userId: 'jordi', name: 'Jordi Puig', partnerId: 'pb', role: 'editor' as Role },
  commenter: { userId: 'quinn', name: 'Quinn QA', partnerId: 'pc', role: 'commenter' as Role },
  viewer: { userId: 'viktor', name: 'Viktor Lind', partnerId: 'pd', role: 'viewer' as Role },
};
export type FourRoles = Record<keyof typeof FOUR_ROLES, Member>;

/** A fresh consortium with the four roles provisioned as members. */
export async function fourRoleConsortium(ts: TestServer, label: string): Promise<{ cid: string; p: FourRoles }> {
  const cid = freshConsortiumId(label);
  return { cid, p: await crew(ts, cid, FOUR_ROLES) };
}

let consortiumCounter = 0;
/** A consortium id nobody used yet (ids: lowercase letters, digits and dashes). */
export const freshConsortiumId = (label: string) => `${label}-${Date.now().toString(36)}-${consortiumCounter++}`;

/** The `chapter` element of the dossier with this key. */
export function chapterElement(doc: Y.Doc, key: string): Y.XmlElement {
  for (const child of doc.getXmlFragment(DOSSIER_FRAGMENT).toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === 'chapter' && child.getAttribute('key') === key) return child;
  }
  throw new Error(`no chapter ${key} in the dossier`);
}

/** The paragraphs of a chapter's own text (the template gives each prompt heading one paragraph). */
export function paragraphsOf(doc: Y.Doc, key: string): Y.XmlElement[] {
  return chapterElement(doc, key)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
}

/**
 * The Y.XmlText holding the n-th paragraph's text, created as y-prosemirror would when someone
 * first types into the (empty) paragraph.
 */
export function paragraphText(doc: Y.Doc, key: string, n = 0): Y.XmlText {
  const paragraph = paragraphsOf(doc, key)[n];
  if (!paragraph) throw new Error(`chapter ${key} has no paragraph ${n}`);
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** The n-th paragraph's plain text, without changing anything ('' while it has no text yet). */
export function readParagraph(doc: Y.Doc, key: string, n = 0): string {
  const first = paragraphsOf(doc, key)[n]?.get(0);
  return first instanceof Y.XmlText ? plainText(first) : '';
}

/** Inserts text into the n-th paragraph at `index` (default: its end), in one transaction (one sync update). */
export function writeParagraph(doc: Y.Doc, key: string, n: number, text: string, index?: number): void {
  doc.transact(() => {
    const t = paragraphText(doc, key, n);
    t.insert(index ?? t.length, text);
  });
}

/** The characters of a Y.XmlText, without formatting (XmlText.toString() renders marks as tags). */
export function plainText(text: Y.XmlText | Y.Text): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/**
 * connectClient (test/utils/syncClient.ts) with a fixed Yjs client id: Yjs orders concurrent inserts
 * at the same place by client id, so seeded concurrent tests replay exactly. (The id must be set
 * before the provider is built: its awareness takes the doc's id at construction.)
 */
export function connectWithClientId(serverUrl: string, room: string, token: string, clientID: number): SyncClient {
  return connectClientWith(serverUrl, room, token, { clientID });
}
