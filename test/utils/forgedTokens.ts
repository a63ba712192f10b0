/** Tokens the server must refuse, each built the way an attacker would. */
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { TEST_SECRET, type TestServer } from './testServer.ts';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** HS256 over header.payload with the given secret: lets a test sign claims the server would never mint. */
export function signRaw(header: object, payload: object, secret: string = TEST_SECRET): string {
  const head = `${b64(header)}.${b64(payload)}`;
  return `${head}.${createHmac(header && (header as { alg?: string }).alg === 'HS512' ? 'sha512' : 'sha256', secret)
    .update(head)
    .digest('base64url')}`;
}

export async function forgedTokens(ts: TestServer, consortiumId: string): Promise<[name: string, token: string][]> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'forger', name: 'Forger', consortium: consortiumId, partner: 'pf', role: 'coordinator', iat: now, exp: now + 3600 };
  const genuine = await ts.token({ userId: 'forger', consortiumId, partnerId: 'pf', role: 'viewer' });
  const [head, , signature] = genuine.split('.') as [string, string, string];
  const wrongSecret = new TextEncoder().encode('another-secret-that-is-also-32-bytes-long!!');
  return [
    ['random string', 'not-a-token-at-all'],
    ['three random base64url parts', `${b64('x'.repeat(20))}.${b64('y'.repeat(40))}.${b64('z'.repeat(32))}`],
    ['tampered payload (viewer → coordinator), original signature', `${head}.${b64(claims)}.${signature}`],
    ['signed with another secret', await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(wrongSecret)],
    ['alg: none, no signature', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    ['alg: none, with the genuine signature', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.${signature}`],
    [
      'HS512 with the right secret',
      await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS512' }).sign(new TextEncoder().encode(TEST_SECRET)),
    ],
    ['HS256, right secret, expired', await ts.token({ userId: 'forger', consortiumId, partnerId: 'pf' }, -60)],
    ['HS256, right secret, no exp', signRaw({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: undefined })],
    ['HS256, right secret, no sub', signRaw({ alg: 'HS256', typ: 'JWT' }, { ...claims, sub: undefined })],
    ['HS256, right secret, role "admin"', signRaw({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'admin' })],
    ['HS256, right secret, consortium "../c1"', signRaw({ alg: 'HS256', typ: 'JWT' }, { ...claims, consortium: '../c1' })],
    ['5000-character token', `${head}.${b64('p'.repeat(3700))}.${signature}`],
  ];
}
