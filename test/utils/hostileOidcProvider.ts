import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** What the hostile provider puts in its ID tokens instead of the truth. */
export interface Forgery {
  iss?: string;
  aud?: string;
  nonce?: string;
}

export interface HostileOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The next ID token carries these claims. */
  forge(forgery: Forgery): void;
  stop(): Promise<void>;
}

/**
 * An OpenID provider that lies, for the refusal tests: its discovery, authorization redirect, JWKS
 * and token endpoint are real HTTP and its ID tokens are properly signed (jose, RS256), but their
 * issuer, audience or nonce are whatever the test asks for. Jointly must refuse each.
 * (The well-behaved provider of the other tests is the real `oidc-provider`, test/utils/oidcProvider.ts.)
 */
export async function startHostileOidcProvider(): Promise<HostileOidcProvider> {
  const clientId = 'jointly';
  const clientSecret = 'hostile-client-secret-0123456789abcdef';
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const nonces = new Map<string, string>();
  let forgery: Forgery = {};

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url.pathname === '/jwks') return json({ keys: [jwk] });
    if (url.pathname === '/auth') {
      const code = `code-${nonces.size}`;
      nonces.set(code, url.searchParams.get('nonce') ?? '');
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(303, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const code = new URLSearchParams(body).get('code') ?? '';
        void new SignJWT({ nonce: forgery.nonce ?? nonces.get(code), email: 'eve@example.org', email_verified: true, name: 'Eve' })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(forgery.iss ?? issuer)
          .setAudience(forgery.aud ?? clientId)
          .setSubject('eve')
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey)
          .then((idToken) => json({ access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    forge(next) {
      forgery = next;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
