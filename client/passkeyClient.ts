/**
 * Passkey ceremonies in the browser. @simplewebauthn/browser is imported only when a person presses
 * a passkey button (the account and sign-in pages), so it never weighs on the dossier page.
 */
import type { PasskeyInfo, SignedIn } from '../shared/account.ts';
import { api } from './api.ts';
import type { Translate } from './i18n/useT.ts';

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const webauthn = () => import('@simplewebauthn/browser');

/** Whether this browser can use passkeys at all (old browsers, some embedded views cannot). */
export const passkeysSupported = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

/** Creates a passkey on this device for the signed-in account. */
export async function addPasskey(): Promise<PasskeyInfo> {
  const [{ startRegistration }, { options }] = await Promise.all([
    webauthn(),
    api<{ options: never }>('/api/account/passkeys/options', post({})),
  ]);
  const answer = await startRegistration({ optionsJSON: options });
  return (await api<{ passkey: PasskeyInfo }>('/api/account/passkeys', post({ answer }))).passkey;
}

/** Signs in with a passkey of this device (the browser lets the person pick one). */
export async function signInWithPasskey(): Promise<SignedIn> {
  const [{ startAuthentication }, { options }] = await Promise.all([
    webauthn(),
    api<{ options: never }>('/api/signin/passkey/options', post({})),
  ]);
  const answer = await startAuthentication({ optionsJSON: options });
  return api<SignedIn>('/api/signin/passkey', post({ answer }));
}

/** Words for a failed ceremony: the browser's own errors are written for developers. */
export function passkeyProblem(error: unknown, t: Translate): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return t('passkey.cancelled');
  if (name === 'InvalidStateError') return t('passkey.alreadyHere');
  if (name === 'SecurityError') return t('passkey.wrongAddress');
  return error instanceof Error ? error.message : String(error);
}
