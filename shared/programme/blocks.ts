import type { JSONContent } from '@tiptap/core';
import { readFacts, readUnit, type ProgrammeFacts, type Unit } from './fields.ts';
import type { Finding, PartnerRef, ProgrammeView } from './checkTypes.ts';
import { runChecks } from './rules.ts';

/** Node names of the structured blocks (shared by the schema, the readers and the server). */
export const FACTS_NODE = 'programmeFacts';
export const UNIT_NODE = 'curriculumUnit';

export interface ProgrammeBlocks {
  facts: Record<string, unknown> | null;
  units: Record<string, unknown>[];
}

/** The structured blocks in document order, from the dossier's ProseMirror JSON (server, exports). The first facts block counts. */
export function blocksFromJson(root: JSONContent): ProgrammeBlocks {
  const found: ProgrammeBlocks = { facts: null, units: [] };
  const walk = (node: JSONContent) => {
    if (node.type === UNIT_NODE) found.units.push(node.attrs ?? {});
    else if (node.type === FACTS_NODE) found.facts ??= node.attrs ?? {};
    else node.content?.forEach(walk);
  };
  walk(root);
  return found;
}

/** The minimal shape of a ProseMirror node, so the browser can read its live document without a JSON copy. */
interface NodeLike {
  type: { name: string };
  attrs: Record<string, unknown>;
  isLeaf: boolean;
  forEach(fn: (child: NodeLike) => void): void;
}

export function blocksFromDoc(doc: NodeLike): ProgrammeBlocks {
  const found: ProgrammeBlocks = { facts: null, units: [] };
  const walk = (node: NodeLike) => {
    if (node.type.name === UNIT_NODE) found.units.push(node.attrs);
    else if (node.type.name === FACTS_NODE) found.facts ??= node.attrs;
    else if (!node.isLeaf && node.type.name !== 'paragraph' && node.type.name !== 'heading') node.forEach(walk);
  };
  walk(doc);
  return found;
}

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
