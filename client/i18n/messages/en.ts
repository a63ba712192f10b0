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
  'editor.textLanguage': 'Text language',
  'editor.textLanguage.hint': 'Mark the paragraph at the cursor as written in another language. The text itself stays as you wrote it.',
  'editor.textLanguage.document': 'Same as the document',
  'documentLanguage.label': 'Language of exports',
  'documentLanguage.hint':
    'Exports use this language for their fixed words: contents, page numbers, sign-off tables and signature blocks. Your own text is never translated.',
  'documentLanguage.saved': 'Exports will now use {language}.',
  'documentLanguage.only': 'Exports use {language} for their fixed words. Only coordinators can change this.',
  'agreement.changedSince': '{what} changed from “{before}” to “{now}” since {partner} signed off.',
  'agreement.library.title': 'Clause library',
  'agreement.library.open': 'Clause library',
  'agreement.library.search': 'Search clauses',
  'agreement.library.mandatory': 'Required',
  'agreement.library.inAgreement': 'In the agreement',
  'agreement.library.noMatch': 'No clause matches this search.',
  'agreement.library.variant': 'Choose a version',
  'agreement.library.preview': 'How the clause reads',
  'agreement.library.insertEnd': 'Add at the end',
  'agreement.library.insertCursor': 'Add after the cursor',
  'agreement.library.close': 'Close',
  'agreement.ref.insert': 'Insert a live value…',
  'agreement.ref.placeCursor': 'Click into a clause’s text first, then choose the value to insert.',
  'agreement.readiness.title': 'Before the agreement can be signed',
  'agreement.readiness.ready': 'Ready for signing: every clause, chapter and signatory is in place.',
  'agreement.readiness.missingClauses': '{count, plural, one {# required clause is missing} other {# required clauses are missing}}',
  'agreement.readiness.noSignatory': 'No signatory named yet',
  'agreement.readiness.addSignatory': 'add one on the Partners page',
  'agreement.readiness.chapters': 'Chapters the agreement rests on: {ready} of {total} agreed and signed off by every partner',
  'agreement.readiness.waitingFor': 'Sign-off of the current text missing from {partners}',
  'agreement.readiness.waitingForAll': 'No partner has signed off the current text yet',
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
