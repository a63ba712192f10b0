/**
 * Typed calls for every REST endpoint in docs/API.md. Request and response shapes come from
 * shared/api.ts (type-only imports: the zod schemas themselves stay on the server).
 */
import type { z } from 'zod';
import { errorSentence } from '../shared/i18n/content/errors.ts';
import { SIGNED_OUT_ANSWER } from '../shared/names.ts';
import { pageLocale } from './i18n/pageLocale.ts';
import { forgetOfflineAnswers, withOfflineFallback } from './offline.ts';
import type {
  AcceptInvite,
  Consortium as ConsortiumShape,
  CreateConsortium,
  CreateInvite,
  ErrorBody,
  Invite,
  InvitePreview,
  Member,
  MeResponse,
  Membership,
  SignedOutAnswer,
  Partner as PartnerShape,
  PartnerInput,
  PartnerPatch,
  UpdateConsortium,
  UpdateMember,
} from '../shared/api.ts';

export type Identity = MeResponse['identity'];
export type Partner = PartnerShape;
export type Consortium = ConsortiumShape;
export type { Invite, InvitePreview, Member, MeResponse, Membership };

/** Request bodies as the client sends them (fields with server-side defaults may be left out). */
export type CreateConsortiumBody = z.input<typeof CreateConsortium>;
export type PartnerBody = z.input<typeof PartnerInput>;
export type PartnerPatchBody = z.input<typeof PartnerPatch>;
export type UpdateConsortiumBody = z.input<typeof UpdateConsortium>;
export type UpdateMemberBody = z.input<typeof UpdateMember>;
export type CreateInviteBody = z.input<typeof CreateInvite>;
export type AcceptInviteBody = z.input<typeof AcceptInvite>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorBody['error']['code'],
    message: string,
    /** Validation details as the server sent them (zod issues, flattened or tree form). */
    readonly details?: ErrorBody['error']['details'],
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
    // Anything may answer an error (a proxy's HTML page, an empty body): read ErrorBody's fields only where they are there.
    const err = (body as Partial<ErrorBody> | null)?.error as Partial<ErrorBody['error']> | undefined;
    const code = err?.code ?? 'error';
    // The server writes English for scripts; people read the sentence for the code in their own language.
    const locale = pageLocale();
    const translated = locale === 'en' ? undefined : errorSentence(code, locale);
    throw new ApiError(response.status, code, translated ?? err?.message ?? `Request failed (${response.status}).`, err?.details);
  }
  return body as T;
}

const send = (method: string, body?: unknown): RequestInit => ({ method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const seg = (value: string) => encodeURIComponent(value);

// Session

let sessionInFlight: Promise<MeResponse> | undefined;
/**
 * The signed-in person and every consortium they belong to. Callers asking while a request is on
 * its way share it (a page and its language provider both ask at start).
 */
export const fetchSession = () =>
  (sessionInFlight ??= withOfflineFallback('me', () =>
    api<MeResponse | SignedOutAnswer>(`/api/me?${SIGNED_OUT_ANSWER}`).then((r): MeResponse => {
      // Nobody signed in is an answer, not a failed request (which the console would show); callers still see it as the 401 it is.
      if (r.identity === null) throw new ApiError(r.refused.status, r.refused.code, r.refused.message);
      return { identity: r.identity, memberships: r.memberships ?? [], locale: r.locale ?? null };
    }),
  ).finally(() => {
    sessionInFlight = undefined;
  }));
export const fetchMe = () => fetchSession().then((r) => r.identity);
export const switchConsortium = (consortiumId: string) =>
  api<{ identity: Identity }>('/api/session/switch', send('POST', { consortiumId })).then((r) => r.identity);
export const signOut = () => api<{ ok: boolean }>('/api/session', send('DELETE')).finally(forgetOfflineAnswers);

// Consortia

export const createConsortium = (body: CreateConsortiumBody) =>
  api<{ consortium: Consortium; identity: Identity }>('/api/consortia', send('POST', body));
export const fetchConsortium = (id: string) =>
  withOfflineFallback(`consortium:${id}`, () => api<{ consortium: Consortium }>(`/api/consortia/${seg(id)}`).then((r) => r.consortium));
export const updateConsortium = (id: string, body: UpdateConsortiumBody) =>
  api<{ consortium: Consortium }>(`/api/consortia/${seg(id)}`, send('PATCH', body)).then((r) => r.consortium);

// Partners

export const addPartner = (consortiumId: string, body: PartnerBody) =>
  api<{ partner: Partner }>(`/api/consortia/${seg(consortiumId)}/partners`, send('POST', body)).then((r) => r.partner);
export const updatePartner = (consortiumId: string, partnerId: string, body: PartnerPatchBody) =>
  api<{ partner: Partner }>(`/api/consortia/${seg(consortiumId)}/partners/${seg(partnerId)}`, send('PATCH', body)).then((r) => r.partner);
export const removePartner = (consortiumId: string, partnerId: string) =>
  api<{ ok: boolean }>(`/api/consortia/${seg(consortiumId)}/partners/${seg(partnerId)}`, send('DELETE'));

// Members

export const fetchMembers = (consortiumId: string) =>
  api<{ members: Member[] }>(`/api/consortia/${seg(consortiumId)}/members`).then((r) => r.members);
export const updateMember = (consortiumId: string, userId: string, body: UpdateMemberBody) =>
  api<{ member: Member }>(`/api/consortia/${seg(consortiumId)}/members/${seg(userId)}`, send('PATCH', body)).then((r) => r.member);
export const removeMember = (consortiumId: string, userId: string) =>
  api<{ ok: boolean }>(`/api/consortia/${seg(consortiumId)}/members/${seg(userId)}`, send('DELETE'));
/** The member `userId` is a duplicate of `into`: merge them (docs/API.md). Answers the kept member. */
export const mergeMember = (consortiumId: string, userId: string, into: string) =>
  api<{ member: Member }>(`/api/consortia/${seg(consortiumId)}/members/${seg(userId)}/merge`, send('POST', { into })).then((r) => r.member);

// Invites

export const fetchInvites = (consortiumId: string) =>
  api<{ invites: Invite[] }>(`/api/consortia/${seg(consortiumId)}/invites`).then((r) => r.invites);
export const createInvite = (consortiumId: string, body: CreateInviteBody) =>
  api<{ invite: Invite; url: string }>(`/api/consortia/${seg(consortiumId)}/invites`, send('POST', body));
export const revokeInvite = (consortiumId: string, inviteId: string) =>
  api<{ invite: Invite }>(`/api/consortia/${seg(consortiumId)}/invites/${seg(inviteId)}`, send('DELETE')).then((r) => r.invite);
export const fetchInvitePreview = (code: string) => api<{ invite: InvitePreview }>(`/api/invites/${seg(code)}`).then((r) => r.invite);
export const acceptInvite = (code: string, body: AcceptInviteBody) =>
  api<{ identity: Identity }>(`/api/invites/${seg(code)}/accept`, send('POST', body)).then((r) => r.identity);

// Errors

export interface ErrorReport {
  /** The server's sentence for the whole request. */
  message: string;
  /** First message per field, keyed by dotted path ("partner.country"). */
  fields: Record<string, string>;
}

/**
 * Turns whatever the server put in `error.details` into one message per field. Accepts zod issues
 * (`[{ path, message }]` with `path` an array or a dotted string, or `{ issues }`), `z.flattenError` (`{ formErrors, fieldErrors }`) and
 * `z.treeifyError` (`{ errors, properties, items }`) output.
 */
export function describeError(error: unknown): ErrorReport {
  const message = error instanceof Error ? error.message : String(error);
  const fields: Record<string, string> = {};
  const put = (path: string, text: unknown) => {
    if (typeof text === 'string' && text && !(path in fields)) fields[path] = text;
  };
  const walk = (details: unknown, prefix: string[]): void => {
    if (!details || typeof details !== 'object') return;
    if (Array.isArray(details)) {
      for (const issue of details) {
        if (issue && typeof issue === 'object' && 'message' in issue) {
          const raw = (issue as { path?: unknown }).path;
          const path = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' && raw ? raw.split('.') : [];
          put([...prefix, ...path].join('.'), (issue as { message: unknown }).message);
        }
      }
      return;
    }
    const d = details as Record<string, unknown>;
    if (Array.isArray(d.issues)) walk(d.issues, prefix);
    if (Array.isArray(d.formErrors)) put(prefix.join('.'), d.formErrors[0]);
    if (d.fieldErrors && typeof d.fieldErrors === 'object') {
      for (const [key, value] of Object.entries(d.fieldErrors as Record<string, unknown>)) {
        if (Array.isArray(value)) put([...prefix, key].join('.'), value[0]);
        else walk(value, [...prefix, key]);
      }
    }
    if (Array.isArray(d.errors)) put(prefix.join('.'), d.errors[0]);
    if (d.properties && typeof d.properties === 'object') {
      for (const [key, value] of Object.entries(d.properties as Record<string, unknown>)) walk(value, [...prefix, key]);
    }
    if (Array.isArray(d.items)) d.items.forEach((value, i) => walk(value, [...prefix, String(i)]));
  };
  if (error instanceof ApiError) walk(error.details, []);
  return { message, fields };
}
