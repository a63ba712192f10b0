import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { chapterTitle } from '../../shared/i18n/chapterText.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { MAIL_WORDS } from './mailWords.ts';
import type { Mail } from '../accounts/mailer.ts';
import type { NotificationRecord } from '../storage/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Mar 2027", as the pages show due dates (the day's own name of the month in other languages). */
function day(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (locale === 'en') return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** Straight to the conversation, the decision or the chapter: the dossier page opens each from the address's #part. */
export function notificationLink(publicUrl: string, n: NotificationRecord): string {
  const at = n.threadId ? `thread-${n.threadId}` : n.decision ? `decision-${n.decision.key}` : `chapter-${n.chapter}`;
  return `${publicUrl}/c/${encodeURIComponent(n.consortiumId)}/dossier#${at}`;
}

/** One line saying what happened, as a subject and as a digest entry. */
function headline(n: NotificationRecord, locale: Locale): string {
  const w = MAIL_WORDS[locale];
  const chapter = quoted(chapterTitle(n.chapter as ChapterKey, locale), locale);
  switch (n.kind) {
    case 'mention':
      return w.mention(n.actorName, chapter);
    case 'reply':
      return w.reply(n.actorName, chapter);
    case 'review':
      return w.review(chapter);
    case 'due':
      return w.due(chapter, day(n.excerpt, locale));
    case 'decision-due':
      return w.decisionDue(chapter, day(n.excerpt, locale), n.decision?.title ?? '');
  }
}

function body(n: NotificationRecord, locale: Locale): string {
  const w = MAIL_WORDS[locale];
  switch (n.kind) {
    case 'mention':
    case 'reply':
      return `${w.wrote(n.actorName)}\n\n    ${n.excerpt.replace(/\n/g, '\n    ')}`;
    case 'review':
      return w.reviewBody(n.actorName);
    case 'due':
      return w.dueBody(day(n.excerpt, locale));
    case 'decision-due':
      return w.decisionDueBody(day(n.excerpt, locale));
  }
}

const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], fr: ['« ', ' »'], de: ['„', '“'], es: ['«', '»'], nl: ['“', '”'] };
const quoted = (text: string, locale: Locale) => `${QUOTES[locale][0]}${text}${QUOTES[locale][1]}`;

const footer = (publicUrl: string, locale: Locale) => MAIL_WORDS[locale].footer(`${publicUrl}/account`);

/** A notification on its own, sent as it happens. */
export function singleMail(to: string, n: NotificationRecord, consortiumName: string, publicUrl: string, locale: Locale = 'en'): Mail {
  const link = notificationLink(publicUrl, n);
  const w = MAIL_WORDS[locale];
  const open = n.threadId ? w.openConversation : n.decision ? w.openDecision : w.openChapter;
  return {
    to,
    subject: `${headline(n, locale)} (${consortiumName})`,
    link,
    text: `${headline(n, locale)} (${consortiumName}).\n\n${body(n, locale)}\n\n${open}: ${link}\n\n--\n${footer(publicUrl, locale)}`,
  };
}

/** The day's notifications in one e-mail, grouped by consortium. */
export function digestMail(
  to: string,
  list: NotificationRecord[],
  names: Map<string, string>,
  publicUrl: string,
  locale: Locale = 'en',
): Mail {
  const parts: string[] = [];
  for (const consortiumId of new Set(list.map((n) => n.consortiumId))) {
    parts.push(`${names.get(consortiumId) ?? consortiumId}\n`);
    for (const n of list.filter((x) => x.consortiumId === consortiumId)) {
      const excerpt = n.kind === 'mention' || n.kind === 'reply' ? `\n    ${quoted(n.excerpt.split('\n')[0]!, locale)}` : '';
      parts.push(`- ${headline(n, locale)}${excerpt}\n  ${notificationLink(publicUrl, n)}\n`);
    }
  }
  return {
    to,
    subject: MAIL_WORDS[locale].digestSubject(list.length),
    link: notificationLink(publicUrl, list[0]!),
    text: `${MAIL_WORDS[locale].digestIntro}\n\n${parts.join('\n')}\n--\n${footer(publicUrl, locale)}`,
  };
}
