import { api } from '../api.ts';
import type { ChapterWorkflow, ThreadMeta } from '../../shared/discussion.ts';

const base = (id: string) => `/api/consortia/${id}`;
const post = (body?: unknown) => ({ method: 'POST', body: JSON.stringify(body ?? {}) });

export const discussionApi = {
  createThread: (id: string, body: { chapter: string; anchor: ThreadMeta['anchor']; quote: string; text: string }) =>
    api<{ threadId: string }>(`${base(id)}/threads`, post(body)),
  reply: (id: string, thread: string, text: string) => api(`${base(id)}/threads/${thread}/messages`, post({ text })),
  edit: (id: string, thread: string, message: string, text: string) =>
    api(`${base(id)}/threads/${thread}/messages/${message}`, { method: 'PATCH', body: JSON.stringify({ text }) }),
  remove: (id: string, thread: string, message: string) => api(`${base(id)}/threads/${thread}/messages/${message}`, { method: 'DELETE' }),
  resolve: (id: string, thread: string, resolved: boolean) => api(`${base(id)}/threads/${thread}/resolve`, post({ resolved })),
  markRead: (id: string, thread: string) => api(`${base(id)}/threads/${thread}/read`, post()),
  updateChapter: (id: string, chapter: string, change: Partial<ChapterWorkflow> & { reason?: string }) =>
    api(`${base(id)}/chapters/${chapter}`, { method: 'PATCH', body: JSON.stringify(change) }),
  signOff: (id: string, chapter: string) => api(`${base(id)}/chapters/${chapter}/signoff`, post()),
  withdraw: (id: string, chapter: string) => api(`${base(id)}/chapters/${chapter}/signoff`, { method: 'DELETE' }),
};
