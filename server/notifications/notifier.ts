import { randomUUID } from 'node:crypto';
import { CHAPTERS } from '../../shared/chapters.ts';
import { isPending, readDecisions } from '../../shared/decisions.ts';
import { readWorkflow } from '../../shared/discussion.ts';
import { canComment } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import type { Mailer } from '../accounts/mailer.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type NotificationRecord, type Storage } from '../storage/types.ts';
import { digestMail, singleMail } from './mailText.ts';

export interface NotifierOptions {
  mailer: Mailer;
  publicUrl: () => string;
  /** Hour of the day (UTC) when digests go out and due dates are looked at. */
  digestHour: number;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
}

/** What the discussion tells the notifier after a message was stored. */
export interface MessageEvent {
  actor: Identity;
  chapter: string;
  threadId: string;
  text: string;
  /** Members mentioned in the message (newly, for an edit). */
  mentioned: string[];
  /** Earlier authors in the thread (empty for a new thread or an edit). */
  participants: string[];
}

const DAY = 86_400_000;
const TICK_MS = 60_000;
const BATCH = 1000;
const EXCERPT = 280;

/**
 * E-mail notifications. Commands only queue them in the storage's outbox (one insert, after their
 * change is stored); a sender loop mails them later: at once for people who chose "immediately",
 * in one digest at NOTIFY_DIGEST_HOUR for "daily", never for "none". The person who caused an
 * event is never notified of it. Disabled (nothing queued) without SMTP.
 */
export class Notifier {
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private busy = false;
  private timer: NodeJS.Timeout | undefined;
  private lastDigestDay = '';

  constructor(
    private readonly storage: Storage,
    private readonly registry: RoomRegistry,
    private readonly options: NotifierOptions,
  ) {}

  /** A new message or an edit: mentions and replies in threads the recipients took part in. */
  async message(event: MessageEvent): Promise<void> {
    const recipients = new Set([...event.mentioned, ...event.participants]);
    recipients.delete(event.actor.userId);
    const excerpt = event.text.length > EXCERPT ? `${event.text.slice(0, EXCERPT)}…` : event.text;
    await this.queue(
      [...recipients].map((accountId) =>
        this.record(
          event.actor,
          accountId,
          event.mentioned.includes(accountId) ? 'mention' : 'reply',
          event.chapter,
          event.threadId,
          excerpt,
        ),
      ),
    );
  }

  /** A chapter went into review: every member who can sign off, except who moved it. */
  async review(actor: Identity, chapter: string): Promise<void> {
    const members = await this.storage.members.list(actor.consortiumId).catch(() => []);
    await this.queue(
      members
        .filter((m) => canComment(m.role) && m.userId !== actor.userId)
        .map((m) => this.record(actor, m.userId, 'review', chapter, null, '')),
    );
  }

  /**
   * Queues a reminder for every chapter due within three days and not agreed, and every decision due
   * within three days and still open or proposed: to the lead (or owner) partner's members, or the
   * coordinators when no partner leads or owns it. Once per chapter or decision, date and person.
   */
  async queueDueDates(now = new Date()): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    const until = new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 10);
    const soon = (due: string | null) => due !== null && due >= today && due <= until;
    const list: NotificationRecord[] = [];
    for (const consortium of await this.storage.consortia.list()) {
      const { chapters, decisions } = await this.registry.use(docKey(consortium.id, 'discussion'), (doc) => ({
        chapters: CHAPTERS.map((c) => ({ chapter: c.key, ...readWorkflow(doc, c.key) })).filter(
          (w) => soon(w.due) && w.status !== 'agreed',
        ),
        decisions: readDecisions(doc).filter((d) => soon(d.due) && isPending(d)),
      }));
      if (chapters.length === 0 && decisions.length === 0) continue;
      const members = (await this.storage.members.list(consortium.id)).filter((m) => canComment(m.role));
      const responsible = (partner: string | null) => members.filter((x) => (partner ? x.partnerId === partner : x.role === 'coordinator'));
      const reminder = (id: string, accountId: string, chapter: string, due: string): NotificationRecord => ({
        id,
        accountId,
        consortiumId: consortium.id,
        kind: 'due',
        actorName: '',
        chapter,
        threadId: null,
        excerpt: due,
        createdAt: now.toISOString(),
        sentAt: null,
      });
      for (const w of chapters)
        for (const m of responsible(w.lead))
          list.push(reminder(`due/${consortium.id}/${w.chapter}/${w.due}/${m.userId}`, m.userId, w.chapter, w.due!));
      for (const d of decisions)
        for (const m of responsible(d.owner))
          list.push({
            ...reminder(`decision-due/${consortium.id}/${d.key}/${d.due}/${m.userId}`, m.userId, d.chapter, d.due!),
            kind: 'decision-due',
            decision: { key: d.key, title: d.title },
          });
    }
    await this.storage.notifications.add(list);
    return list.length;
  }

  /** The daily run: due-date reminders, then every pending notification, daily ones collected per person. */
  async runDigest(now = new Date()): Promise<void> {
    this.lastDigestDay = now.toISOString().slice(0, 10);
    await this.queueDueDates(now);
    await this.deliver(true);
  }

  /** Sends what is pending (the "immediately" ones; with `digest`, the "daily" ones too). Runs one at a time. */
  deliver(digest = false): Promise<void> {
    const run = this.running.then(() => this.send(digest));
    this.running = run.catch((error: unknown) => this.options.log('error', 'notifications: sending failed', { err: error }));
    return run;
  }

  /** Starts the sender loop: pending mail every minute (after a restart too), the digest once a day. */
  start(): void {
    this.timer = setInterval(() => {
      const now = new Date();
      const digestDue = now.getUTCHours() === this.options.digestHour && this.lastDigestDay !== now.toISOString().slice(0, 10);
      void (digestDue ? this.runDigest(now) : this.deliver()).catch(() => undefined);
    }, TICK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private record(
    actor: Identity,
    accountId: string,
    kind: NotificationRecord['kind'],
    chapter: string,
    threadId: string | null,
    excerpt: string,
  ): NotificationRecord {
    const at = new Date().toISOString();
    return {
      id: randomUUID(),
      accountId,
      consortiumId: actor.consortiumId,
      kind,
      actorName: actor.name,
      chapter,
      threadId,
      excerpt,
      createdAt: at,
      sentAt: null,
    };
  }

  /** The command's change is stored already: a failing outbox costs the notification, never the command. */
  private async queue(list: NotificationRecord[]): Promise<void> {
    if (list.length === 0) return;
    try {
      await this.storage.notifications.add(list);
      this.kick();
    } catch (error) {
      this.options.log('error', 'notifications: could not queue', { err: error });
    }
  }

  /** Sends soon, off the request; a kick during a run makes one more run afterwards. */
  private kick(): void {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    setImmediate(() => {
      void this.deliver()
        .catch(() => undefined)
        .finally(() => {
          this.busy = false;
          if (this.again) {
            this.again = false;
            this.kick();
          }
        });
    });
  }

  private async send(digest: boolean): Promise<void> {
    const pending = await this.storage.notifications.pending(BATCH);
    const byAccount = new Map<string, NotificationRecord[]>();
    for (const n of pending) byAccount.set(n.accountId, [...(byAccount.get(n.accountId) ?? []), n]);
    const names = new Map<string, string>();
    const nameOf = async (id: string) => {
      if (!names.has(id)) names.set(id, (await this.storage.consortia.get(id))?.name ?? id);
      return names.get(id)!;
    };
    const publicUrl = this.options.publicUrl();
    for (const [accountId, list] of byAccount) {
      const account = await this.storage.accounts.get(accountId);
      const choice = account?.notify ?? 'immediately';
      const at = new Date().toISOString();
      if (!account?.email || choice === 'none') {
        await this.storage.notifications.claim(
          list.map((n) => n.id),
          at,
        ); // dropped: nowhere to send, or not wanted
        continue;
      }
      if (choice === 'immediately') {
        for (const n of list) {
          if ((await this.storage.notifications.claim([n.id], at)).length === 0) continue; // another instance has it
          await this.mail([n.id], singleMail(account.email, n, await nameOf(n.consortiumId), publicUrl, account.locale ?? 'en'));
        }
      } else if (digest) {
        const claimed = new Set(
          await this.storage.notifications.claim(
            list.map((n) => n.id),
            at,
          ),
        );
        const mine = list.filter((n) => claimed.has(n.id));
        if (mine.length === 0) continue;
        for (const n of mine) await nameOf(n.consortiumId);
        await this.mail([...claimed], digestMail(account.email, mine, names, publicUrl, account.locale ?? 'en'));
      }
    }
  }

  private async mail(ids: string[], mail: Parameters<Mailer['send']>[0]): Promise<void> {
    try {
      await this.options.mailer.send(mail);
    } catch (error) {
      // Back into the queue: the next round tries again.
      await this.storage.notifications.release(ids);
      this.options.log('warn', 'notifications: an e-mail could not be sent; it will be tried again', { err: error });
    }
  }
}
