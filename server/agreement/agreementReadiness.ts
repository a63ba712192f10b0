import { CHAPTER_KEYS, type ChapterKey } from '../../shared/chapterTypes.ts';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { readSignoffs, readWorkflow } from '../../shared/discussion.ts';
import { readDecisions } from '../../shared/decisions.ts';
import { DocumentName } from '../../shared/names.ts';
import { blocksFromJson } from '../../shared/programme/blockNodes.ts';
import { CLAUSE_NODE } from '../../shared/agreement/clauseTypes.ts';
import { agreementReadiness, type AgreementReadiness, type ReadinessChapterState } from '../../shared/agreement/readiness.ts';
import { refTexts, resolveRefs, type ResolvedRefs } from '../../shared/agreement/references.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage } from '../storage/types.ts';
import { DomainError } from '../consortia/errors.ts';

export interface AgreementState {
  readiness: AgreementReadiness;
  /** What each live reference shows now. */
  refs: ResolvedRefs;
}

/** The agreement read from the stored documents (loaded for the call when nobody has them open). */
export class AgreementReadinessService {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
  ) {}

  private async dossier(consortiumId: string) {
    // The export model pulls in TipTap and ProseMirror: loaded on first use, not at start.
    const { dossierJson } = await import('../../shared/export/model.ts');
    return this.registry.use(docKey(consortiumId, DocumentName.dossier), (doc) => ({
      json: dossierJson(doc),
      versions: chapterVersions(doc),
    }));
  }

  async refs(consortiumId: string): Promise<ResolvedRefs> {
    const record = await this.storage.consortia.get(consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    const { json } = await this.dossier(consortiumId);
    const decisions = await this.registry.use(docKey(consortiumId, DocumentName.discussion), (doc) => readDecisions(doc));
    return resolveRefs({ partners: record.partners, blocks: blocksFromJson(json), decisions });
  }

  /** The reference texts a sign-off of the agreement records. */
  async refTexts(consortiumId: string): Promise<Record<string, string>> {
    return refTexts(await this.refs(consortiumId));
  }

  async state(consortiumId: string): Promise<AgreementState> {
    const record = await this.storage.consortia.get(consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    const { json, versions } = await this.dossier(consortiumId);
    const { chapters, decisions } = await this.registry.use(docKey(consortiumId, DocumentName.discussion), (doc) => {
      const states: Partial<Record<ChapterKey, ReadinessChapterState>> = {};
      for (const key of CHAPTER_KEYS)
        states[key] = { status: readWorkflow(doc, key).status, version: versions.get(key), signoffs: readSignoffs(doc, key) };
      return { chapters: states, decisions: readDecisions(doc) };
    });
    const agreement = json.content?.find((c) => c.attrs?.key === 'agreement');
    const clauseTypes = (agreement?.content ?? []).filter((b) => b.type === CLAUSE_NODE).map((b) => String(b.attrs?.clauseType ?? ''));
    return {
      readiness: agreementReadiness({ clauseTypes, partners: record.partners, chapters }),
      refs: resolveRefs({ partners: record.partners, blocks: blocksFromJson(json), decisions }),
    };
  }
}
