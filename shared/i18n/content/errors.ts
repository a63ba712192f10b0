import type { Locale } from '../locales.ts';
import { contentPack } from './contentPack.ts';
import type { ApiErrorCode } from './errorCodes.ts';

export { API_ERROR_CODES, type ApiErrorCode } from './errorCodes.ts';

/**
 * A sentence per error code, for people: the server keeps English in its body for scripts, and the
 * client shows the sentence in the reader's language by `code`.
 */
export const ERROR_SENTENCES_EN: Record<ApiErrorCode, string> = {
  invalid: 'Some of what you entered needs another look.',
  'invalid-csv': 'Some rows of the file could not be read; nothing was added.',
  'bad-parameter': 'Part of the address is not valid.',
  'malformed-json': 'The request could not be read.',
  'bad-format': 'This export format does not exist.',
  'bad-chapter': 'This chapter does not exist.',
  'sso-state': 'The sign-in took too long or was interrupted. Please try again.',
  'unknown-challenge': 'This passkey check has expired. Please try again.',
  unauthenticated: 'Please sign in again.',
  'sso-refused': 'Your organisation’s sign-in did not let you in.',
  'passkey-refused': 'This passkey was not accepted.',
  forbidden: 'You are not allowed to do this.',
  removed: 'You are no longer a member of this consortium.',
  'cross-origin': 'This request came from another site and was refused.',
  'not-found': 'Not found.',
  'unknown-consortium': 'This consortium does not exist.',
  'unknown-partner': 'This partner does not exist.',
  'unknown-member': 'This person is not a member.',
  'unknown-invite': 'This invitation does not exist.',
  'unknown-thread': 'This comment thread does not exist.',
  'unknown-message': 'This message does not exist.',
  'unknown-chapter': 'This chapter does not exist.',
  'unknown-decision': 'This decision does not exist.',
  'unknown-link': 'This sign-in link is not valid.',
  'unknown-session': 'This session has ended.',
  'unknown-version': 'This version does not exist.',
  'unknown-passkey': 'This passkey does not exist.',
  'sso-off': 'Signing in through an organisation is not set up here.',
  'method-not-allowed': 'This action is not possible here.',
  taken: 'This name is taken already.',
  'last-coordinator': 'A consortium needs at least one coordinator.',
  'partner-in-use': 'This partner still has members or open invitations.',
  deleted: 'This message was deleted.',
  'not-in-review': 'Sign-offs open once the chapter is in review.',
  'signoffs-missing': 'Every partner must sign off the current text first.',
  'no-curriculum': 'The dossier has no curriculum chapter to add units to.',
  'invite-expired': 'This invitation has expired.',
  'invite-revoked': 'This invitation was withdrawn.',
  'invite-used-up': 'This invitation has been used as often as allowed.',
  'link-used': 'This sign-in link was used already.',
  'link-expired': 'This sign-in link has expired.',
  'too-large': 'This is larger than allowed.',
  'unsupported-media-type': 'This kind of content is not accepted.',
  'rate-limited': 'Too many requests. Please wait a moment and try again.',
  'sso-linked-elsewhere': 'This institution account is already linked to another Jointly account.',
  'not-approver': 'You may not record approvals for this partner.',
  'other-partner': 'This can only be done for your own institution.',
  'unknown-execution': 'This executed version of the agreement does not exist.',
  'unknown-approval': 'This partner has no approval recorded for this chapter.',
  'signoff-not-current': 'The partner’s sign-off is missing or older than the current text.',
  'reason-required': 'Not every partner has signed off the current text: give a reason to set the chapter to Agreed.',
  'agreement-not-ready': 'Some points are still open before signing. Settle them, or execute anyway once you have read them.',
  'already-executed': 'The agreement is already executed. Start an amendment to change it.',
  'not-executed': 'The agreement has not been executed yet.',
  'agreement-frozen': 'The executed agreement cannot be changed. Start an amendment first.',
  'not-a-pdf': 'Only PDF files can be uploaded here.',
  internal: 'Something went wrong on our side. Please try again.',
};

/** The sentence for an error code in a language; undefined for a code this table does not know (a newer server). */
export function errorSentence(code: string, locale: Locale): string | undefined {
  const table: Record<string, string> = locale === 'en' ? ERROR_SENTENCES_EN : (contentPack(locale)?.errors ?? ERROR_SENTENCES_EN);
  return table[code];
}
