/**
 * Storage adapters sit behind these two small interfaces. Every adapter (memory, SQLite,
 * PostgreSQL) passes the same contract suite in test/unit/storageContract.ts.
 * Documents are stored as Yjs updates, never as editor JSON.
 */

export interface StoredDocument {
  /** Updates oldest first; after compaction the first one is the snapshot. */
  updates: Uint8Array[];
  /** Sequence number of the newest stored update, 0 for an empty document. */
  lastSeq: number;
  /** Total bytes of `updates`, used to decide when to compact. */
  bytes: number;
}

export interface DocumentStore {
  load(docKey: string): Promise<StoredDocument>;
  /** Appends durably; resolves with the update's sequence number once it is on disk. */
  append(docKey: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces every update with seq <= throughSeq by `snapshot`, in one transaction, so that a crash
   * at any moment leaves either the old log or the new snapshot, never neither.
   */
  compact(docKey: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

export interface PartnerRecord {
  id: string;
  name: string;
  country: string;
  type: 'university' | 'institution' | 'employer' | 'professional-body';
  contactName: string;
  contactEmail: string;
  signatoryName: string;
  signatoryRole: string;
}

export interface ConsortiumRecord {
  id: string;
  name: string;
  programmeTitle: string;
  partners: PartnerRecord[];
  createdAt: string;
}

export interface ConsortiumStore {
  get(id: string): Promise<ConsortiumRecord | undefined>;
  /**
   * Creates the record and stores the initial updates of its documents in one transaction.
   * Returns false, and changes nothing, when the id exists already: seeding happens once.
   */
  create(record: ConsortiumRecord, initialDocuments: Record<string, Uint8Array>): Promise<boolean>;
  update(record: ConsortiumRecord): Promise<void>;
  list(): Promise<ConsortiumRecord[]>;
}

export interface Storage {
  documents: DocumentStore;
  consortia: ConsortiumStore;
  close(): Promise<void>;
}

export const docKey = (consortiumId: string, documentName: string) => `${consortiumId}/${documentName}`;
