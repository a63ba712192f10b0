import { slugify, type Partner, type PartnerInput } from '../../shared/api.ts';
import type { Identity } from '../auth/tokens.ts';
import type { ConsortiumStore, PartnerRecord, Storage } from '../storage/types.ts';
import { inviteVerdict } from '../storage/inviteRules.ts';
import { DomainError } from './errors.ts';
import { requireCoordinator } from './permissions.ts';

export function newPartner(id: string, fields: Partial<PartnerRecord> = {}): PartnerRecord {
  return {
    id,
    name: id,
    country: '',
    type: 'degree-awarding',
    contactName: '',
    contactEmail: '',
    signatoryName: '',
    signatoryRole: '',
    legalName: '',
    identifierType: '',
    identifier: '',
    address: '',
    website: '',
    ...fields,
  };
}

export async function partnerExists(consortia: ConsortiumStore, consortiumId: string, partnerId: string): Promise<boolean> {
  const record = await consortia.get(consortiumId);
  return Boolean(record?.partners.some((p) => p.id === partnerId));
}

/** The partner institutions of a consortium: only the coordinator changes them. */
export class PartnerService {
  constructor(private readonly storage: Storage) {}

  async add(actor: Identity, consortiumId: string, input: PartnerInput): Promise<Partner> {
    requireCoordinator(actor, consortiumId);
    let partner: Partner | undefined;
    // The id is chosen inside the change, so two partners added at once with the same name get different ids.
    const updated = await this.storage.consortia.mutate(consortiumId, (r) => {
      partner = { id: freePartnerId(r.partners, input.name), ...input };
      return { ...r, partners: [...r.partners, partner] };
    });
    if (!updated || !partner) throw new DomainError('unknown-consortium', 'No such consortium.');
    return partner;
  }

  async update(actor: Identity, consortiumId: string, partnerId: string, change: Partial<PartnerInput>): Promise<Partner> {
    requireCoordinator(actor, consortiumId);
    await this.requireExisting(consortiumId, partnerId);
    const fields = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const updated = await this.storage.consortia.mutate(consortiumId, (r) => ({
      ...r,
      partners: r.partners.map((p) => (p.id === partnerId ? { ...p, ...fields } : p)),
    }));
    const partner = updated?.partners.find((p) => p.id === partnerId);
    if (!partner) throw new DomainError('unknown-partner', 'No such partner institution.');
    return partner;
  }

  /** Refused while people belong to the partner or could still join it through an invitation. */
  async remove(actor: Identity, consortiumId: string, partnerId: string): Promise<void> {
    requireCoordinator(actor, consortiumId);
    await this.requireExisting(consortiumId, partnerId);
    const members = (await this.storage.members.list(consortiumId)).filter((m) => m.partnerId === partnerId);
    if (members.length > 0) {
      const who = members.length === 1 ? 'One person still belongs' : `${members.length} people still belong`;
      throw new DomainError(
        'partner-in-use',
        `${who} to this partner: move them to another partner on the People page, or remove them, first.`,
        {
          members: members.length,
        },
      );
    }
    const now = new Date();
    const invites = (await this.storage.invites.list(consortiumId)).filter(
      (i) => i.partnerId === partnerId && inviteVerdict(i, now) === undefined,
    );
    if (invites.length > 0) {
      const which = invites.length === 1 ? 'An open invitation is' : `${invites.length} open invitations are`;
      throw new DomainError('partner-in-use', `${which} for this partner: revoke them on the People page first.`, {
        invites: invites.length,
      });
    }
    await this.storage.consortia.mutate(consortiumId, (r) => ({ ...r, partners: r.partners.filter((p) => p.id !== partnerId) }));
  }

  private async requireExisting(consortiumId: string, partnerId: string): Promise<void> {
    if (!(await partnerExists(this.storage.consortia, consortiumId, partnerId)))
      throw new DomainError('unknown-partner', 'No such partner institution.');
  }
}

/** A partner id derived from the institution's name that no partner of the consortium has yet. */
function freePartnerId(partners: readonly PartnerRecord[], name: string): string {
  const taken = new Set(partners.map((p) => p.id));
  const base = slugify(name).slice(0, 40);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
