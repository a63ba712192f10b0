import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { AccessService } from '../auth/access.ts';
import type { ConsortiumService } from '../consortia/consortiumService.ts';
import type { Discussion } from '../consortia/discussion.ts';
import { DomainError } from '../consortia/errors.ts';
import type { InviteService } from '../consortia/inviteService.ts';
import type { MemberService } from '../consortia/memberService.ts';
import type { PartnerService } from '../consortia/partnerService.ts';
import type { SessionService } from '../consortia/sessionService.ts';
import type { Exporter } from '../export/exportService.ts';
import { readJson } from './respond.ts';

/** The services the routes call. */
export interface Services {
  consortia: ConsortiumService;
  partners: PartnerService;
  members: MemberService;
  invites: InviteService;
  sessions: SessionService;
  discussion: Discussion;
  exporter: Exporter;
}

/** What every route needs. */
export interface ApiDeps {
  access: AccessService;
  services: Services;
  secureCookies: boolean;
  publicUrl?: string;
  maxJsonBytes: number;
}

/** Reads and validates a JSON body; a schema failure is `invalid`, listing each bad field. */
export async function parseBody<S extends z.ZodType>(req: IncomingMessage, schema: S, limit: number): Promise<z.output<S>> {
  const raw = await readJson(req, limit);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0];
    throw new DomainError('invalid', first ? `${first.path || 'body'}: ${first.message}` : 'Invalid request.', details);
  }
  return result.data;
}
