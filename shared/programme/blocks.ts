import { readFacts, readUnit, type ProgrammeFacts, type Unit } from './fields.ts';
import type { Finding, PartnerRef, ProgrammeView } from './checkTypes.ts';
import { runChecks } from './rules.ts';
import type { ProgrammeBlocks } from './blockNodes.ts';

export { FACTS_NODE, UNIT_NODE, blocksFromJson, blocksFromDoc, type ProgrammeBlocks } from './blockNodes.ts';

export function programmeView(blocks: ProgrammeBlocks, partners: PartnerRef[]): ProgrammeView {
  return {
    facts: blocks.facts ? readFacts(blocks.facts) : null,
    factsAttrs: blocks.facts,
    units: blocks.units.map(readUnit),
    unitAttrs: blocks.units,
    partners,
  };
}

export interface ProgrammeReport {
  programme: ProgrammeFacts | null;
  units: Unit[];
  checks: Finding[];
}

export function programmeReport(blocks: ProgrammeBlocks, partners: PartnerRef[]): ProgrammeReport {
  const view = programmeView(blocks, partners);
  return { programme: view.facts, units: view.units, checks: runChecks(view) };
}
