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
  'approval.label': 'Institutional approval',
  'approval.chip': '{partner}: {body}, {date} ({reference})',
  'approval.recordedBy': 'Recorded by {name}',
  'approval.record': 'Record the approval for {partner}',
  'approval.body': 'Approved by',
  'approval.bodyExample': 'e.g. Senate',
  'approval.date': 'On',
  'approval.reference': 'Reference',
  'approval.referenceExample': 'e.g. decision number',
  'approval.save': 'Save approval',
  'approval.cancel': 'Cancel',
  'approval.approvesFor': 'May approve for',
  'approval.approvesForNone': 'Nobody',
  'approval.approvesForHint': 'Records the institution’s formal approvals (senate, boards) of chapters',
  'agreed.question': 'Not every partner has signed off the current text. Why is the chapter agreed anyway?',
  'agreed.example': 'e.g. Partner C confirmed by e-mail and signs next week',
  'agreed.confirm': 'Set to Agreed',
  'agreed.overview': 'Without every sign-off: {reason}',
  'agreed.note': 'Agreed without every sign-off: “{reason}” ({name}, {date})',
  'execution.title': 'Execution of the agreement',
  'execution.banner': 'Executed agreement {number} · executed on {date} · fingerprint {fingerprint}',
  'execution.readOnly': 'This chapter is read-only now. The coordinator can start an amendment to change it.',
  'execution.amending': 'Amendment in progress: this text is a new draft after executed agreement {number}.',
  'execution.whatChanged': 'What changed since executed agreement {number}',
  'execution.execute': 'Execute the agreement…',
  'execution.confirm': 'Freeze the agreement as executed agreement {number}? Nobody can change it until you start an amendment.',
  'execution.confirmYes': 'Execute',
  'execution.amend': 'Start an amendment',
  'execution.name': 'Executed agreement {number}',
  'execution.meta': 'executed on {date} by {name}',
  'execution.downloadDocx': 'Word',
  'execution.downloadPdf': 'PDF',
  'execution.partner': 'Partner',
  'execution.signedOn': 'Signed on',
  'execution.signatory': 'Signatory',
  'execution.signedCopy': 'Signed copy',
  'execution.sha': 'PDF · SHA-256 {hash}…',
  'execution.replace': 'Replace',
  'execution.uploadFor': 'Signed copy of {partner}',
  'execution.file': 'Signed PDF',
  'execution.upload': 'Upload',
} as const;

export type MessageId = keyof typeof en;
/** Messages as the app reads them: every key of the English source. */
export type Messages = Record<MessageId, string>;
/**
 * A translation: keys of the English source only (a key English no longer has is a type error).
 * A missing key falls back to English at run time; `test/unit/i18nMessages.test.ts` fails on one.
 */
export type Translation = Partial<Messages>;
