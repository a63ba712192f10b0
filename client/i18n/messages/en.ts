/**
 * The interface's words in English: the source every other language translates, key for key.
 * Keys are `<area>.<what>`; values are ICU messages (`{count, plural, one {# chapter} other {# chapters}}`).
 */
export const en = {
  'app.opening': 'Opening Jointly…',
  'app.noConsortium.title': 'No such consortium',
  'app.noConsortium.body': 'This address does not lead to a consortium. Check the link, or open your invitation link again.',
  'app.badInvite.title': 'This invitation link is no longer valid',
  'app.badInvite.body': 'Part of the link seems to be missing or changed. Please ask your coordinator for a new one.',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'Check the link, or open your invitation link again.',
  'signIn.ssoLinkedElsewhere':
    'That institutional account already belongs to another Jointly account, so it was not added to yours. To use it, sign out and sign in with it.',
  'emailLink.or': 'or get a sign-in link by e-mail',
  'emailLink.label': 'The e-mail address of your account',
  'emailLink.hint': 'The link brings you back to this invitation, signed in.',
  'emailLink.send': 'Send me a sign-in link',
  'emailLink.sent':
    'A sign-in link is on its way to {email}. It brings you back to this invitation, signed in, and works once, for a few minutes.',
} as const;

export type MessageId = keyof typeof en;
/** Messages as the app reads them: every key of the English source. */
export type Messages = Record<MessageId, string>;
/**
 * A translation: keys of the English source only (a key English no longer has is a type error).
 * A missing key falls back to English at run time; `test/unit/i18nMessages.test.ts` fails on one.
 */
export type Translation = Partial<Messages>;
