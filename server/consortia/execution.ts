import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { AGREEMENT_CHAPTER, executionRoots, signatureKey, type ExecutionSummary, type SignatureSummary } from '../../shared/execution.ts';
import type { ExecuteAgreement, SignatureDetails } from '../../shared/executionCommands.ts';
import { MAX_SIGNED_PDF_BYTES } from '../../shared/executionCommands.ts';
import { canComment } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import type { AgreementReadinessService } from '../agreement/agreementReadiness.ts';
import type { Exporter } from '../export/exportService.ts';
import type { History } from '../history/historyService.ts';
import type { ChapterFreeze } from '../rooms/chapterFreeze.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type ExecutedFormat, type ExecutionRecord, type Storage } from '../storage/types.ts';
import { DomainError } from './errors.ts';
import { requireCoordinator, requireMember } from './permissions.ts';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const person = (i: Identity) => ({ userId: i.userId, name: i.name, partnerId: i.partnerId });
const summaryOf = ({ consortiumId: _c, amendedBy: _a, ...rest }: ExecutionRecord): ExecutionSummary => rest;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export interface ExecutedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
}

/**
 * Execution of the consortium agreement: the coordinator freezes the agreement chapter into an
 * executed version (a named history version, its fingerprint, and the DOCX and PDF rendered once
 * and kept as bytes); partners record their signature and upload their signed PDF; an amendment
 * makes the agreement a draft again. While an execution is in force the chapter is read-only:
 * ChapterFreeze refuses sync writes to it, History refuses restores into it.
 */
export class AgreementExecution {
  /** One chain per consortium: two executions or amendments never interleave. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
    private readonly history: History,
    private readonly exporter: Exporter,
    private readonly freeze: ChapterFreeze,
    private readonly readiness: AgreementReadinessService,
  ) {}

  private serial<T>(consortiumId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(consortiumId) ?? Promise.resolve()).then(work, work);
    this.chains.set(
      consortiumId,
      run.catch(() => undefined),
    );
    return run;
  }

  private writeDiscussion(consortiumId: string, fn: (roots: ReturnType<typeof executionRoots>) => void): Promise<void> {
    return this.registry.use(docKey(consortiumId, 'discussion'), (doc) => fn(executionRoots(doc)), { write: true });
  }

  async execute(actor: Identity, consortiumId: string, options: ExecuteAgreement = {}): Promise<ExecutionSummary> {
    requireCoordinator(actor, consortiumId);
    return this.serial(consortiumId, async () => {
      const { readiness } = await this.readiness.state(consortiumId);
      if (!readiness.ready && !options.despiteOpenPoints)
        throw new DomainError(
          'agreement-not-ready',
          'The readiness before signing still lists open points. Settle them, or execute anyway once you have read them.',
          readiness,
        );
      const latest = (await this.storage.executions.list(consortiumId)).at(-1);
      if (latest && !latest.amendedAt)
        throw new DomainError(
          'already-executed',
          `The agreement is executed already (executed agreement ${latest.number}). Start an amendment to change it.`,
        );
      const number = (latest?.number ?? 0) + 1;
      // Frozen before the version is taken: no edit can slip in between the text kept and the text rendered.
      this.freeze.set(consortiumId, AGREEMENT_CHAPTER);
      try {
        const version = await this.history.take(consortiumId, 'named', { name: `Executed agreement ${number}` });
        if (!version) throw new Error('no version taken');
        const hash = version.chapters[AGREEMENT_CHAPTER];
        const stored = hash ? (await this.storage.versions.contents(consortiumId, [hash])).get(hash) : undefined;
        if (!stored) throw new DomainError('unknown-chapter', 'The dossier has no agreement chapter to execute.');
        const fingerprint = sha256(gunzipSync(stored));
        const render = (format: ExecutedFormat) =>
          this.exporter.export(actor, { format, chapter: AGREEMENT_CHAPTER, comments: false, version: version.id });
        const docx = await render('docx');
        const pdf = await render('pdf');
        const record: ExecutionRecord = {
          consortiumId,
          number,
          executedAt: new Date().toISOString(),
          by: person(actor),
          versionId: version.id,
          fingerprint,
          docxSha256: sha256(docx.bytes),
          pdfSha256: sha256(pdf.bytes),
          amendedAt: null,
          amendedBy: null,
        };
        if (!(await this.storage.executions.add(record, { docx: docx.bytes, pdf: pdf.bytes })))
          throw new DomainError('already-executed', 'The agreement was executed at the same moment by someone else.');
        await this.writeDiscussion(consortiumId, (r) => r.executions.set(String(number), summaryOf(record)));
        return summaryOf(record);
      } catch (error) {
        this.freeze.set(consortiumId, latest && !latest.amendedAt ? AGREEMENT_CHAPTER : null);
        throw error;
      }
    });
  }

  /** Starts an amendment: the executed versions stay as they are, the agreement becomes an editable draft again. */
  async amend(actor: Identity, consortiumId: string): Promise<ExecutionSummary> {
    requireCoordinator(actor, consortiumId);
    return this.serial(consortiumId, async () => {
      const latest = (await this.storage.executions.list(consortiumId)).at(-1);
      if (!latest || latest.amendedAt)
        throw new DomainError('not-executed', 'No executed agreement is in force, so there is nothing to amend.');
      const amended: ExecutionRecord = { ...latest, amendedAt: new Date().toISOString(), amendedBy: person(actor) };
      await this.storage.executions.update(amended);
      this.freeze.set(consortiumId, null);
      await this.writeDiscussion(consortiumId, (r) => r.executions.set(String(amended.number), summaryOf(amended)));
      return summaryOf(amended);
    });
  }

  private async execution(consortiumId: string, number: number): Promise<ExecutionRecord> {
    const found = (await this.storage.executions.list(consortiumId)).find((e) => e.number === number);
    if (!found) throw new DomainError('unknown-execution', `There is no executed agreement ${number}.`);
    return found;
  }

  /**
   * Records a partner's signature of an execution with its signed PDF. Members sign for their own
   * institution; the coordinator, who often collects the signed copies, may upload for any partner.
   * Nothing is stored when anything is refused.
   */
  async sign(
    actor: Identity,
    consortiumId: string,
    number: number,
    partnerId: string,
    details: SignatureDetails,
    pdf: Uint8Array,
  ): Promise<SignatureSummary> {
    requireMember(actor, consortiumId);
    if (!canComment(actor.role)) throw new DomainError('forbidden', 'Viewers cannot upload signed copies.');
    const record = await this.storage.consortia.get(consortiumId);
    const partner = record?.partners.find((p) => p.id === partnerId);
    if (!partner) throw new DomainError('unknown-partner', 'No such partner institution.');
    if (partnerId !== actor.partnerId && actor.role !== 'coordinator')
      throw new DomainError('other-partner', `You can upload the signed copy of your own institution only, not of ${partner.name}.`);
    if (pdf.byteLength > MAX_SIGNED_PDF_BYTES) throw new DomainError('invalid', 'The signed copy is larger than 20 MB.');
    if (!PDF_MAGIC.every((b, i) => pdf[i] === b))
      throw new DomainError('not-a-pdf', 'This file is not a PDF. Upload the signed agreement as a PDF file.');
    await this.execution(consortiumId, number);
    const signature: SignatureSummary = {
      number,
      partnerId,
      signedOn: details.signedOn,
      signatoryName: details.signatoryName,
      uploadedAt: new Date().toISOString(),
      uploadedBy: person(actor),
      sha256: sha256(pdf),
      bytes: pdf.byteLength,
    };
    await this.storage.executions.putSignature({ consortiumId, ...signature }, pdf);
    await this.writeDiscussion(consortiumId, (r) => r.signatures.set(signatureKey(number, partnerId), signature));
    return signature;
  }

  async list(actor: Identity, consortiumId: string): Promise<{ executions: ExecutionSummary[]; signatures: SignatureSummary[] }> {
    requireMember(actor, consortiumId);
    const executions = await this.storage.executions.list(consortiumId);
    const signatures = (await Promise.all(executions.map((e) => this.storage.executions.signatures(consortiumId, e.number)))).flat();
    return { executions: executions.map(summaryOf), signatures: signatures.map(({ consortiumId: _c, ...s }) => s) };
  }

  /** The executed DOCX or PDF exactly as rendered at execution. */
  async document(actor: Identity, consortiumId: string, number: number, format: ExecutedFormat): Promise<ExecutedFile> {
    requireMember(actor, consortiumId);
    await this.execution(consortiumId, number);
    const bytes = await this.storage.executions.document(consortiumId, number, format);
    if (!bytes) throw new DomainError('unknown-execution', `There is no executed agreement ${number}.`);
    return {
      bytes,
      fileName: `executed-agreement-${number}.${format}`,
      mime: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }

  async signedCopy(actor: Identity, consortiumId: string, number: number, partnerId: string): Promise<ExecutedFile> {
    requireMember(actor, consortiumId);
    const bytes = await this.storage.executions.signedCopy(consortiumId, number, partnerId);
    if (!bytes) throw new DomainError('unknown-execution', `No signed copy of executed agreement ${number} for this partner.`);
    return { bytes, fileName: `executed-agreement-${number}-signed-${partnerId}.pdf`, mime: 'application/pdf' };
  }
}
