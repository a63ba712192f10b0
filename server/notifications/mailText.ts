import { CHAPTERS } from '../../shared/chapters.ts';
import type { Mail } from '../accounts/mailer.ts';
import type { NotificationRecord } from '../storage/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Mar 2027", as the pages show due dates. */
function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const chapterTitle = (key: string) => CHAPTERS.find((c) => c.key === key)?.title ?? key;

/** Straight to the conversation, the decision or the chapter: the dossier page opens each from the address's #part. */
export function notificationLink(publicUrl: string, n: NotificationRecord): string {
  const at = n.threadId ? `thread-${n.threadId}` : n.decision ? `decision-${n.decision.key}` : `chapter-${n.chapter}`;
  return `${publicUrl}/c/${encodeURIComponent(n.consortiumId)}/dossier#${at}`;
}

/** One line saying what happened, as a subject and as a digest entry. */
function headline(n: NotificationRecord): string {
  const chapter = `“${chapterTitle(n.chapter)}”`;
  switch (n.kind) {
    case 'mention':
      return `${n.actorName} mentioned you in ${chapter}`;
    case 'reply':
      return `${n.actorName} replied in a conversation on ${chapter}`;
    case 'review':
      return `Your sign-off is requested: ${chapter} is in review`;
    case 'due':
      return `${chapter} is due on ${day(n.excerpt)}`;
    case 'decision-due':
      return `A decision on ${chapter} is due on ${day(n.excerpt)}: “${n.decision?.title ?? ''}”`;
  }
}

function body(n: NotificationRecord): string {
  switch (n.kind) {
    case 'mention':
    case 'reply':
      return `${n.actorName} wrote:\n\n    ${n.excerpt.replace(/\n/g, '\n    ')}`;
    case 'review':
      return `${n.actorName} put the chapter in review. Please read it and sign it off for your institution.`;
    case 'due':
      return `The chapter is due on ${day(n.excerpt)} and is not agreed yet.`;
    case 'decision-due':
      return `Your partner owns this decision, due on ${day(n.excerpt)}, and it is not taken yet.`;
  }
}

const footer = (publicUrl: string) =>
  `You get these e-mails from Jointly. To choose how often (right away, once a day or never), open your account page: ${publicUrl}/account`;

/** A notification on its own, sent as it happens. */
export function singleMail(to: string, n: NotificationRecord, consortiumName: string, publicUrl: string): Mail {
  const link = notificationLink(publicUrl, n);
  const open = n.threadId ? 'Open the conversation' : n.decision ? 'Open the decision' : 'Open the chapter';
  return {
    to,
    subject: `${headline(n)} (${consortiumName})`,
    link,
    text: `${headline(n)} (${consortiumName}).\n\n${body(n)}\n\n${open}: ${link}\n\n--\n${footer(publicUrl)}`,
  };
}

/** The day's notifications in one e-mail, grouped by consortium. */
export function digestMail(to: string, list: NotificationRecord[], names: Map<string, string>, publicUrl: string): Mail {
  const parts: string[] = [];
  for (const consortiumId of new Set(list.map((n) => n.consortiumId))) {
    parts.push(`${names.get(consortiumId) ?? consortiumId}\n`);
    for (const n of list.filter((x) => x.consortiumId === consortiumId)) {
      const excerpt = n.kind === 'mention' || n.kind === 'reply' ? `\n    “${n.excerpt.split('\n')[0]}”` : '';
      parts.push(`- ${headline(n)}${excerpt}\n  ${notificationLink(publicUrl, n)}\n`);
    }
  }
  return {
    to,
    subject: `Jointly: ${list.length === 1 ? '1 update' : `${list.length} updates`} for you`,
    link: notificationLink(publicUrl, list[0]!),
    text: `What happened since yesterday:\n\n${parts.join('\n')}\n--\n${footer(publicUrl)}`,
  };
}
