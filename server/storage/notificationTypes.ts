/**
 * The notification outbox: what is to be mailed to whom, written in the request that caused it and
 * sent later by server/notifications/ (one by one, or collected into a daily digest), so that
 * mailing never slows a command and a restart loses nothing.
 */

import type { NotifyChoice } from '../../shared/account.ts';
export type { NotifyChoice };

export type NotificationKind = 'mention' | 'reply' | 'review' | 'due' | 'decision-due';

export interface NotificationRecord {
  /** Unique; a due-date reminder's id names the chapter (or decision), date and person, so it is queued once. */
  id: string;
  /** The recipient (an account id, which is also their user id). */
  accountId: string;
  consortiumId: string;
  kind: NotificationKind;
  /** Who caused it (never the recipient); empty for due dates. */
  actorName: string;
  chapter: string;
  threadId: string | null;
  /** The start of the message, or the due date. */
  excerpt: string;
  /** For a decision's due-date reminder: which decision, and what it is about (the mail names it, the link opens it). */
  decision?: { key: string; title: string };
  createdAt: string;
  /** When it was sent, or dropped because the person chose none or has no address. */
  sentAt: string | null;
}

export interface NotificationStore {
  /** Queues notifications; one whose id is queued already is left as it is. */
  add(list: NotificationRecord[]): Promise<void>;
  /** Not yet sent, oldest first. */
  pending(limit: number): Promise<NotificationRecord[]>;
  /**
   * Marks these as sent if they are still pending and returns the ids it marked: an instance sends
   * only what it claimed, so two instances never send the same notification.
   */
  claim(ids: string[], at: string): Promise<string[]>;
  /** Back to pending (sending failed; the next round tries again). */
  release(ids: string[]): Promise<void>;
}
