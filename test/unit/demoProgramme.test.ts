import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { dossierJson } from '../../shared/export/model.ts';
import { blocksFromJson, programmeReport } from '../../shared/programme/blocks.ts';
import { dossierSeedUpdate } from '../../server/consortia/seed.ts';
import { CHAPTERS } from '../../shared/chapters.ts';

describe('demo programme', () => {
  it('is a credible 20 ECTS EQF 6 programme from three partners with exactly one deliberate finding', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await demoDossierUpdate());
    const json = dossierJson(doc);
    expect(json.content?.map((c) => c.attrs?.key)).toEqual(CHAPTERS.map((c) => c.key));
    const report = programmeReport(blocksFromJson(json), DEMO_PARTNERS);
    expect(report.programme).toMatchObject({ totalEcts: 20, eqf: 6 });
    expect(report.units.length).toBeGreaterThanOrEqual(4);
    expect(report.units.length).toBeLessThanOrEqual(6);
    expect(new Set(report.units.flatMap((u) => u.partners)).size).toBe(3);
    expect(report.checks).toEqual([
      expect.objectContaining({ rule: 'unit.hours-per-ects', target: { block: 'unit-demo-102', field: 'hours' } }),
    ]);
  });

  it('builds on the seed and is the same bytes every time', async () => {
    const a = new Y.Doc();
    Y.applyUpdate(a, await dossierSeedUpdate());
    const b = new Y.Doc();
    Y.applyUpdate(b, await demoDossierUpdate());
    // Everything of the seed is in the demo, so applying the seed again changes nothing.
    expect(Y.encodeStateVector(b)).toEqual(Y.encodeStateVector((Y.applyUpdate(b, await dossierSeedUpdate()), b)));
    expect(Y.encodeStateAsUpdate(b)).toEqual(await demoDossierUpdate());
  });
});
