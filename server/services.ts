import { AccountService } from './accounts/accountService.ts';
import { EmailSignIn } from './accounts/emailSignIn.ts';
import { createMailer, type Mailer } from './accounts/mailer.ts';
import { OidcSignIn, type OidcSettings } from './accounts/oidcSignIn.ts';
import { Passkeys } from './accounts/passkeys.ts';
import { RateLimit, SharedRateLimit, type AttemptLimit, type WindowCounter } from './accounts/rateLimit.ts';
import { ConsortiumService } from './consortia/consortiumService.ts';
import { Discussion } from './consortia/discussion.ts';
import { Decisions } from './consortia/decisions.ts';
import { Approvals } from './consortia/approvals.ts';
import { AgreementExecution } from './consortia/execution.ts';
import { ChapterFreeze, frozenChapterIn } from './rooms/chapterFreeze.ts';
import { InviteService } from './consortia/inviteService.ts';
import { MemberService } from './consortia/memberService.ts';
import { MergeService } from './consortia/mergeService.ts';
import { PartnerService } from './consortia/partnerService.ts';
import { SessionService } from './consortia/sessionService.ts';
import { Exporter } from './export/exportService.ts';
import { DocumentStates } from './documents/documentStates.ts';
import { ProgrammeService } from './programme/programmeService.ts';
import { AgreementReadinessService } from './agreement/agreementReadiness.ts';
import { Notifier, type NotifierOptions } from './notifications/notifier.ts';
import { History, type HistoryOptions } from './history/historyService.ts';
import type { Services } from './http/context.ts';
import { createLogger } from './logger.ts';
import type { LiveConnections } from './rooms/membershipEvents.ts';
import type { RoomRegistry } from './rooms/roomRegistry.ts';
import type { Storage } from './storage/types.ts';

export type { Services };

/** How e-mailed sign-in links are sent and limited (from the configuration). */
export interface SignInOptions {
  mailer: Mailer;
  /** Base of the links in e-mails: PUBLIC_URL, never a request's Host header (which a sender may forge). */
  publicUrl: () => string;
  linkTtlMinutes: number;
  emailsPerHour: number;
  attemptsPerHour: number;
  /** E-mail notifications go out only when a real mail server is configured (SMTP_URL). */
  notifications?: { digestHour: number; log: NotifierOptions['log'] };
  /** Single sign-on (OIDC_ISSUER and its client); undefined: off. */
  oidc?: OidcSettings;
  /** With REDIS_URL: sign-in attempts are counted there, so every instance shares one limit. */
  sharedCounter?: WindowCounter;
}

const HOUR = 3_600_000;

/** The domain services over one storage: each kind of change has exactly one owner here. */
export function createServices(
  storage: Storage,
  registry: RoomRegistry,
  live: LiveConnections,
  history: HistoryOptions,
  signIn?: SignInOptions,
  /** The sync rooms' freeze (server.ts gives the registry's); a fresh one reading storage otherwise. */
  freeze: ChapterFreeze = new ChapterFreeze((c) => frozenChapterIn(storage, c)),
): Services {
  const members = new MemberService(storage, live);
  const versions = new History(registry, storage, { ...history, frozenChapter: (c) => freeze.frozenChapter(c) });
  const mail = signIn ?? {
    mailer: createMailer(undefined, '', createLogger('silent')),
    publicUrl: () => 'http://localhost',
    linkTtlMinutes: 15,
    emailsPerHour: 5,
    attemptsPerHour: 30,
  };
  const exporter = new Exporter(registry, storage, versions, mail.publicUrl);
  const accounts = new AccountService(storage);
  const agreement = new AgreementReadinessService(registry, storage);
  const notifications =
    mail.notifications && new Notifier(storage, registry, { mailer: mail.mailer, publicUrl: mail.publicUrl, ...mail.notifications });
  const counter = mail.sharedCounter;
  const limit = (name: string, max: number): AttemptLimit =>
    counter ? new SharedRateLimit(name, max, HOUR, counter) : new RateLimit(max, HOUR);
  // One budget per client address and one per account, shared by every sign-in method.
  const perAddress = limit('address', mail.attemptsPerHour);
  const perAccount = limit('account', mail.attemptsPerHour);
  return {
    consortia: new ConsortiumService(storage, members),
    partners: new PartnerService(storage),
    members,
    merges: new MergeService(storage, registry, live),
    invites: new InviteService(storage, members),
    sessions: new SessionService(storage),
    discussion: new Discussion(registry, storage, versions, notifications, agreement),
    decisions: new Decisions(registry, storage),
    notifications,
    exporter,
    documentStates: new DocumentStates(registry),
    approvals: new Approvals(registry, storage),
    execution: new AgreementExecution(registry, storage, versions, exporter, freeze, agreement),
    history: versions,
    programme: new ProgrammeService(registry, storage),
    agreementReadiness: agreement,
    accounts,
    emailSignIn: new EmailSignIn(storage, accounts, mail.mailer, {
      publicUrl: mail.publicUrl,
      linkTtlMinutes: mail.linkTtlMinutes,
      perEmail: limit('email', mail.emailsPerHour),
      perAddress,
    }),
    oidc: mail.oidc && new OidcSignIn(storage, accounts, { ...mail.oidc, publicUrl: mail.publicUrl, perAddress, perAccount }),
    passkeys: new Passkeys(storage, accounts, { publicUrl: mail.publicUrl, perAddress, perAccount }),
  };
}
