import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountRecord, SignInLinkRecord, Storage } from '../storage/types.ts';
import { DomainError } from '../consortia/errors.ts';
import { normalEmail, type AccountService } from './accountService.ts';
import type { Mailer } from './mailer.ts';
import type { AttemptLimit } from './rateLimit.ts';
import { hashSecret } from './signInSessions.ts';
import { MAIL_WORDS } from '../notifications/mailWords.ts';

export interface EmailSignInOptions {
  publicUrl: () => string;
  linkTtlMinutes: number;
  perEmail: AttemptLimit;
  perAddress: AttemptLimit;
}

/**
 * One-time sign-in links by e-mail. A link carries 256 random bits, only their hash is stored; it
 * works once and for a few minutes. Whether an address has an account is never told: every request
 * that passes the rate limits gets the same answer, and a link to an unknown address makes the
 * account when it is used.
 */
export class EmailSignIn {
  constructor(
    private readonly storage: Storage,
    private readonly accounts: AccountService,
    private readonly mailer: Mailer,
    private readonly options: EmailSignInOptions,
  ) {}

  /**
   * Sends a sign-in link (or, with `accountId`, a link that adds the address to that account);
   * `next`, a path of this site (checked by the caller), is where the link brings the person back to.
   */
  async request(email: string, clientAddress: string, accountId: string | null = null, next: string | null = null): Promise<void> {
    const address = normalEmail(email);
    if (!(await this.options.perAddress.take(clientAddress)) || !(await this.options.perEmail.take(address))) {
      throw new DomainError('rate-limited', 'Too many sign-in e-mails were asked for. Please wait a while and try again.');
    }
    const code = randomBytes(32).toString('base64url');
    const now = new Date();
    const link: SignInLinkRecord = {
      codeHash: hashSecret(code),
      email: address,
      purpose: accountId ? 'verify' : 'sign-in',
      accountId,
      next,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.options.linkTtlMinutes * 60_000).toISOString(),
      usedAt: null,
    };
    await this.storage.signInLinks.create(link);
    const url = `${this.options.publicUrl()}/signin?code=${code}`;
    const minutes = this.options.linkTtlMinutes;
    // In the language of the account the link is for (English for an address without one).
    const account = accountId ? await this.storage.accounts.get(accountId) : await this.storage.accounts.findByEmail(address);
    const words = MAIL_WORDS[account?.locale ?? 'en'];
    await this.mailer.send(
      accountId
        ? { to: address, subject: words.verifySubject, link: url, text: words.verifyText(url, minutes) }
        : { to: address, subject: words.signInSubject, link: url, text: words.signInText(url, minutes) },
    );
  }

  /** Uses a link (once): the account it signs into, and the page it was asked from (if any). */
  async use(code: string, clientAddress: string): Promise<{ account: AccountRecord; next: string | null }> {
    // Guessing codes is hopeless (256 bits), but each try still costs a lookup: count them too.
    if (!(await this.options.perAddress.take(clientAddress)))
      throw new DomainError('rate-limited', 'Too many sign-in attempts. Please wait a while and try again.');
    const used = await this.storage.signInLinks.use(hashSecret(code), new Date());
    if (!used.ok) {
      if (used.reason === 'unknown') throw new DomainError('unknown-link', 'This sign-in link does not exist. Ask for a new one.');
      throw new DomainError(
        used.reason === 'used' ? 'link-used' : 'link-expired',
        used.reason === 'used'
          ? 'This sign-in link was used already. Ask for a new one.'
          : 'This sign-in link has expired. Ask for a new one.',
      );
    }
    const { link } = used;
    const next = link.next ?? null;
    if (link.purpose === 'verify' && link.accountId) {
      const account = await this.accounts.get(link.accountId);
      return { account: await this.accounts.setEmail(link.accountId, link.email, account?.name ?? link.email), next };
    }
    return { account: await this.accounts.forEmail(link.email, randomUUID), next };
  }
}
