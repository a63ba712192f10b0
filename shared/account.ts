/** Request and response shapes of accounts, sign-in and sessions (docs/API.md, "Accounts and sign-in"). */
import { z } from './zod.ts';
import type { Membership } from './api.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';

const email = () => z.string().trim().pipe(z.email('Please enter an e-mail address, like name@university.eu.').max(254));

/** Where a sign-in may send the browser afterwards: a path of ours, never another site ("//evil", "/\\evil"). */
export const safeReturnPath = (path: string | null | undefined): string | null =>
  path && /^\/(?![/\\])[\x21-\x7e]*$/.test(path) && path.length <= 300 ? path : null;

/**
 * Ask for a sign-in link (or, signed in, a link that confirms an address for the account); `next`:
 * where the link brings the person back to (a page of this site, such as the invitation they were on).
 */
export const EmailRequest = z.object({
  email: email(),
  next: z
    .string()
    .refine((path) => safeReturnPath(path) !== null, 'The page to return to must be a page of this site.')
    .optional(),
});

/** The code of an e-mailed link, posted by the page the link opens. */
export const UseSignInLink = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This sign-in link is incomplete: open it again from the e-mail.'),
});

export interface SessionInfo {
  /** The session's handle for ending it (a hash: it cannot sign anyone in). */
  id: string;
  /** "Chrome on Linux", from the User-Agent at sign-in. */
  device: string;
  createdAt: string;
  lastSeenAt: string;
  /** The session of the request that asked. */
  current: boolean;
}

export const NOTIFY_CHOICES = ['immediately', 'daily', 'none'] as const;
/** How a person wants e-mail notifications: each one as it happens, one digest a day, or none. */
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number];

export const NotifySettings = z.object({ notifications: z.enum(NOTIFY_CHOICES, 'Choose immediately, daily or none.') });

/** The interface language to keep with the account. */
export const LocaleSetting = z.object({ locale: z.enum(LOCALES, `Choose one of the interface languages: ${LOCALES.join(', ')}.`) });

export interface AccountResponse {
  /** `locale`: the interface language the person chose, or null (the browser's language decides). */
  account: { id: string; name: string; email: string | null; locale: Locale | null };
  /** The person's choice, and whether this server sends notifications at all (SMTP configured). */
  notifications: { choice: NotifyChoice; available: boolean };
  /** The institution's single sign-on, when the server has one: its name, and whether this account is linked to it. */
  sso: { name: string; linked: boolean } | null;
  sessions: SessionInfo[];
  memberships: Membership[];
}

/** Where the browser goes after using a link: the consortium it is signed into, or the start page. */
export interface SignedIn {
  next: string;
}

/** Which sign-in methods this server offers (the sign-in and join pages show their buttons). */
export interface SignInMethods {
  /** Single sign-on, with the words of its button; null when not configured. */
  sso: { name: string } | null;
  passkeys: boolean;
}

/** A passkey as the account page lists it. */
export interface PasskeyInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A WebAuthn answer from the browser (@simplewebauthn/browser's JSON): checked by the server's verifier, only its outline here. */
export const WebAuthnAnswer = z.object({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(8192) }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.string().optional(),
});

export const AddPasskey = z.object({ answer: WebAuthnAnswer });
export const PasskeySignIn = z.object({ answer: WebAuthnAnswer });
