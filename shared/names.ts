/** Consortium ids and document names (a contract, see docs/ARCHITECTURE.md, "Contracts"). Checked before any storage is touched. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Path prefix of the sync endpoint: ws://host/sync/<consortiumId>/<documentName>. */
export const SYNC_PATH = '/sync';

/** The query of `GET /api/me` that answers "nobody is signed in" with a 200 (SignedOutAnswer in api.ts). */
export const SIGNED_OUT_ANSWER = 'signedOut=answer';

/** The documents a consortium has, and who may write each (see shared/roles.ts). */
export const DocumentName = {
  /** The chapter text. */
  dossier: 'dossier',
  /** Threads, sign-offs and chapter workflow: the data commenters may write. */
  discussion: 'discussion',
} as const;
export type DocumentName = (typeof DocumentName)[keyof typeof DocumentName];

const KNOWN_DOCUMENTS = new Set<string>(Object.values(DocumentName));
export function isKnownDocument(name: string): name is DocumentName {
  return KNOWN_DOCUMENTS.has(name);
}

/** Name of the Y.XmlFragment that holds the dossier's ProseMirror content. Client and server share it. */
export const DOSSIER_FRAGMENT = 'content';

export interface RoomAddress {
  consortiumId: string;
  documentName: string;
}

export type ParsedRoom = { ok: true; room: RoomAddress } | { ok: false; reason: 'malformed' | 'unknown-document' };

/**
 * Parses the path of a sync request (`/sync/<consortiumId>/<documentName>`, query string already removed).
 * Anything but exactly two well-formed segments is malformed; no decoding is done, so `%2e%2e` stays invalid.
 */
export function parseSyncPath(pathname: string): ParsedRoom {
  if (!pathname.startsWith(SYNC_PATH + '/')) return { ok: false, reason: 'malformed' };
  const parts = pathname.slice(SYNC_PATH.length + 1).split('/');
  if (parts.length !== 2) return { ok: false, reason: 'malformed' };
  const [consortiumId, documentName] = parts as [string, string];
  if (!isValidId(consortiumId) || !isValidId(documentName)) return { ok: false, reason: 'malformed' };
  if (!isKnownDocument(documentName)) return { ok: false, reason: 'unknown-document' };
  return { ok: true, room: { consortiumId, documentName } };
}

export function roomKey(room: RoomAddress): string {
  return `${room.consortiumId}/${room.documentName}`;
}
