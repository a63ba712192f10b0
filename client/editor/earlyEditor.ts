import type { Editor } from '@tiptap/core';
import type { CollabSession } from '../collab/session.ts';
import type { EditorAccess } from './dossierEditorOptions.ts';

/** An editor made before React for a session, with the access object its attributes read. */
export interface EarlyEditor {
  session: CollabSession;
  editor: Editor;
  access: EditorAccess;
}

const offered = new WeakMap<CollabSession, EarlyEditor>();
const claimed = new WeakSet<CollabSession>();

/** Whether the page has already taken over this session's editor (then none may be made early any more). */
export function editorClaimed(session: CollabSession): boolean {
  return claimed.has(session);
}

/** Leaves an editor for the page; false (and the caller destroys it) if the page came first. */
export function offerEarlyEditor(early: EarlyEditor): boolean {
  if (claimed.has(early.session)) return false;
  offered.set(early.session, early);
  return true;
}

/**
 * The editor made early for this session, if any. From the first call on, no editor is made early
 * for it any more, so the page never ends up with two. Calling it again gives the same answer.
 */
export function claimEarlyEditor(session: CollabSession): EarlyEditor | undefined {
  claimed.add(session);
  return offered.get(session);
}
