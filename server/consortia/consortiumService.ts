import type { Locale } from '../../shared/i18n/locales.ts';
import { randomUUID } from 'node:crypto';
import { slugify, type CreateConsortium } from '../../shared/api.ts';
import { DocumentName } from '../../shared/names.ts';
import { cleanName, type Identity } from '../auth/tokens.ts';
import type { ActivityRecord, ConsortiumRecord, ConsortiumStore, MemberRecord, Storage } from '../storage/types.ts';
import { DomainError } from './errors.ts';
import type { MemberService } from './memberService.ts';
import { newPartner } from './partnerService.ts';
import { requireCoordinator, requireMember } from './permissions.ts';
import { dossierSeedUpdate } from './seed.ts';

/**
 * Stores a consortium with its dossier seeded from the chapter template, in one transaction and only
 * once. Returns the stored record and whether this call created it (false: the id was taken).
 */
export async function insertConsortium(
  store: ConsortiumStore,
  record: Omit<ConsortiumRecord, 'createdAt'>,
  dossier?: Uint8Array,
  discussion?: Uint8Array,
): Promise<{ record: ConsortiumRecord; created: boolean }> {
  const initial = dossier ?? (await dossierSeedUpdate());
  const documents = { [DocumentName.dossier]: initial, ...(discussion ? { [DocumentName.discussion]: discussion } : {}) };
  const created = await store.create({ ...record, createdAt: new Date().toISOString() }, documents);
  return { record: (await store.get(record.id))!, created };
}

/** Creates a consortium unless its id is taken (with the seeded dossier, or `dossier` when given, and an initial `discussion`); returns the stored record either way. */
export async function createConsortium(
  store: ConsortiumStore,
  record: Omit<ConsortiumRecord, 'createdAt'>,
  dossier?: Uint8Array,
  discussion?: Uint8Array,
): Promise<ConsortiumRecord> {
  return (await insertConsortium(store, record, dossier, discussion)).record;
}

/** Consortium records: creation (by a person or by a first token), their name and title, their activity log. */
export class ConsortiumService {
  constructor(
    private readonly storage: Storage,
    private readonly members: MemberService,
  ) {}

  async get(actor: Identity, consortiumId: string): Promise<ConsortiumRecord> {
    requireMember(actor, consortiumId);
    const record = await this.storage.consortia.get(consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    return record;
  }

  /** A new consortium whose creator becomes its coordinator; `userId` is kept when the creator is signed in already. */
  async create(input: CreateConsortium, userId: string | undefined): Promise<{ consortium: ConsortiumRecord; member: MemberRecord }> {
    const id = input.id ?? (await this.freeId(input.name));
    const partnerId = slugify(input.partner.name).slice(0, 40);
    const { record, created } = await insertConsortium(this.storage.consortia, {
      id,
      name: input.name,
      programmeTitle: input.programmeTitle,
      partners: [newPartner(partnerId, input.partner)],
    });
    if (!created) throw new DomainError('taken', 'A consortium with this id exists already.');
    const member = await this.members.join({
      consortiumId: id,
      userId: userId ?? randomUUID(),
      name: cleanName(input.coordinatorName),
      partnerId,
      role: 'coordinator',
    });
    return { consortium: record, member };
  }

  async update(
    actor: Identity,
    consortiumId: string,
    change: { name?: string; programmeTitle?: string; documentLanguage?: Locale },
  ): Promise<ConsortiumRecord> {
    requireCoordinator(actor, consortiumId);
    const fields = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const record = await this.storage.consortia.mutate(consortiumId, (r) => ({ ...r, ...fields }));
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    return record;
  }

  /**
   * Provisioning contract: the first valid token for a consortium creates it (seeded once), a partner
   * id the record does not know yet is added, and the bearer becomes a member with the token's role,
   * so portals and load tests can mint tokens without calling the API first.
   */
  async provision(claimed: Identity): Promise<MemberRecord> {
    const store = this.storage.consortia;
    let record = await store.get(claimed.consortiumId);
    if (!record) {
      record = await createConsortium(store, {
        id: claimed.consortiumId,
        name: claimed.consortiumId,
        programmeTitle: '',
        partners: [newPartner(claimed.partnerId)],
      });
    }
    if (!record.partners.some((p) => p.id === claimed.partnerId)) {
      await store.mutate(claimed.consortiumId, (r) =>
        r.partners.some((p) => p.id === claimed.partnerId) ? r : { ...r, partners: [...r.partners, newPartner(claimed.partnerId)] },
      );
    }
    const { consortiumId, userId, name, partnerId, role } = claimed;
    return this.members.join({ consortiumId, userId, name, partnerId, role });
  }

  async activity(actor: Identity, consortiumId: string, limit = 100): Promise<ActivityRecord[]> {
    requireMember(actor, consortiumId);
    return this.storage.activity.list(consortiumId, limit);
  }

  /** An id derived from the name that no consortium has yet ("Green Skills" → green-skills, green-skills-2, …). */
  private async freeId(name: string): Promise<string> {
    const base = slugify(name);
    let id = base;
    for (let n = 2; await this.storage.consortia.get(id); n++) id = `${base}-${n}`;
    return id;
  }
}
