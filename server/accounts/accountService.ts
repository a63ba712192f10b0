import type { Locale } from '../../shared/i18n/locales.ts';
import type { AccountRecord, NotifyChoice, Storage } from '../storage/types.ts';
import { DomainError } from '../consortia/errors.ts';

/** E-mail addresses are compared as people type them, ignoring case and surrounding spaces. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

/**
 * One account per person: its id is the user id of every membership they hold (and the `sub` of
 * tokens minted for them), so however they sign in they reach the same memberships and stay the
 * author of what they wrote.
 */
export class AccountService {
  constructor(private readonly storage: Storage) {}

  get(id: string): Promise<AccountRecord | undefined> {
    return this.storage.accounts.get(id);
  }

  /** The account of a user id, made on first sight (a token's subject, an invite's new member). */
  async ensure(id: string, name: string): Promise<AccountRecord> {
    const existing = await this.storage.accounts.get(id);
    if (existing) return existing;
    const account: AccountRecord = { id, name, email: null, createdAt: new Date().toISOString() };
    if (await this.storage.accounts.create(account)) return account;
    return (await this.storage.accounts.get(id)) ?? account; // made by a concurrent request
  }

  /** The account holding a verified address, made (with no memberships) when there is none. */
  async forEmail(email: string, makeId: () => string, name?: string): Promise<AccountRecord> {
    const address = normalEmail(email);
    const existing = await this.storage.accounts.findByEmail(address);
    if (existing) return existing;
    const account: AccountRecord = {
      id: makeId(),
      name: name || (address.split('@')[0] ?? address),
      email: address,
      createdAt: new Date().toISOString(),
    };
    if (await this.storage.accounts.create(account)) return account;
    const raced = await this.storage.accounts.findByEmail(address);
    if (!raced) throw new Error('account creation failed without a competing account');
    return raced;
  }

  /** Sets the account's verified address (the person opened a link sent to it). */
  async setEmail(accountId: string, email: string, name: string): Promise<AccountRecord> {
    const account = await this.ensure(accountId, name);
    const next = { ...account, email: normalEmail(email) };
    if (!(await this.storage.accounts.update(next)))
      throw new DomainError('taken', 'This e-mail address already belongs to another account: sign in with it instead.');
    return next;
  }

  /** How the person wants e-mail notifications (server/notifications/). */
  async setNotify(accountId: string, name: string, notify: NotifyChoice): Promise<AccountRecord> {
    const next = { ...(await this.ensure(accountId, name)), notify };
    if (!(await this.storage.accounts.update(next))) throw new Error('account update failed');
    return next;
  }

  /** The interface language the person reads, wherever they sign in. */
  async setLocale(accountId: string, name: string, locale: Locale): Promise<AccountRecord> {
    const next = { ...(await this.ensure(accountId, name)), locale };
    if (!(await this.storage.accounts.update(next))) throw new Error('account update failed');
    return next;
  }
}
