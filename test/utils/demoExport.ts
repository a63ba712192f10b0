import * as Y from 'yjs';
import { DEMO_ID, DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { buildExportModel, type ExportModel } from '../../shared/export/model.ts';

/** The demo consortium's export model (its programme and partner records), as the server builds it. */
export async function demoExportModel(now = new Date('2026-12-02T10:00:00Z')): Promise<ExportModel> {
  const dossier = new Y.Doc();
  Y.applyUpdate(dossier, await demoDossierUpdate());
  const discussion = new Y.Doc();
  const model = buildExportModel({
    dossier,
    discussion,
    consortium: { id: DEMO_ID, name: 'Digital Skills Alliance (demo)', programmeTitle: '', partners: DEMO_PARTNERS },
    now,
  });
  dossier.destroy();
  discussion.destroy();
  return model;
}
