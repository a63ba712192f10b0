import { DocumentName } from './names.ts';

export const ROLES = ['coordinator', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who may write each document. Everyone who is a member may read every document. */
const WRITERS: Record<DocumentName, readonly Role[]> = {
  dossier: ['coordinator', 'editor'],
  discussion: ['coordinator', 'editor', 'commenter'],
};

export function canWrite(role: Role, document: DocumentName): boolean {
  return WRITERS[document].includes(role);
}

export const ROLE_LABEL: Record<Role, string> = {
  coordinator: 'Coordinator',
  editor: 'Editor',
  commenter: 'Commenter',
  viewer: 'Viewer',
};
