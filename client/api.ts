import type { Role } from '../shared/roles.ts';

export interface Identity {
  userId: string;
  name: string;
  consortiumId: string;
  partnerId: string;
  role: Role;
}

export interface Partner {
  id: string;
  name: string;
  country: string;
  type: string;
  contactName: string;
  signatoryName: string;
  signatoryRole: string;
}

export interface Consortium {
  id: string;
  name: string;
  programmeTitle: string;
  partners: Partner[];
  createdAt: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const err = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiError(response.status, err?.code ?? 'error', err?.message ?? `Request failed (${response.status}).`);
  }
  return body as T;
}

export const fetchMe = () => api<{ identity: Identity }>('/api/me').then((r) => r.identity);
export const fetchConsortium = (id: string) => api<{ consortium: Consortium }>(`/api/consortia/${id}`).then((r) => r.consortium);
