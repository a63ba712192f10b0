/**
 * Institutional approvals, the Agreed gate's reasons and the executed agreement, as the discussion
 * document holds them (only the server writes them; every page reads them live). Flat keys, one per
 * chapter and partner or per execution, as for sign-offs.
 */
import type * as Y from 'yjs';
import type { Person } from './discussion.ts';

/** The chapter that is executed, frozen and signed. */
export const AGREEMENT_CHAPTER = 'agreement';

/** A partner institution's approval of a chapter by one of its bodies, recorded after its academic sign-off. */
export interface InstitutionalApproval {
  chapter: string;
  partnerId: string;
  /** e.g. "Senate", "Faculty board". */
  body: string;
  /** YYYY-MM-DD of the body's decision. */
  date: string;
  /** e.g. the decision number. */
  reference: string;
  recordedBy: Person;
  recordedAt: string;
  /** The chapter version of the sign-off it follows: the approval is stale when the text changed since. */
  version: string;
}

/** Why the coordinator set a chapter to Agreed although not every partner's sign-off was current. */
export interface AgreedReason {
  reason: string;
  by: Person;
  at: string;
}

/** An executed version of the agreement (the bytes stay in storage; this is what pages show). */
export interface ExecutionSummary {
  number: number;
  executedAt: string;
  by: Person;
  versionId: string;
  fingerprint: string;
  docxSha256: string;
  pdfSha256: string;
  amendedAt: string | null;
}

export interface SignatureSummary {
  number: number;
  partnerId: string;
  signedOn: string;
  signatoryName: string;
  uploadedAt: string;
  uploadedBy: Person;
  sha256: string;
  bytes: number;
}

export const approvalKey = (chapter: string, partnerId: string) => `${chapter}/${partnerId}`;
export const signatureKey = (number: number, partnerId: string) => `${number}/${partnerId}`;

export const executionRoots = (doc: Y.Doc) => ({
  approvals: doc.getMap<InstitutionalApproval>('approvals'),
  agreedReasons: doc.getMap<AgreedReason | null>('agreedReasons'),
  executions: doc.getMap<ExecutionSummary>('executions'),
  signatures: doc.getMap<SignatureSummary>('signatures'),
});

export function readApprovals(doc: Y.Doc, chapter: string): InstitutionalApproval[] {
  const list: InstitutionalApproval[] = [];
  executionRoots(doc).approvals.forEach((a) => {
    if (a.chapter === chapter) list.push(a);
  });
  return list.sort((a, b) => a.partnerId.localeCompare(b.partnerId));
}

export function readAgreedReason(doc: Y.Doc, chapter: string): AgreedReason | null {
  return executionRoots(doc).agreedReasons.get(chapter) ?? null;
}

/** Executions, oldest first. */
export function readExecutions(doc: Y.Doc): ExecutionSummary[] {
  return [...executionRoots(doc).executions.values()].sort((a, b) => a.number - b.number);
}

/** The execution in force: the latest one, unless an amendment was started since. */
export function frozenExecution(doc: Y.Doc): ExecutionSummary | null {
  const latest = readExecutions(doc).at(-1);
  return latest && !latest.amendedAt ? latest : null;
}

export function readSignatures(doc: Y.Doc, number: number): SignatureSummary[] {
  const list: SignatureSummary[] = [];
  executionRoots(doc).signatures.forEach((s) => {
    if (s.number === number) list.push(s);
  });
  return list.sort((a, b) => a.partnerId.localeCompare(b.partnerId));
}

/** A short form of a SHA-256 for display: its first 12 hex digits, grouped in threes. */
export const shortHash = (hex: string) => (hex.slice(0, 12).match(/.{1,3}/g) ?? []).join(' ');
