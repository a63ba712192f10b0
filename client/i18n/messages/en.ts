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
  'a11y.skipToText': 'Skip to the text',
  'a11y.skipToContent': 'Skip to content',
  'a11y.editorLabel': 'Dossier text',
  'a11y.joined': '{name} ({partner}) joined',
  'a11y.left': '{name} ({partner}) left',
  'a11y.commentHighlight': 'Commented by {author}: {text}',
  'a11y.commentButton': 'Comment on the selected text (Ctrl+Alt+M)',
  'a11y.signoff.signed': 'signed off',
  'a11y.signoff.stale': 'signed off, but the text changed since',
  'a11y.signoff.pending': 'not signed off yet',
} as const;

export type MessageId = keyof typeof en;
/** Messages as the app reads them: every key of the English source. */
export type Messages = Record<MessageId, string>;
/**
 * A translation: keys of the English source only (a key English no longer has is a type error).
 * A missing key falls back to English at run time; `test/unit/i18nMessages.test.ts` fails on one.
 */
export type Translation = Partial<Messages>;
