import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { AccountRecord, Storage } from '../storage/types.ts';
import type { ChallengeKind, PasskeyRecord } from '../storage/signInMethodTypes.ts';
import { DomainError } from '../consortia/errors.ts';
import type { AccountService } from './accountService.ts';
import type { AttemptLimit } from './rateLimit.ts';
import { hashSecret } from './signInSessions.ts';

export interface PasskeyOptions {
  /** PUBLIC_URL: its origin is the expected origin, its host name the relying party id. */
  publicUrl: () => string;
  perAddress: AttemptLimit;
  perAccount: AttemptLimit;
  /** How long a challenge may be answered (the browser's prompt times out at the same time). */
  challengeTtlMs?: number;
}

const refused = () => new DomainError('passkey-refused', 'This passkey could not be checked. Try again, or sign in another way.');
const staleChallenge = () =>
  new DomainError('unknown-challenge', 'This passkey request has expired or was used already. Please try again.');

/** The challenge a browser's WebAuthn answer signed (inside its client data). */
function challengeOf(response: { response: { clientDataJSON: string } }): string {
  try {
    const data = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    if (typeof data.challenge === 'string') return data.challenge;
  } catch {
    // fall through: not a WebAuthn answer
  }
  throw refused();
}

/**
 * Passkeys (WebAuthn) through @simplewebauthn/server. A person adds one from the account page once
 * signed in, and later signs in with it from the sign-in page (discoverable credentials: no name or
 * address to type). Each challenge is random, stored server-side, single-use and short-lived; an
 * answer is checked against it, the origin and relying party of PUBLIC_URL, and the stored key.
 */
export class Passkeys {
  constructor(
    private readonly storage: Storage,
    private readonly accounts: AccountService,
    private readonly options: PasskeyOptions,
  ) {}

  private relyingParty(): { origin: string; rpID: string } {
    const url = new URL(this.options.publicUrl());
    return { origin: url.origin, rpID: url.hostname };
  }

  private async remember(kind: ChallengeKind, challenge: string, accountId: string | null): Promise<void> {
    await this.storage.challenges.create({
      idHash: hashSecret(challenge),
      kind,
      accountId,
      data: { challenge },
      expiresAt: new Date(Date.now() + (this.options.challengeTtlMs ?? 5 * 60_000)).toISOString(),
    });
  }

  /** Takes the challenge an answer signed: it must be one we handed out for this step (and person), unused and fresh. */
  private async takeChallenge(kind: ChallengeKind, response: { response: { clientDataJSON: string } }, accountId: string | null) {
    const challenge = challengeOf(response);
    const stored = await this.storage.challenges.take(hashSecret(challenge), new Date());
    if (!stored || stored.kind !== kind || stored.accountId !== accountId) throw staleChallenge();
    return challenge;
  }

  async registrationOptions(account: AccountRecord): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const { rpID } = this.relyingParty();
    const existing = await this.storage.passkeys.listForAccount(account.id);
    const options = await generateRegistrationOptions({
      rpName: 'Jointly',
      rpID,
      userName: account.email ?? account.name,
      userDisplayName: account.name,
      userID: new TextEncoder().encode(account.id),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      timeout: this.options.challengeTtlMs ?? 5 * 60_000,
    });
    await this.remember('passkey-register', options.challenge, account.id);
    return options;
  }

  /** Checks a new passkey's answer and stores it for the account. */
  async register(accountId: string, response: RegistrationResponseJSON, name: string): Promise<PasskeyRecord> {
    const expectedChallenge = await this.takeChallenge('passkey-register', response, accountId);
    const { origin, rpID } = this.relyingParty();
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
    }).catch(() => ({ verified: false as const }));
    if (!result.verified) throw refused();
    const { credential } = result.registrationInfo;
    const passkey: PasskeyRecord = {
      id: credential.id,
      accountId,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: name.slice(0, 80),
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
    };
    if (!(await this.storage.passkeys.create(passkey))) throw new DomainError('taken', 'This passkey is registered already.');
    return passkey;
  }

  async signInOptions(clientAddress: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
    if (!(await this.options.perAddress.take(clientAddress)))
      throw new DomainError('rate-limited', 'Too many sign-in attempts. Please wait a while and try again.');
    const options = await generateAuthenticationOptions({
      rpID: this.relyingParty().rpID,
      userVerification: 'preferred',
      timeout: this.options.challengeTtlMs ?? 5 * 60_000,
    });
    await this.remember('passkey-sign-in', options.challenge, null);
    return options;
  }

  /** Checks a sign-in answer: the account of the passkey that signed it. */
  async signIn(response: AuthenticationResponseJSON, clientAddress: string): Promise<AccountRecord> {
    if (!(await this.options.perAddress.take(clientAddress)))
      throw new DomainError('rate-limited', 'Too many sign-in attempts. Please wait a while and try again.');
    const expectedChallenge = await this.takeChallenge('passkey-sign-in', response, null);
    const passkey = await this.storage.passkeys.get(response.id);
    if (!passkey) throw refused();
    if (!(await this.options.perAccount.take(passkey.accountId)))
      throw new DomainError('rate-limited', 'Too many sign-ins to this account. Please wait a while and try again.');
    const { origin, rpID } = this.relyingParty();
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.id,
        publicKey: Buffer.from(passkey.publicKey, 'base64url'),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: false,
    }).catch(() => ({ verified: false as const }));
    if (!result.verified) throw refused();
    await this.storage.passkeys.used(passkey.id, result.authenticationInfo.newCounter, new Date().toISOString());
    return (await this.accounts.get(passkey.accountId)) ?? (await this.accounts.ensure(passkey.accountId, 'Member'));
  }

  list(accountId: string): Promise<PasskeyRecord[]> {
    return this.storage.passkeys.listForAccount(accountId);
  }

  async remove(accountId: string, id: string): Promise<void> {
    if (!(await this.storage.passkeys.remove(accountId, id)))
      throw new DomainError('unknown-passkey', 'No such passkey (it may have been removed already).');
  }
}
