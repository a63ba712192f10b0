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
  /** The sequence number of each update, in the same order. */
  seqs: number[];
}

export interface DocumentStore {
  load(docKey: string): Promise<StoredDocument>;
  /** Appends durably; resolves with the update's sequence number once it is on disk. */
  append(docKey: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces every update with seq <= throughSeq by `snapshot`, in one transaction, so that a crash
   * at any moment leaves either the old log or the new snapshot, never neither.
   * With `covered` (shared storage: the sequence numbers the compacting instance read and folded into
   * the snapshot), only those rows are replaced: a row another instance committed after that read, even
   * with a lower number, is kept and applied again on the next load (Yjs updates are idempotent).
   * Compactions of one document are serialised across instances; one that finds a covered row already
   * gone (another instance compacted it meanwhile) changes nothing and resolves.
   */
  compact(docKey: string, snapshot: Uint8Array, throughSeq: number, covered?: readonly number[]): Promise<void>;
}

import type { Partner } from '../../shared/api.ts';
import type { AccountStore, SessionStore, SignInLinkStore } from './accountTypes.ts';
import type { NotificationStore } from './notificationTypes.ts';
import type { ExecutionStore } from './executionTypes.ts';
export type { ExecutionRecord, ExecutionStore, SignatureRecord, ExecutedFormat } from './executionTypes.ts';
export type { NotificationRecord, NotificationStore, NotifyChoice } from './notificationTypes.ts';
import type { ChallengeStore, OidcSubjectStore, PasskeyStore } from './signInMethodTypes.ts';
export type { AccountRecord, SessionRecord, SignInLinkRecord } from './accountTypes.ts';
import type { Role } from '../../shared/roles.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

export type PartnerRecord = Partner;

export interface ConsortiumRecord {
  id: string;
  name: string;
  programmeTitle: string;
  /** The language of the exports' fixed labels; records stored before it existed export in English. */
  documentLanguage?: Locale;
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
  /** Read-modify-write in one transaction, so two concurrent changes cannot overwrite each other. */
  mutate(id: string, change: (record: ConsortiumRecord) => ConsortiumRecord): Promise<ConsortiumRecord | undefined>;
  list(): Promise<ConsortiumRecord[]>;
}

export interface MemberRecord {
  consortiumId: string;
  userId: string;
  name: string;
  partnerId: string;
  role: Role;
  joinedAt: string;
  /** Set when a coordinator removed the person; their tokens stop working for this consortium. */
  removedAt: string | null;
  /** Set (with `removedAt`) when a coordinator merged this duplicate into another member: that member's user id. */
  mergedInto?: string;
  /** A partner this person may record institutional approvals for (set by a coordinator). */
  approvesFor?: string | null;
}

export interface MemberStore {
  get(consortiumId: string, userId: string): Promise<MemberRecord | undefined>;
  /** Current (not removed) members. */
  list(consortiumId: string): Promise<MemberRecord[]>;
  /** Every consortium a person currently belongs to. */
  listForUser(userId: string): Promise<MemberRecord[]>;
  /** Inserts or replaces (also brings a removed member back). */
  put(member: MemberRecord): Promise<void>;
}

export interface InviteRecord {
  id: string;
  consortiumId: string;
  /** SHA-256 of the code; the code itself is only ever in the link. */
  codeHash: string;
  role: Role;
  partnerId: string;
  label: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
}

export type InviteUse = { ok: true; invite: InviteRecord } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'used-up' };

export interface InviteStore {
  create(invite: InviteRecord): Promise<void>;
  findByHash(codeHash: string): Promise<InviteRecord | undefined>;
  list(consortiumId: string): Promise<InviteRecord[]>;
  revoke(consortiumId: string, id: string, at: string): Promise<InviteRecord | undefined>;
  /** Checks and counts one use atomically, so a single-use link admits one person even under a race. */
  use(codeHash: string, now: Date): Promise<InviteUse>;
}

export interface ActivityRecord {
  consortiumId: string;
  at: string;
  userId: string;
  name: string;
  /** e.g. 'export' */
  action: string;
  /** Details of the action, e.g. { format: 'docx', chapter: 'vision' }. */
  detail: Record<string, string>;
}

export interface ActivityStore {
  append(entry: ActivityRecord): Promise<void>;
  /** Newest first. */
  list(consortiumId: string, limit: number): Promise<ActivityRecord[]>;
  /** Entries of `fromUserId` in this consortium become `to`'s (merging duplicate members); returns how many. */
  reassign(consortiumId: string, fromUserId: string, to: { userId: string; name: string }): Promise<number>;
}

import type { VersionAuthor, VersionReason } from '../../shared/history.ts';
export type { VersionAuthor, VersionReason };

/**
 * A version of a consortium's dossier: which content each chapter had (by content hash, see
 * server/history/chapterContent.ts), who edited since the previous version and why it was taken.
 */
export interface VersionRecord {
  consortiumId: string;
  id: string;
  createdAt: string;
  name?: string;
  reason: VersionReason;
  authors: VersionAuthor[];
  /** Chapter key → hash of its content in this version. */
  chapters: Record<string, string>;
  /** Chapter keys whose content differs from the previous version's. */
  changed: string[];
  /** e.g. { chapter, from } for a restore, { chapter, partnerId } for a sign-off. */
  detail?: Record<string, string>;
}

export interface VersionStore {
  /**
   * Stores a version and the chapter contents it names that are not stored yet (hash → bytes), in
   * one transaction. Contents are per consortium and never change, so storing one twice is a no-op.
   */
  /**
   * With `after` (a version id, or null for "none yet"), only while that is still the newest version:
   * two instances that both saw the same newest version must not both add an automatic version of
   * the same edits. Returns whether the version was added (always true without `after`).
   */
  add(version: VersionRecord, contents: Map<string, Uint8Array>, after?: string | null): Promise<boolean>;
  /** Oldest first. */
  list(consortiumId: string): Promise<VersionRecord[]>;
  /** The newest, whichever instance took it. */
  latest(consortiumId: string): Promise<VersionRecord | undefined>;
  get(consortiumId: string, id: string): Promise<VersionRecord | undefined>;
  /** The stored contents among `hashes` (unknown ones are left out). */
  contents(consortiumId: string, hashes: string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Someone edited the dossier since its last version: kept (once per person; the first write
   * stays) until the next version names them, so a crash before that version loses no author.
   */
  noteAuthor(consortiumId: string, author: VersionAuthor): Promise<void>;
  /** The people noted and not yet settled, in the order they were first noted. */
  pendingAuthors(consortiumId: string): Promise<VersionAuthor[]>;
  /** These people are in a version now: forget them (until they edit again). */
  settleAuthors(consortiumId: string, userIds: string[]): Promise<void>;
}

export interface Storage {
  documents: DocumentStore;
  versions: VersionStore;
  consortia: ConsortiumStore;
  members: MemberStore;
  invites: InviteStore;
  activity: ActivityStore;
  /** Resolves when the storage answers a trivial query (for /readyz); rejects otherwise. */
  ping(): Promise<void>;
  accounts: AccountStore;
  sessions: SessionStore;
  signInLinks: SignInLinkStore;
  notifications: NotificationStore;
  executions: ExecutionStore;
  oidcSubjects: OidcSubjectStore;
  passkeys: PasskeyStore;
  challenges: ChallengeStore;
  close(): Promise<void>;
}

export const docKey = (consortiumId: string, documentName: string) => `${consortiumId}/${documentName}`;
