import { api } from '../api.ts';
import type { Decision, DecisionField } from '../../shared/decisions.ts';

const base = (id: string) => `/api/consortia/${id}/decisions`;

/** The decision commands (docs/API.md); the result reaches every page through the discussion document. */
export const decisionsApi = {
  update: (consortiumId: string, key: string, change: Partial<Pick<Decision, DecisionField>>) =>
    api<{ decision: Decision }>(`${base(consortiumId)}/${key}`, { method: 'PATCH', body: JSON.stringify(change) }),
  add: (consortiumId: string, chapter: string, title: string) =>
    api<{ decision: Decision }>(base(consortiumId), { method: 'POST', body: JSON.stringify({ chapter, title }) }),
};
