import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { AccountRecord, Storage } from '../storage/types.ts';
import { DomainError } from '../consortia/errors.ts';
import type { AccountService } from './accountService.ts';
import type { AttemptLimit } from './rateLimit.ts';
import { safeReturnPath } from '../../shared/account.ts';
import { hashSecret } from './signInSessions.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's words: "Sign in with <displayName>". */
  displayName: string;
}

export interface OidcOptions extends OidcSettings {
  /** Base of the callback URL registered at the provider: PUBLIC_URL, never a request's Host. */
  publicUrl: () => string;
  perAddress: AttemptLimit;
  perAccount: AttemptLimit;
  /** How long a person may take at the provider. */
  stateTtlMs?: number;
}

export const OIDC_CALLBACK_PATH = '/api/signin/oidc/callback';

export { safeReturnPath };

/**
 * Institutional single sign-on (OpenID Connect, authorization code with PKCE). openid-client checks
 * the answer: the state, the ID token's signature, issuer, audience and nonce, and the PKCE
 * verifier at the token endpoint. The state is kept server-side as a single-use challenge holding the
 * verifier and nonce, and bound to the browser that started (the route keeps it in a cookie too).
 *
 * The account is the one bound to the provider's (issuer, subject); else the one holding the
 * provider's verified e-mail address; else a new one. The pair is bound at the first sign-in, so a
 * later change of address at the provider still reaches the same account.
 */
export class OidcSignIn {
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    private readonly storage: Storage,
    private readonly accounts: AccountService,
    private readonly options: OidcOptions,
  ) {}

  get displayName(): string {
    return this.options.displayName;
  }

  /** Whether the account can already sign in with the institution (an identity is linked to it). */
  isLinked(accountId: string): Promise<boolean> {
    return this.storage.oidcSubjects.anyFor(accountId);
  }

  private redirectUri(): string {
    return this.options.publicUrl() + OIDC_CALLBACK_PATH;
  }

  /** The provider's metadata, fetched once (again after a failure, so a provider that was down is tried anew). */
  private config(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.options.issuer),
        this.options.clientId,
        undefined,
        oidc.ClientSecretBasic(this.options.clientSecret),
        // Plain http only for a provider on this machine (tests, a local provider); anything else needs https.
        isLoopbackHttp(this.options.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new DomainError('sso-refused', `${this.displayName} cannot be reached right now. Please try again in a moment.`, {
          reason: error instanceof Error ? error.message : String(error),
        });
      });
    return this.configuration;
  }

  /**
   * Starts a sign-in: the provider URL to send the browser to, and the state to bind to this browser.
   * `signedInAs`: the account this browser is signed in to, if any; the provider's identity is then
   * linked to it (when the same browser, still signed in to it, finishes).
   */
  async start(returnTo: string | null, clientAddress: string, signedInAs: string | null = null): Promise<{ url: string; state: string }> {
    if (!(await this.options.perAddress.take(clientAddress)))
      throw new DomainError('rate-limited', 'Too many sign-in attempts. Please wait a while and try again.');
    const config = await this.config();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.storage.challenges.create({
      idHash: hashSecret(state),
      kind: 'oidc',
      accountId: signedInAs,
      data: { verifier, nonce, returnTo: safeReturnPath(returnTo) ?? '' },
      expiresAt: new Date(Date.now() + (this.options.stateTtlMs ?? 10 * 60_000)).toISOString(),
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Finishes a sign-in from the provider's redirect (`query`: the callback's query string).
   * `browserState` is the state this browser started with (its cookie): an answer meant for another
   * browser, replayed, or too late is `sso-state`; an answer that fails a check is `sso-refused`.
   */
  async finish(
    query: URLSearchParams,
    browserState: string | undefined,
    clientAddress: string,
    signedInAs: string | null = null,
  ): Promise<{ account: AccountRecord; returnTo: string | null; linked: boolean }> {
    if (!(await this.options.perAddress.take(clientAddress)))
      throw new DomainError('rate-limited', 'Too many sign-in attempts. Please wait a while and try again.');
    const state = query.get('state') ?? '';
    const stale = new DomainError(
      'sso-state',
      'This sign-in was not started here, was finished already or took too long. Please start again.',
    );
    if (!state || state !== browserState) throw stale;
    const challenge = await this.storage.challenges.take(hashSecret(state), new Date());
    if (challenge?.kind !== 'oidc') throw stale;
    const { verifier, nonce, returnTo } = challenge.data as { verifier: string; nonce: string; returnTo: string };
    if (query.get('error'))
      throw new DomainError(
        'sso-refused',
        `${this.displayName} did not sign you in (${query.get('error_description') ?? query.get('error')}).`,
      );
    const config = await this.config();
    const callback = new URL(this.redirectUri());
    callback.search = query.toString();
    let claims: Claims;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Conformant providers put e-mail and name in the ID token only when asked one by one: else they are at userinfo.
      const info =
        idToken.email === undefined && config.serverMetadata().userinfo_endpoint
          ? await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)
          : {};
      claims = { ...info, ...idToken };
    } catch (error) {
      throw new DomainError(
        'sso-refused',
        `The answer from ${this.displayName} could not be trusted, so you were not signed in. Please try again.`,
        {
          reason: error instanceof Error ? error.message : String(error),
        },
      );
    }
    // Linking needs the same account at both ends: a browser that signed out or changed account meanwhile just signs in.
    const linkTo = challenge.accountId !== null && challenge.accountId === signedInAs ? challenge.accountId : null;
    const account = linkTo ? await this.link(claims, linkTo) : await this.accountFor(claims);
    if (!(await this.options.perAccount.take(account.id)))
      throw new DomainError('rate-limited', 'Too many sign-ins to this account. Please wait a while and try again.');
    return { account, returnTo: returnTo || null, linked: linkTo !== null };
  }

  /** Binds the provider's identity to the signed-in account, unless another account holds it already. */
  private async link(claims: Claims, accountId: string): Promise<AccountRecord> {
    const { iss: issuer, sub: subject } = claims;
    const current = await this.accounts.get(accountId);
    const owner = current && (await this.storage.oidcSubjects.link({ issuer, subject, accountId, createdAt: new Date().toISOString() }));
    if (!current || owner !== accountId)
      throw new DomainError(
        'sso-linked-elsewhere',
        `This ${this.displayName} is already linked to another Jointly account. Sign out and sign in with it to use that account.`,
      );
    return current;
  }

  private async accountFor(claims: Claims): Promise<AccountRecord> {
    const { iss: issuer, sub: subject } = claims;
    const bound = await this.storage.oidcSubjects.find(issuer, subject);
    const known = bound && (await this.accounts.get(bound));
    if (known) return known;
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : undefined;
    const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : undefined;
    const account = email
      ? await this.accounts.forEmail(email, randomUUID, name)
      : await this.accounts.ensure(randomUUID(), name ?? 'New member');
    const owner = await this.storage.oidcSubjects.link({ issuer, subject, accountId: account.id, createdAt: new Date().toISOString() });
    // A concurrent first sign-in of the same person bound the pair first: theirs is the account.
    return owner === account.id ? account : ((await this.accounts.get(owner)) ?? account);
  }
}

/** The ID token's claims, completed from userinfo (whose `sub` openid-client checks against the token's). */
type Claims = oidc.IDToken & { email?: unknown; email_verified?: unknown; name?: unknown };

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
