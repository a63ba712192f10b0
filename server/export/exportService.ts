import { loadChapterHelp } from '../../shared/i18n/chapterText.ts';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { DocumentName } from '../../shared/names.ts';
import { FORMAT_INFO, type ExportFormat } from '../../shared/export/formats.ts';
import type { ExportModel } from '../../shared/export/model.ts';
import type { Identity } from '../auth/tokens.ts';
import { DomainError } from '../consortia/errors.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage } from '../storage/types.ts';
import * as Y from 'yjs';
import type { History } from '../history/historyService.ts';

export interface ExportFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
  /** Values the format should carry but the programme does not give yet (ELM); listed by the readiness report. */
  missing?: number;
}

/**
 * Exports from the live documents when they are open, from storage otherwise (the room is loaded
 * for the duration), and records who exported what in the consortium's activity log.
 */
export class Exporter {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
    private readonly history: History,
    /** PUBLIC_URL: the readiness report's links must work from a file opened outside the app. */
    private readonly publicUrl: () => string = () => '',
  ) {}

  private snapshot(consortiumId: string, name: string): Promise<Y.Doc> {
    return this.registry.use(docKey(consortiumId, name), (doc) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      return copy;
    });
  }

  /** With `version`, renders the dossier as that version had it (docs/API.md); otherwise the live one, and takes a version of what was exported. */
  async export(
    actor: Identity,
    options: { format: ExportFormat; chapter?: ChapterKey; comments: boolean; version?: string },
  ): Promise<ExportFile> {
    const record = await this.storage.consortia.get(actor.consortiumId);
    if (!record) throw new DomainError('unknown-consortium', 'No such consortium.');
    const [dossier, discussion] = await Promise.all([
      options.version
        ? this.history.dossierAt(actor, actor.consortiumId, options.version)
        : this.snapshot(actor.consortiumId, DocumentName.dossier),
      this.snapshot(actor.consortiumId, DocumentName.discussion),
    ]);
    try {
      // The model and every renderer load on the first export: they pull in TipTap, ProseMirror,
      // docx and pdfmake, which a server that never exports should not carry (~30 MiB).
      const { buildExportModel, exportFileName } = await import('../../shared/export/model.ts');
      const language = record.documentLanguage ?? DEFAULT_LOCALE;
      const model = buildExportModel({
        language,
        help: await loadChapterHelp(language),
        dossier,
        discussion,
        consortium: { id: record.id, name: record.name, programmeTitle: record.programmeTitle, partners: record.partners },
        chapter: options.chapter,
        includeComments: options.comments,
      });
      const { bytes, missing } = await render(options.format, model, this.publicUrl());
      await this.storage.activity.append({
        consortiumId: actor.consortiumId,
        at: new Date().toISOString(),
        userId: actor.userId,
        name: actor.name,
        action: 'export',
        detail: {
          format: options.format,
          chapter: options.chapter ?? 'dossier',
          comments: options.comments ? 'yes' : 'no',
          ...(options.version ? { version: options.version } : {}),
        },
      });
      if (!options.version)
        await this.history.take(actor.consortiumId, 'export', {
          detail: { format: options.format, chapter: options.chapter ?? 'dossier', partnerId: actor.partnerId, by: actor.name },
        });
      return { bytes, fileName: exportFileName(model, options.format), mime: FORMAT_INFO[options.format].mime, missing };
    } finally {
      dossier.destroy();
      discussion.destroy();
    }
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

async function render(format: ExportFormat, model: ExportModel, publicUrl: string): Promise<{ bytes: Uint8Array; missing?: number }> {
  switch (format) {
    case 'md':
      return { bytes: utf8((await import('../../shared/export/markdown.ts')).renderMarkdown(model)) };
    case 'html':
      return { bytes: utf8((await import('../../shared/export/html.ts')).renderHtml(model)) };
    case 'docx':
      return { bytes: await (await import('./docx.ts')).renderDocx(model) };
    case 'pdf':
      return { bytes: await (await import('./pdf.ts')).renderPdf(model) };
    case 'elm': {
      const { document, gaps } = (await import('../../shared/export/elm/elmDocument.ts')).buildElm(elmInput(model));
      return { bytes: utf8(JSON.stringify(document, null, 2)), missing: gaps.length };
    }
    case 'readiness-html': {
      const { readinessReport } = await import('../../shared/export/readiness.ts');
      const { renderReadinessHtml } = await import('../../shared/export/readinessHtml.ts');
      return { bytes: utf8(renderReadinessHtml(readinessReport(elmInput(model)), model, publicUrl)) };
    }
    case 'supplement-docx':
      return { bytes: await (await import('./supplement/supplementDocx.ts')).renderSupplementDocx(model) };
    case 'supplement-pdf':
      return { bytes: await (await import('./supplement/supplementPdf.ts')).renderSupplementPdf(model) };
    case 'programme-html':
      return { bytes: utf8((await import('../../shared/export/programmePage.ts')).renderProgrammePage(model)) };
  }
}

/** What the ELM document and the readiness report read from the export model. */
export function elmInput(model: ExportModel) {
  return {
    consortiumId: model.consortium.id,
    facts: model.programme.programme,
    units: model.programme.units,
    partners: model.consortium.partners,
  };
}
