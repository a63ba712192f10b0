/**
 * Executed versions of the consortium agreement and the partners' signed copies. The rendered
 * documents are kept as bytes, so an executed agreement downloads byte-identical for ever.
 */

export interface ExecutionPerson {
  userId: string;
  name: string;
  partnerId: string;
}

export interface ExecutionRecord {
  consortiumId: string;
  /** 1, 2, … per consortium: "Executed agreement 1" and its amendments' executions. */
  number: number;
  executedAt: string;
  by: ExecutionPerson;
  /** The history version taken at execution (named "Executed agreement N"). */
  versionId: string;
  /** SHA-256 (hex) of the agreement chapter's content as history stores it (ProseMirror JSON). */
  fingerprint: string;
  docxSha256: string;
  pdfSha256: string;
  /** Set when the coordinator started an amendment: the agreement is a draft again. */
  amendedAt: string | null;
  amendedBy: ExecutionPerson | null;
}

export interface SignatureRecord {
  consortiumId: string;
  number: number;
  partnerId: string;
  /** YYYY-MM-DD, the date the partner's signatory signed. */
  signedOn: string;
  signatoryName: string;
  uploadedAt: string;
  uploadedBy: ExecutionPerson;
  /** SHA-256 (hex) of the uploaded PDF. */
  sha256: string;
  bytes: number;
}

export type ExecutedFormat = 'docx' | 'pdf';

export interface ExecutionStore {
  /** Stores the record and both rendered documents in one transaction; false (nothing stored) when the number exists. */
  add(record: ExecutionRecord, files: Record<ExecutedFormat, Uint8Array>): Promise<boolean>;
  /** Oldest (lowest number) first. */
  list(consortiumId: string): Promise<ExecutionRecord[]>;
  /** Replaces the record of an existing execution (an amendment started); the documents never change. */
  update(record: ExecutionRecord): Promise<void>;
  document(consortiumId: string, number: number, format: ExecutedFormat): Promise<Uint8Array | undefined>;
  /** Inserts or replaces a partner's signature of an execution, with its PDF, in one transaction. */
  putSignature(signature: SignatureRecord, pdf: Uint8Array): Promise<void>;
  /** Ordered by partner id. */
  signatures(consortiumId: string, number: number): Promise<SignatureRecord[]>;
  signedCopy(consortiumId: string, number: number, partnerId: string): Promise<Uint8Array | undefined>;
}
