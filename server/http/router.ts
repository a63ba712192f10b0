import type { IncomingMessage, ServerResponse } from 'node:http';
import { isValidId } from '../../shared/names.ts';
import { HttpError } from './errors.ts';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

type Handler = (ctx: RouteContext) => Promise<void>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

/** Path params named `code` are invite codes, `sessionId` a session's hash, `passkeyId` a credential id; every other param must be a valid id. */
const PARAM_RULES: Record<string, (v: string) => boolean> = {
  code: (v) => /^[A-Za-z0-9_-]{16,128}$/.test(v),
  sessionId: (v) => /^[0-9a-f]{64}$/.test(v),
  // A WebAuthn credential id, base64url (authenticators make them 16 to 1023 bytes).
  passkeyId: (v) => /^[A-Za-z0-9_-]{16,1400}$/.test(v),
};

/** A small exact-segment router: `/api/consortia/:id/partners/:partnerId`. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/'), handler });
    return this;
  }

  /** Runs the matching route; false when no route has this path (405 when the path exists with another method). */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const segments = url.pathname.split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = match(route.parts, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      for (const [name, value] of Object.entries(params)) {
        const valid = PARAM_RULES[name] ?? isValidId;
        if (!valid(value)) throw new HttpError('bad-parameter', `Malformed ${name} in the path.`);
      }
      await route.handler({ req, res, url, params });
      return true;
    }
    if (pathMatched) throw new HttpError('method-not-allowed', 'Method not allowed.');
    return false;
  }
}

function match(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
