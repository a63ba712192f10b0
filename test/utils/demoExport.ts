import * as Y from 'yjs';
import { DEMO_ID, DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { buildExportModel, type ExportModel } from '../../shared/export/model.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

/** The demo consortium's export model (its programme and partner records), as the server builds it, in `language` (English by default). */
export async function demoExportModel(now = new Date('2026-12-02T10:00:00Z'), language?: Locale): Promise<ExportModel> {
  const dossier = new Y.Doc();
  Y.applyUpdate(dossier, await demoDossierUpdate());
  const discussion = new Y.Doc();
  const model = buildExportModel({
    dossier,
    discussion,
    consortium: { id: DEMO_ID, name: 'Digital Skills Alliance (demo)', programmeTitle: '', partners: DEMO_PARTNERS },
    now,
    language,
  });
  dossier.destroy();
  discussion.destroy();
  return model;
}
