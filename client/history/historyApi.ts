import { api } from '../api.ts';
import type { CompareResult, VersionSummary } from '../../shared/history.ts';

const base = (id: string) => `/api/consortia/${encodeURIComponent(id)}/versions`;

/** The history endpoints of docs/API.md ("History"). */
export const historyApi = {
  list: (id: string) => api<{ versions: VersionSummary[] }>(base(id)).then((r) => r.versions),
  name: (id: string, name: string) => api<{ version: VersionSummary }>(base(id), { method: 'POST', body: JSON.stringify({ name }) }),
  compare: (id: string, from: string, to: string, chapter?: string) =>
    api<CompareResult>(`${base(id)}/compare?from=${from}&to=${to}${chapter ? `&chapter=${chapter}` : ''}`),
  restore: (id: string, version: string, chapter: string) =>
    api<{ version: VersionSummary }>(`${base(id)}/${version}/restore`, { method: 'POST', body: JSON.stringify({ chapter }) }),
};
