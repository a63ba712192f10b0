import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { ChapterNode } from './chapterNode.ts';
import { DossierDocument } from './documentNode.ts';
import { CurriculumUnitNode } from './curriculumUnitNode.ts';
import { ProgrammeFactsNode } from './programmeFactsNode.ts';
import { BlockLanguage } from './blockLanguage.ts';
import { ClauseNode } from './clauseNode.ts';
import { AgreementRefNode } from './agreementRefNode.ts';

/** Link targets that stay inert in every export and in the browser. */
export const SAFE_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href);
    return SAFE_LINK_PROTOCOLS.some((p) => url.protocol === `${p}:`);
  } catch {
    return false;
  }
}

/**
 * The dossier's node and mark definitions, shared by the browser editor and the server
 * (seeding, export). The client adds behaviour (node views, collaboration) on top, never schema.
 */
export function dossierExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      undoRedo: false,
      heading: { levels: [3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        // No `protocols`: linkify knows http, https and mailto already, and registering them again
        // warned in every page whose document arrived before the editor's creation event.
        isAllowedUri: (url) => isSafeHref(url),
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    DossierDocument,
    ChapterNode,
    ProgrammeFactsNode,
    CurriculumUnitNode,
    BlockLanguage,
    ClauseNode,
    AgreementRefNode,
  ];
}

export const dossierSchema = () => getSchema(dossierExtensions());
