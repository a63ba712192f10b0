import type { ReadinessReport } from '../../shared/export/readiness.ts';
import * as Y from 'yjs';
import { DocumentName, DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { canWrite } from '../../shared/roles.ts';
import { blocksFromJson, programmeReport, programmeView, UNIT_NODE, type ProgrammeReport } from '../../shared/programme/blocks.ts';
import type { PartnerRef } from '../../shared/programme/checkTypes.ts';
import { csvToUnits, unitsToCsv } from '../../shared/programme/unitsCsv.ts';
import { newBlockId } from '../../shared/schema/blockFields.ts';
import type { Identity } from '../auth/tokens.ts';
import { DomainError } from '../consortia/errors.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage } from '../storage/types.ts';

/** Appends unit blocks to the end of the curriculum chapter of a dossier document. */
export function appendUnits(doc: Y.Doc, units: Record<string, string>[]): string[] {
  const chapter = doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute('key') === 'curriculum');
  if (!chapter) throw new DomainError('no-curriculum', 'The dossier has no curriculum chapter.');
  const ids: string[] = [];
  const elements = units.map((attrs) => {
    const el = new Y.XmlElement(UNIT_NODE);
    const id = attrs.id || newBlockId('unit');
    ids.push(id);
    for (const [k, v] of Object.entries({ ...attrs, id })) el.setAttribute(k, v);
    return el;
  });
  chapter.insert(chapter.length, elements);
  return ids;
}

/**
 * The programme read from the stored dossier (loaded for the call when nobody has it open), and
 * unit imports written as one server-side change that every open page receives over sync.
 */
export class ProgrammeService {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
  ) {}

  private async partners(consortiumId: string): Promise<PartnerRef[]> {
    const record = await this.storage.consortia.get(consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    return record.partners.map((p) => ({ id: p.id, name: p.name, country: p.country }));
  }

  private async blocks(consortiumId: string) {
    // The export model pulls in TipTap and ProseMirror: loaded on first use, not at start (see exportService.ts).
    const { dossierJson } = await import('../../shared/export/model.ts');
    const json = await this.registry.use(docKey(consortiumId, DocumentName.dossier), (doc) => dossierJson(doc));
    return blocksFromJson(json);
  }

  async report(consortiumId: string): Promise<ProgrammeReport> {
    const partners = await this.partners(consortiumId);
    return programmeReport(await this.blocks(consortiumId), partners);
  }

  /** Annex I readiness of the programme and its units, with what the Europass (ELM) description lacks. */
  async readiness(consortiumId: string): Promise<ReadinessReport> {
    const record = await this.storage.consortia.get(consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    const view = programmeView(await this.blocks(consortiumId), []);
    const { readinessReport } = await import('../../shared/export/readiness.ts');
    return readinessReport({ consortiumId, facts: view.facts, units: view.units, partners: record.partners });
  }

  async csv(consortiumId: string): Promise<string> {
    const partners = await this.partners(consortiumId);
    const view = programmeView(await this.blocks(consortiumId), partners);
    return unitsToCsv(view.units, view.unitAttrs, partners);
  }

  async importUnits(actor: Identity, csv: string): Promise<{ added: number; ids: string[] }> {
    if (!canWrite(actor.role, DocumentName.dossier)) throw new DomainError('forbidden', 'Only editors and coordinators can import units.');
    const parsed = csvToUnits(csv, await this.partners(actor.consortiumId));
    if ('errors' in parsed)
      throw new DomainError('invalid-csv', `${parsed.errors.length} problem(s) in the CSV; nothing was imported.`, parsed.errors);
    const ids = await this.registry.use(docKey(actor.consortiumId, DocumentName.dossier), (doc) => appendUnits(doc, parsed.units), {
      write: true,
    });
    return { added: ids.length, ids };
  }
}
