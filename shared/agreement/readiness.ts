import { CHAPTERS } from '../chapters.ts';
import type { ChapterKey } from '../chapterTypes.ts';
import { isSettled, STATUS_LABEL, type ChapterStatus } from '../discussion.ts';
import { CLAUSE_LIBRARY, clauseType } from './clauses.ts';

/**
 * Readiness before signing: what still stands between the agreement and the signatures. Pure, so
 * the agreement chapter's panel (live) and the REST endpoint (stored documents) say the same.
 */

export interface ReadinessChapterState {
  status: ChapterStatus;
  /** The chapter's content version now (chapterVersions()). */
  version: string | undefined;
  signoffs: { partnerId: string; version: string }[];
}

export interface ReadinessInput {
  /** The clause types in the agreement chapter, in order. */
  clauseTypes: string[];
  partners: { id: string; name: string; signatoryName?: string }[];
  chapters: Partial<Record<ChapterKey, ReadinessChapterState>>;
}

export interface DependencyState {
  chapter: ChapterKey;
  title: string;
  status: ChapterStatus;
  statusLabel: string;
  /** Agreed (or approved) with a sign-off of its current text from every partner. */
  ready: boolean;
  /** Partners whose sign-off of the current text is missing. */
  missingSignoffs: { id: string; name: string }[];
  /** Titles of the clauses that rest on this chapter (English, as the clause library writes them). */
  clauses: string[];
  /** The same clauses' type ids, in the same order: a reader's page shows their titles in its language. */
  clauseIds: string[];
}

export interface AgreementReadiness {
  ready: boolean;
  dependencies: DependencyState[];
  missingClauses: { id: string; title: string }[];
  partnersWithoutSignatory: { id: string; name: string }[];
}

export function agreementReadiness(input: ReadinessInput): AgreementReadiness {
  const present = new Set(input.clauseTypes);
  const clausesOf = new Map<ChapterKey, { id: string; title: string }[]>();
  for (const id of present) {
    const type = clauseType(id);
    for (const chapter of type?.dependsOn ?? []) clausesOf.set(chapter, [...(clausesOf.get(chapter) ?? []), { id, title: type!.title }]);
  }
  const dependencies = CHAPTERS.filter((c) => clausesOf.has(c.key)).map((def): DependencyState => {
    const state = input.chapters[def.key] ?? { status: 'not-started' as const, version: undefined, signoffs: [] };
    const current = new Set(
      state.signoffs.filter((s) => state.version !== undefined && s.version === state.version).map((s) => s.partnerId),
    );
    const missingSignoffs = input.partners.filter((p) => !current.has(p.id)).map((p) => ({ id: p.id, name: p.name }));
    return {
      chapter: def.key,
      title: def.title,
      status: state.status,
      statusLabel: STATUS_LABEL[state.status],
      ready: isSettled(state.status) && missingSignoffs.length === 0,
      missingSignoffs,
      clauses: clausesOf.get(def.key)!.map((c) => c.title),
      clauseIds: clausesOf.get(def.key)!.map((c) => c.id),
    };
  });
  const missingClauses = CLAUSE_LIBRARY.filter((c) => c.mandatory && !present.has(c.id)).map((c) => ({ id: c.id, title: c.title }));
  const partnersWithoutSignatory = input.partners.filter((p) => !p.signatoryName?.trim()).map((p) => ({ id: p.id, name: p.name }));
  return {
    ready: dependencies.every((d) => d.ready) && missingClauses.length === 0 && partnersWithoutSignatory.length === 0,
    dependencies,
    missingClauses,
    partnersWithoutSignatory,
  };
}
