import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { AccessService } from '../auth/access.ts';
import type { AccountService } from '../accounts/accountService.ts';
import type { EmailSignIn } from '../accounts/emailSignIn.ts';
import type { OidcSignIn } from '../accounts/oidcSignIn.ts';
import type { Passkeys } from '../accounts/passkeys.ts';
import type { ConsortiumService } from '../consortia/consortiumService.ts';
import type { Discussion } from '../consortia/discussion.ts';
import type { Decisions } from '../consortia/decisions.ts';
import type { Approvals } from '../consortia/approvals.ts';
import type { AgreementExecution } from '../consortia/execution.ts';
import { DomainError } from '../consortia/errors.ts';
import type { InviteService } from '../consortia/inviteService.ts';
import type { MemberService } from '../consortia/memberService.ts';
import type { MergeService } from '../consortia/mergeService.ts';
import type { PartnerService } from '../consortia/partnerService.ts';
import type { SessionService } from '../consortia/sessionService.ts';
import type { Exporter } from '../export/exportService.ts';
import type { DocumentStates } from '../documents/documentStates.ts';
import type { ProgrammeService } from '../programme/programmeService.ts';
import type { AgreementReadinessService } from '../agreement/agreementReadiness.ts';
import type { History } from '../history/historyService.ts';
import type { Notifier } from '../notifications/notifier.ts';
import { readJson } from './respond.ts';
import { fieldLabel } from '../../shared/fieldLabel.ts';

/** The services the routes call. */
export interface Services {
  consortia: ConsortiumService;
  partners: PartnerService;
  members: MemberService;
  merges: MergeService;
  invites: InviteService;
  sessions: SessionService;
  discussion: Discussion;
  decisions: Decisions;
  exporter: Exporter;
  /** Documents' state as Yjs bytes over HTTP (the dossier page's first request). */
  documentStates: DocumentStates;
  approvals: Approvals;
  execution: AgreementExecution;
  programme: ProgrammeService;
  /** The agreement's readiness before signing and its live references. */
  agreementReadiness: AgreementReadinessService;
  accounts: AccountService;
  emailSignIn: EmailSignIn;
  /** Single sign-on; undefined when OIDC_ISSUER is unset. */
  oidc: OidcSignIn | undefined;
  passkeys: Passkeys;
  history: History;
  /** Present when SMTP is configured. */
  notifications: Notifier | undefined;
}

/** What every route needs. */
export interface ApiDeps {
  access: AccessService;
  services: Services;
  /** Whether cookies set in answer to this request get `Secure` (PUBLIC_URL https, or https behind a trusted proxy). */
  secureCookies: (req: IncomingMessage) => boolean;
  publicUrl?: string;
  maxJsonBytes: number;
  /** The client's address for per-address limits: the socket's peer, or what a trusted proxy forwarded (TRUST_PROXY). */
  clientAddress: (req: IncomingMessage) => string;
}

/** Reads and validates a JSON body; a schema failure is `invalid`, listing each bad field. */
/** Like parseBody, for commands whose body is optional: no body at all reads as `{}`. */
export async function parseOptionalBody<S extends z.ZodType>(req: IncomingMessage, schema: S, limit: number): Promise<z.output<S>> {
  const empty = !req.headers['transfer-encoding'] && Number(req.headers['content-length'] ?? 0) === 0;
  if (empty) return schema.parse({});
  return parseBody(req, schema, limit);
}

export async function parseBody<S extends z.ZodType>(req: IncomingMessage, schema: S, limit: number): Promise<z.output<S>> {
  const raw = await readJson(req, limit);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0];
    // The sentence may be shown as it is (not every page places messages next to fields): name the field as people know it.
    const sentence = first
      ? first.path
        ? `${fieldLabel(first.path)}: ${first.message}`
        : first.message
      : 'Please check the form and try again.';
    throw new DomainError('invalid', sentence, details);
  }
  return result.data;
}
