import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderUser {
  sub: string;
  name: string;
  email?: string;
  email_verified?: boolean;
}

export interface TestOidcProvider {
  /** The issuer, http://127.0.0.1:<port>, for OIDC_ISSUER. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who is "signed in at the institution": the next login at the provider is this person. */
  signInAs(user: ProviderUser): void;
  /** Registers Jointly's callback URL (known only once Jointly listens); before the first request. */
  allowRedirect(uri: string): void;
  stop(): Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on 127.0.0.1 with one confidential client
 * for Jointly. Logging in at the provider is automatic (the person chosen with `signInAs` is the one
 * who logs in) and consent is implied, so a browser test clicks "Sign in with …" and comes back.
 */
export async function startOidcProvider(): Promise<TestOidcProvider> {
  const redirectUris: string[] = [];
  const clientId = 'jointly';
  const clientSecret = 'jointly-test-client-secret-0123456789abcdef';
  let current: ProviderUser = { sub: 'nobody', name: 'Nobody' };
  const users = new Map<string, ProviderUser>();

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Built at the first request: the client's redirect URI is Jointly's, and Jointly starts after the provider.
  const build = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: redirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code'],
        },
      ],
      cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
      ttl: { Interaction: 600, Grant: 3600, Session: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true, methods: ['S256'] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      async findAccount(_ctx, sub) {
        const user = users.get(sub);
        return user && { accountId: sub, claims: async () => ({ ...user }) };
      },
      // Jointly is the institution's own (first-party) client: no consent screen.
      async loadExistingGrant(ctx) {
        const session = ctx.oidc.session!;
        const clientIdOf = ctx.oidc.client!.clientId;
        const grantId = session.grantIdFor(clientIdOf);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({ clientId: clientIdOf, accountId: session.accountId! });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        session.grantIdFor(clientIdOf, grant.jti);
        return grant;
      },
    });
  let provider: Provider | undefined;
  let callback: ReturnType<Provider['callback']> | undefined;
  server.on('request', (req, res) => {
    provider ??= build();
    callback ??= provider.callback();
    if (req.url?.startsWith('/interaction/')) {
      // The login page of the institution, already passed: the chosen person logs in.
      users.set(current.sub, current);
      provider
        .interactionFinished(req, res, { login: { accountId: current.sub } }, { mergeWithLastSubmission: false })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      return;
    }
    void callback(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    allowRedirect(uri) {
      redirectUris.push(uri);
    },
    signInAs(user) {
      current = user;
      users.set(user.sub, user);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
