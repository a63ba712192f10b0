import type { DocumentName } from './names.ts';

export const ROLES = ['coordinator', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Who may write each document over sync. Every member may read every document.
 * The discussion document (threads, workflow, sign-offs) is written only by the server, through
 * REST commands that check each action (commenters comment and sign off there; see docs/API.md).
 */
const WRITERS: Record<DocumentName, readonly Role[]> = {
  dossier: ['coordinator', 'editor'],
  discussion: [],
};

/** Who may comment, reply, resolve and sign off for their own partner (through the REST commands). */
export function canComment(role: Role): boolean {
  return role !== 'viewer';
}

/** Who may change decisions (state, text, owner, due date, thread) and add them: the people who write the dossier. */
export function canDecide(role: Role): boolean {
  return role === 'coordinator' || role === 'editor';
}

export function canWrite(role: Role, document: DocumentName): boolean {
  return WRITERS[document].includes(role);
}

export const ROLE_LABEL: Record<Role, string> = {
  coordinator: 'Coordinator',
  editor: 'Editor',
  commenter: 'Commenter',
  viewer: 'Viewer',
};

/** What each role may do, in one line, for hints next to role pickers. */
export const ROLE_HINT: Record<Role, string> = {
  coordinator: 'Writes the dossier and manages partners, people and invite links.',
  editor: 'Writes and edits the dossier.',
  commenter: 'Reads the dossier, comments and signs off chapters.',
  viewer: 'Reads the dossier.',
};
