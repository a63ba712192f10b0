import { api, ApiError, fetchMembers, type Member } from '../api.ts';
import type { ErrorBody } from '../../shared/api.ts';

const base = (id: string) => `/api/consortia/${encodeURIComponent(id)}`;
const post = (body?: unknown) => ({ method: 'POST', body: JSON.stringify(body ?? {}) });

/** Members are read once per page for the approval forms (who may approve for which partner). */
const membersOnce = new Map<string, Promise<Member[]>>();

export const executionApi = {
  members: (consortiumId: string) => {
    let found = membersOnce.get(consortiumId);
    if (!found) {
      found = fetchMembers(consortiumId).catch(() => []);
      membersOnce.set(consortiumId, found);
    }
    return found;
  },
  setApprover: (consortiumId: string, userId: string, approvesFor: string | null) => {
    membersOnce.delete(consortiumId);
    return api<{ member: Member }>(`${base(consortiumId)}/members/${encodeURIComponent(userId)}/approver`, {
      method: 'PUT',
      body: JSON.stringify({ approvesFor }),
    });
  },
  recordApproval: (consortiumId: string, chapter: string, body: { partnerId: string; body: string; date: string; reference: string }) =>
    api(`${base(consortiumId)}/chapters/${chapter}/approvals`, post(body)),
  withdrawApproval: (consortiumId: string, chapter: string, partnerId: string) =>
    api(`${base(consortiumId)}/chapters/${chapter}/approvals/${encodeURIComponent(partnerId)}`, { method: 'DELETE' }),
  execute: (consortiumId: string, despiteOpenPoints = false) =>
    api(`${base(consortiumId)}/agreement/executions`, post(despiteOpenPoints ? { despiteOpenPoints } : {})),
  amend: (consortiumId: string) => api(`${base(consortiumId)}/agreement/amendment`, post()),
  documentUrl: (consortiumId: string, number: number, format: 'docx' | 'pdf') =>
    `${base(consortiumId)}/agreement/executions/${number}/document?format=${format}`,
  signedCopyUrl: (consortiumId: string, number: number, partnerId: string) =>
    `${base(consortiumId)}/agreement/executions/${number}/signatures/${encodeURIComponent(partnerId)}`,
  /** Sends the PDF as the raw body, the signature date and signatory in the query. */
  async uploadSignedCopy(
    consortiumId: string,
    number: number,
    partnerId: string,
    details: { signedOn: string; signatoryName: string },
    file: File,
  ) {
    const query = new URLSearchParams(details).toString();
    const response = await fetch(`${executionApi.signedCopyUrl(consortiumId, number, partnerId)}?${query}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/pdf' },
      body: file,
    });
    if (!response.ok) {
      const err = ((await response.json().catch(() => ({}))) as Partial<ErrorBody>).error;
      throw new ApiError(response.status, err?.code ?? 'error', err?.message ?? `Upload failed (${response.status}).`, err?.details);
    }
  },
};
