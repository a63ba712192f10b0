import { openSession, type CollabSession, type SessionOptions } from './session.ts';

/**
 * Sessions opened from the address alone (the dossier's by its early start, boot/dossierFirst.ts), so the documents
 * travel while the page is still asking who is signed in and drawing itself. Before this, the
 * dossier's socket opened only after that question and the first render (about 300 ms into a load,
 * then a round trip and the whole document), one step after the other.
 *
 * The page takes the session over once it knows the person (`takeSession`); if it never does (a
 * consortium this person is not in, a failed sign-in check), it drops them (`dropEarlySessions`).
 * A socket opened early carries the same cookie, so the server checks it exactly like a later one.
 */
const early = new Map<string, CollabSession>();

const keyOf = (consortiumId: string, documentName: string) => `${consortiumId}/${documentName}`;

export function openEarly(consortiumId: string, documentName: string): void {
  const key = keyOf(consortiumId, documentName);
  if (!early.has(key)) early.set(key, openSession(consortiumId, documentName, { canWrite: false, provisional: true }));
}

/** The session opened early for this document, if it is still waiting for its page. */
export function earlySession(consortiumId: string, documentName: string): CollabSession | undefined {
  return early.get(keyOf(consortiumId, documentName));
}

/** The session opened early for this document, now with these options, or a new one. */
export function takeSession(consortiumId: string, documentName: string, options: SessionOptions): CollabSession {
  const key = keyOf(consortiumId, documentName);
  const session = early.get(key);
  if (!session) return openSession(consortiumId, documentName, options);
  early.delete(key);
  session.setOptions(options);
  return session;
}

export function dropEarlySessions(): void {
  for (const session of early.values()) session.destroy();
  early.clear();
}
