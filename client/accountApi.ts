/** Typed calls for accounts, e-mailed sign-in links and sessions (docs/API.md, "Accounts and sign-in"). */
import type { AccountResponse, NotifyChoice, PasskeyInfo, SignedIn, SignInMethods } from '../shared/account.ts';
import type { Locale } from '../shared/i18n/locales.ts';
import { api } from './api.ts';

export type { AccountResponse, PasskeyInfo, SessionInfo, SignInMethods } from '../shared/account.ts';

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** `next`: the page of this site the link brings the person back to (else their consortium). */
export const askSignInLink = (email: string, next?: string) =>
  api<{ ok: boolean; mailed: boolean }>('/api/signin/email', post({ email, next }));
export const useSignInLink = (code: string) => api<SignedIn>('/api/signin/email/use', post({ code }));
export const fetchAccount = () => api<AccountResponse>('/api/account');
export const confirmEmail = (email: string) => api<{ ok: boolean }>('/api/account/email', post({ email }));
export const endSession = (id: string) => api<{ ok: boolean }>(`/api/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const endAllSessions = () => api<{ ended: number }>('/api/account/sessions', { method: 'DELETE' });
export const setNotifications = (notifications: NotifyChoice) =>
  api<{ notifications: NotifyChoice }>('/api/account', { method: 'PATCH', body: JSON.stringify({ notifications }) });

export const setAccountLocale = (locale: Locale) =>
  api<{ locale: Locale }>('/api/account/locale', { method: 'PUT', body: JSON.stringify({ locale }) });

export const fetchSignInMethods = () => api<SignInMethods>('/api/signin/methods');
export const fetchPasskeys = () => api<{ passkeys: PasskeyInfo[] }>('/api/account/passkeys');
export const removePasskey = (id: string) => api<{ ok: boolean }>(`/api/account/passkeys/${encodeURIComponent(id)}`, { method: 'DELETE' });
