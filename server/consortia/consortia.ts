import type { Identity } from '../auth/tokens.ts';
import type { ConsortiumRecord, ConsortiumStore, PartnerRecord } from '../storage/types.ts';
import { dossierSeedUpdate } from './seed.ts';
import { DocumentName } from '../../shared/names.ts';

export function newPartner(id: string, fields: Partial<PartnerRecord> = {}): PartnerRecord {
  return {
    id, name: id, country: '', type: 'degree-awarding', contactName: '', contactEmail: '', signatoryName: '', signatoryRole: '',
    ...fields,
  };
}

/**
 * Creates a consortium, with its dossier seeded from the chapter template in the same transaction.
 * Returns the stored record (the existing one when the id is taken).
 */
export async function createConsortium(store: ConsortiumStore, record: Omit<ConsortiumRecord, 'createdAt'>, dossier: Uint8Array = dossierSeedUpdate()): Promise<ConsortiumRecord> {
  const full: ConsortiumRecord = { ...record, createdAt: new Date().toISOString() };
  await store.create(full, { [DocumentName.dossier]: dossier });
  return (await store.get(record.id))!;
}

/**
 * Provisioning contract: a valid token for a consortium without a record creates it on first use,
 * and a partner id the record does not know yet is added, so portals and load tests can mint tokens.
 */
export async function ensureConsortium(store: ConsortiumStore, identity: Identity): Promise<ConsortiumRecord> {
  let record = await store.get(identity.consortiumId);
  if (!record) {
    record = await createConsortium(store, {
      id: identity.consortiumId,
      name: identity.consortiumId,
      programmeTitle: '',
      partners: [newPartner(identity.partnerId)],
    });
  }
  if (!record.partners.some((p) => p.id === identity.partnerId)) {
    record = await store.mutate(identity.consortiumId, (r) =>
      r.partners.some((p) => p.id === identity.partnerId) ? r : { ...r, partners: [...r.partners, newPartner(identity.partnerId)] },
    );
  }
  return record!;
}
