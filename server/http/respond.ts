import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorResponse, HttpError } from './errors.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** Answers with the error's status and `ErrorBody`; false when the error is not one the API answers with. */
export function sendError(res: ServerResponse, error: unknown): boolean {
  const response = errorResponse(error);
  if (!response) return false;
  sendJson(res, response.status, response.body);
  return true;
}

/** Reads a JSON body of at most `limit` bytes; anything larger is refused with 413 before it is buffered. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HttpError('unsupported-media-type', 'Send JSON (Content-Type: application/json).');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError('too-large', `Request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError('too-large', `Request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  } catch {
    throw new HttpError('malformed-json', 'The request body is not valid JSON.');
  }
}
