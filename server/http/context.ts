import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { AccessService } from '../auth/access.ts';
import type { People } from '../consortia/people.ts';
import type { Storage } from '../storage/types.ts';
import type { Identity } from '../auth/tokens.ts';
import { readJson, HttpError } from './respond.ts';

/** What every route needs. */
export interface ApiDeps {
  access: AccessService;
  storage: Storage;
  people: People;
  /** Whether cookies set in answer to this request get `Secure` (PUBLIC_URL https, or https behind a trusted proxy). */
  secureCookies: (req: IncomingMessage) => boolean;
  publicUrl?: string;
  maxJsonBytes: number;
}

/** Reads and validates a JSON body; a schema failure is a 400 that lists each bad field. */
export async function parseBody<S extends z.ZodType>(req: IncomingMessage, schema: S, limit: number): Promise<z.output<S>> {
  const raw = await readJson(req, limit);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0];
    throw new HttpError(400, 'invalid', first ? `${first.path || 'body'}: ${first.message}` : 'Invalid request.', details);
  }
  return result.data;
}

export function requireMember(identity: Identity, consortiumId: string): void {
  if (identity.consortiumId !== consortiumId) throw new HttpError(403, 'forbidden', 'You are not a member of this consortium.');
}
